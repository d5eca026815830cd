#pragma once

#include "ui/settings/SettingsPage.h"

class QLabel;
class QTreeWidget;

namespace Byline {

// Settings > Audit trail: who imported files and changed the newsroom's people and settings,
// newest first (the store's newsroom audit trail, as `byline-cli audit` prints it). Read-only
// for everyone: nobody edits the record of what was done.
class AuditSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit AuditSettingsPage(QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    void load(const Data &data) override;
    void collect(SettingsService::Change &) const override { }
    void setEditable(bool) override { }
    void retranslate() override;

    [[nodiscard]] QTreeWidget *events() const { return m_events; }

private:
    void fill();

    QLabel *m_hint = nullptr;
    QTreeWidget *m_events = nullptr;
    QList<NewsroomEvent> m_data;
};

} // namespace Byline
