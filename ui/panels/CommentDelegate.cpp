#include "ui/panels/CommentDelegate.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

#include <cmath>

namespace Byline {
namespace {

constexpr int margin = 4;

// The comment as a small document: the header in bold, then the words as typed.
void fill(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index,
          int width)
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(margin);
    const QString header = index.data(CommentDelegate::HeaderRole).toString();
    const QString words = index.data(Qt::DisplayRole).toString();
    QString html;
    if (!header.isEmpty())
        html += QStringLiteral("<b>%1</b><br>").arg(header.toHtmlEscaped());
    html += words.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    doc.setHtml(html);
    doc.setTextWidth(width);
}

int availableWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width() - 2 * margin;
    return option.rect.width();
}

} // namespace

void CommentDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection

    QTextDocument doc;
    fill(doc, opt, index, option.rect.width());
    const bool selected = option.state & QStyle::State_Selected;
    QColor color = selected ? opt.palette.color(QPalette::HighlightedText)
                            : index.data(Qt::ForegroundRole).value<QBrush>().color();
    if (!index.data(Qt::ForegroundRole).isValid() && !selected)
        color = opt.palette.color(QPalette::Text);
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size()));
    painter->setPen(color);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, color);
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize CommentDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument doc;
    const int width = availableWidth(option);
    fill(doc, option, index, width);
    return {width, int(std::ceil(doc.size().height()))};
}

} // namespace Byline
