#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QDialog>
#include <QTimeZone>

#include <optional>

class QDateTimeEdit;
class QLabel;

namespace Byline {
namespace Storage {
class Database;
}

// Asks when to publish, on the newsroom's wall clock (its time zone, named in the dialog).
class ScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    ScheduleDialog(const QTimeZone &zone, const QDateTime &suggested, QWidget *parent = nullptr);

    // The chosen time in UTC; an error for a wall-clock time the zone skips.
    [[nodiscard]] Result<QDateTime> time() const;

    // Shows the dialog in the newsroom's zone. std::nullopt: cancelled.
    [[nodiscard]] static Result<std::optional<QDateTime>>
    ask(Storage::Database &db, const QDateTime &suggested, QWidget *parent);

private:
    QTimeZone m_zone;
    QDateTimeEdit *m_edit = nullptr;
};

} // namespace Byline
