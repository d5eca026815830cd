#include "ui/calendar/CalendarDayList.h"

#include <QDrag>
#include <QDragMoveEvent>
#include <QMimeData>

namespace Byline {
namespace {

QString uidOf(const QMimeData *mime)
{
    return mime ? QString::fromUtf8(mime->data(QLatin1String(CalendarDayList::mimeType)))
                : QString();
}

} // namespace

CalendarDayList::CalendarDayList(const QDate &day, QWidget *parent)
    : QListWidget(parent)
    , m_day(day)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setSpacing(2);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
}

void CalendarDayList::startDrag(Qt::DropActions)
{
    QListWidgetItem *item = currentItem();
    if (!item || !item->data(MovableRole).toBool())
        return;
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(mimeType), item->data(UidRole).toString().toUtf8());
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->setPixmap(viewport()->grab(visualItemRect(item)));
    // The store moves the article; the calendar redraws itself: no item is taken out here.
    drag->exec(Qt::MoveAction, Qt::MoveAction);
}

void CalendarDayList::dragEnterEvent(QDragEnterEvent *event)
{
    if (uidOf(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
}

void CalendarDayList::dragMoveEvent(QDragMoveEvent *event)
{
    const QString uid = uidOf(event->mimeData());
    const QString why = uid.isEmpty() ? QString() : (whyNot ? whyNot(uid, m_day) : QString());
    Q_EMIT hovering(why);
    if (uid.isEmpty() || !why.isEmpty())
        event->ignore(); // the no-drop cursor
    else
        event->acceptProposedAction();
}

void CalendarDayList::dragLeaveEvent(QDragLeaveEvent *event)
{
    Q_EMIT hovering(QString());
    event->accept();
}

void CalendarDayList::dropEvent(QDropEvent *event)
{
    const QString uid = uidOf(event->mimeData());
    Q_EMIT hovering(QString());
    if (uid.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT dropped(uid, m_day);
}

} // namespace Byline
