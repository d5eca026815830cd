#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QWidget;

namespace Byline {
namespace Storage {
class Database;
}

// "Who are you?" when the desk opens and nobody is chosen: pick an active user of the store.
// On a store without users the person creates the first one, who becomes its admin; on a
// store with users adding people is an admin's job (Settings > Users and roles), and the dialog
// says so. A refusal is shown in the dialog and what was typed stays.
class WhoAreYouDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WhoAreYouDialog(Storage::Database &db, QWidget *parent = nullptr);

    // The login of who was chosen or created (after accept).
    [[nodiscard]] QString chosenUser() const { return m_chosen; }
    // True on a store without users: the dialog creates the first (admin).
    [[nodiscard]] bool createsFirstUser() const { return m_createFirst; }
    // Selects `name` in the list; false if it is not there.
    bool select(const QString &name);

    [[nodiscard]] QListWidget *userList() const { return m_list; }
    [[nodiscard]] QLineEdit *nameField() const { return m_name; }
    [[nodiscard]] QLineEdit *displayNameField() const { return m_displayName; }
    [[nodiscard]] QLabel *problemLabel() const { return m_problem; }
    [[nodiscard]] QLabel *noteLabel() const { return m_note; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showProblem(const QString &message);

    Storage::Database &m_db;
    bool m_createFirst = false;
    QString m_chosen;
    QString m_readError;
    QLabel *m_heading = nullptr;
    QLabel *m_note = nullptr;
    QListWidget *m_list = nullptr;
    QWidget *m_form = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_displayNameLabel = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLabel *m_problem = nullptr;
    QWidget *m_stretch = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Byline
