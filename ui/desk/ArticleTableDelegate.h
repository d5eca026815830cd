#pragma once

#include <QStyledItemDelegate>

namespace Byline {

// Paints the article list's rows: an overdue scheduled article's time stands out in the
// warning colour, so an editor sees what is late without reading every row.
class ArticleTableDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Byline
