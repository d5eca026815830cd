#pragma once

#include "ui/desk/BackupPreferences.h"
#include "ui/settings/SettingsPage.h"

#include <functional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Byline {

// Settings > Backups: the daily backup of the store on this computer (on or off, the folder,
// how many to keep). This computer's preference like the interface language, so anyone may
// change it; the desk makes the backups (DailyBackup).
class BackupSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit BackupSettingsPage(QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    void load(const Data &data) override;
    void collect(SettingsService::Change &) const override { }
    void setEditable(bool) override { } // everyone chooses for their own computer
    void retranslate() override;

    // Keeps what is shown as this computer's preferences. False, with `problem` set and
    // nothing kept, when the folder cannot be a folder for backups.
    bool apply(QString *problem);
    [[nodiscard]] BackupPreferences shown() const;

    [[nodiscard]] QCheckBox *dailyField() const { return m_daily; }
    [[nodiscard]] QLineEdit *folderField() const { return m_folder; }
    [[nodiscard]] QSpinBox *keepField() const { return m_keep; }
    [[nodiscard]] QLabel *newestLabel() const { return m_newest; }

    // Where to keep the backups (a folder dialog; tests answer it). Empty: cancelled.
    std::function<QString(const QString &current)> askFolder;

private:
    void showNewest();
    void enableFields();

    QGroupBox *m_box = nullptr;
    QCheckBox *m_daily = nullptr;
    QLabel *m_folderLabel = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_choose = nullptr;
    QLabel *m_keepLabel = nullptr;
    QSpinBox *m_keep = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_newest = nullptr;
};

} // namespace Byline
