#include "ui/desk/ArticleTableDelegate.h"

#include "core/models/ArticleListModel.h"

namespace Byline {

void ArticleTableDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == ArticleListModel::Scheduled
        && index.data(ArticleListModel::OverdueRole).toBool()) {
        // A dark red that reads on the light and the dark palette's selection alike.
        option->palette.setColor(QPalette::Text, QColor(0xb0, 0x1e, 0x1e));
        option->font.setBold(true);
    }
}

} // namespace Byline
