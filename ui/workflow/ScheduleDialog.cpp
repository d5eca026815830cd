#include "ui/workflow/ScheduleDialog.h"

#include "core/workflow/TimeInput.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace Byline {

ScheduleDialog::ScheduleDialog(const QTimeZone &zone, const QDateTime &suggested, QWidget *parent)
    : QDialog(parent)
    , m_zone(zone)
{
    setWindowTitle(tr("Schedule publication"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Publish at (newsroom time, %1):").arg(QString::fromUtf8(zone.id())), this));
    // The editor shows the newsroom's wall clock; it is read back in the newsroom's zone.
    const QDateTime wall = suggested.toTimeZone(zone);
    m_edit = new QDateTimeEdit(QDateTime(wall.date(), wall.time()), this);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_edit->setAccessibleName(tr("Publication time"));
    layout->addWidget(m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

Result<QDateTime> ScheduleDialog::time() const
{
    return TimeInput::parse(m_edit->dateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            m_zone);
}

Result<std::optional<QDateTime>> ScheduleDialog::ask(Storage::Database &db,
                                                     const QDateTime &suggested, QWidget *parent)
{
    const auto zone = TimeInput::newsroomZone(db);
    if (!zone)
        return std::unexpected(zone.error());
    ScheduleDialog dialog(*zone, suggested, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::optional<QDateTime>();
    auto at = dialog.time();
    if (!at)
        return std::unexpected(at.error());
    return std::optional<QDateTime>(*at);
}

} // namespace Byline
