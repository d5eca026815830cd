#pragma once

#include "core/Error.h"
#include "core/storage/ServerAddress.h"

#include <QDialog>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Byline {
namespace Storage {
class Database;
}
class PasswordStore;

// File > Connect to a newsroom server…: the server's address, the person's login and password,
// and how the connection is encrypted. Connect tries the server at once: a refusal (a wrong
// password, no such server, not a Byline newsroom, a newer schema, a login that is not one of
// the newsroom's people) is shown under the fields in the core's own words, with everything
// typed kept, and nothing changes; on success the dialog holds the open store for the desk.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    // `passwords` says where a remembered password is kept and finds it again.
    explicit ConnectDialog(PasswordStore &passwords, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Fills the fields (the server remembered, without its password).
    void setAddress(const Storage::ServerAddress &address);
    // The address the fields give, with the password typed.
    [[nodiscard]] Storage::ServerAddress address() const;
    // Shows why connecting failed (also when the desk could not reopen the server at start).
    void showError(const QString &message);
    [[nodiscard]] QString errorText() const;

    // After accept: the open store, and the password it was opened with.
    [[nodiscard]] std::unique_ptr<Storage::Database> takeDatabase();
    [[nodiscard]] QString usedPassword() const { return m_usedPassword; }
    [[nodiscard]] bool remembersPassword() const;

    // How the dialog opens a server (tests answer it).
    std::function<Result<std::unique_ptr<Storage::Database>>(const Storage::ServerAddress &)>
        connectTo;

    [[nodiscard]] QLineEdit *hostField() const { return m_host; }
    [[nodiscard]] QSpinBox *portField() const { return m_port; }
    [[nodiscard]] QLineEdit *databaseField() const { return m_database; }
    [[nodiscard]] QLineEdit *userField() const { return m_user; }
    [[nodiscard]] QLineEdit *passwordField() const { return m_password; }
    [[nodiscard]] QComboBox *tlsField() const { return m_tls; }
    [[nodiscard]] QCheckBox *rememberField() const { return m_remember; }
    [[nodiscard]] QLabel *passwordNote() const { return m_passwordNote; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updatePasswordHint();

    PasswordStore &m_passwords;
    std::unique_ptr<Storage::Database> m_db;
    QString m_usedPassword;
    QLabel *m_intro = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QComboBox *m_tls = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_passwordNote = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_knownPassword = false; // the keyring holds one for the login in the fields
};

} // namespace Byline
