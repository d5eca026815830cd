#pragma once

#include "core/domain/User.h"

#include <QDialog>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace Byline {

class AuditSettingsPage;
class BackupSettingsPage;
class InterfaceSettingsPage;
class LinksSettingsPage;
class NewsroomSettingsPage;
class SettingsPage;
class SiteStringsSettingsPage;
class UiLanguage;
class UsersSettingsPage;
namespace Storage {
class Database;
}

// File > Settings: the newsroom (name, time zone, site address), its links, the site's texts
// per language, its users and roles, the interface language and the daily backup. Admins
// change the newsroom's pages; everyone else sees them read-only with the reason. Saving
// writes every page's changes in one transaction (SettingsService); a refusal says what and
// keeps what was typed. The last two pages are this computer's (QSettings), anyone's to set.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `user`: who is working (nobody: read-only). `language` may be null (no language page).
    SettingsDialog(Storage::Database &db, const std::optional<User> &user, UiLanguage *language,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Saves what changed on every page (OK and Apply). False when refused or failed: nothing
    // was saved and the dialog keeps what was typed, showing the field at fault.
    bool save();

    // Whether the newsroom's pages can be changed by this user.
    [[nodiscard]] bool isEditable() const { return m_editable; }
    // Why not (empty when they can).
    [[nodiscard]] QString readOnlyReason() const { return m_reason; }
    void showPage(SettingsPage *page);
    [[nodiscard]] SettingsPage *currentPage() const;

    [[nodiscard]] NewsroomSettingsPage *newsroomPage() const { return m_newsroom; }
    [[nodiscard]] LinksSettingsPage *linksPage() const { return m_links; }
    [[nodiscard]] SiteStringsSettingsPage *siteStringsPage() const { return m_strings; }
    [[nodiscard]] UsersSettingsPage *usersPage() const { return m_users; }
    [[nodiscard]] AuditSettingsPage *auditPage() const { return m_audit; }
    [[nodiscard]] InterfaceSettingsPage *interfacePage() const { return m_interface; }
    [[nodiscard]] BackupSettingsPage *backupPage() const { return m_backup; }
    [[nodiscard]] QDialogButtonBox *buttons() const { return m_buttons; }

    // How the dialog says that something was not saved (a message box; tests answer it).
    std::function<void(const QString &title, const QString &message)> warn;
    // Cancel (or Esc, or closing) with unsaved changes: true to let them go (a question; tests
    // answer it).
    std::function<bool()> askDiscard;

Q_SIGNALS:
    // The newsroom's settings or users changed in the store.
    void saved();

public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    bool reload();
    void retranslate();
    void showNotice();

    Storage::Database &m_db;
    std::optional<User> m_user;
    bool m_editable = false;
    QString m_reason;
    QString m_loadError;
    QLabel *m_notice = nullptr;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<SettingsPage *> m_pages;
    NewsroomSettingsPage *m_newsroom = nullptr;
    LinksSettingsPage *m_links = nullptr;
    SiteStringsSettingsPage *m_strings = nullptr;
    UsersSettingsPage *m_users = nullptr;
    AuditSettingsPage *m_audit = nullptr;
    InterfaceSettingsPage *m_interface = nullptr;
    BackupSettingsPage *m_backup = nullptr; // this computer's, like the interface language
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Byline
