#include "ui/presence/PresenceLine.h"

#include "core/services/PresenceBoard.h"
#include "core/workflow/TimeInput.h"

#include <QEvent>
#include <QLocale>

namespace Byline {

PresenceLine::PresenceLine(Storage::Database &db, QWidget *parent)
    : QLabel(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("presenceLine"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setContentsMargins(6, 2, 6, 2);
    // Someone else is here: visible at a glance, not an alarm.
    setStyleSheet(QStringLiteral("#presenceLine { background: palette(alternate-base); "
                                 "border-left: 3px solid palette(highlight); }"));
    hide();
}

void PresenceLine::follow(PresenceBoard *board, const QString &uid)
{
    if (m_board)
        disconnect(m_board, nullptr, this, nullptr);
    m_board = board;
    m_uid = uid;
    m_zone = TimeInput::newsroomZone(m_db).value_or(QTimeZone::utc());
    if (m_board)
        connect(m_board, &PresenceBoard::changed, this, &PresenceLine::showPresence);
    showPresence();
}

QString PresenceLine::describe(const QList<Presence> &people, const PresenceBoard &board,
                               const QTimeZone &zone)
{
    QStringList lines;
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    for (const Presence &p : people) {
        const QDateTime since = p.since.toTimeZone(zone);
        const QString when = since.date() == today
            ? since.toString(QStringLiteral("HH:mm"))
            : QLocale().toString(since, QLocale::ShortFormat);
        const QString who = p.displayName.isEmpty() ? p.user : p.displayName;
        lines.append(tr("%1 is editing %2 since %3").arg(who, board.localeLabel(p.locale), when));
    }
    return lines.join(QLatin1Char('\n'));
}

void PresenceLine::showPresence()
{
    if (!m_board || m_uid.isEmpty()) {
        hide();
        return;
    }
    if (!m_board->isKnown()) {
        setText(tr("Who else has this article open is not known while the newsroom cannot be "
                   "reached."));
        show();
        return;
    }
    const QList<Presence> others = m_board->others(m_uid);
    setText(describe(others, *m_board, m_zone));
    setVisible(!others.isEmpty());
}

void PresenceLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showPresence();
    QLabel::changeEvent(event);
}

} // namespace Byline
