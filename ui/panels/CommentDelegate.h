#pragma once

#include <QStyledItemDelegate>

namespace Byline {

// Draws a comment of the comments panel: a header line (who, when, on what) in bold over its
// words, wrapped to the list's width. The header comes from HeaderRole, the words from
// Qt::DisplayRole.
class CommentDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int HeaderRole = Qt::UserRole + 2;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const override;
};

} // namespace Byline
