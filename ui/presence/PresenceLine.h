#pragma once

#include "core/domain/Presence.h"

#include <QLabel>
#include <QPointer>
#include <QTimeZone>

namespace Byline {

namespace Storage {
class Database;
}
class PresenceBoard;

// A line over an open article saying who else has it open (docs/ARCHITECTURE.md,
// "Presence"): "Ani Hakobyan is editing RU since 10:02". Hidden while nobody else has; while
// the desk cannot read the store (a lost server) it says that this is not known, rather than
// show anyone wrongly present or absent. The editor and the translation view each have one.
class PresenceLine : public QLabel
{
    Q_OBJECT
public:
    explicit PresenceLine(Storage::Database &db, QWidget *parent = nullptr);

    // Shows the others on `uid` as `board` knows them, and follows it.
    void follow(PresenceBoard *board, const QString &uid);

    // The words for `people` (languages as `board` labels them, times in `zone`).
    [[nodiscard]] static QString describe(const QList<Presence> &people, const PresenceBoard &board,
                                          const QTimeZone &zone);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showPresence();

    Storage::Database &m_db;
    QPointer<PresenceBoard> m_board;
    QString m_uid;
    QTimeZone m_zone;
};

} // namespace Byline
