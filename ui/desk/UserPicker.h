#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace Byline {
namespace Storage {
class Database;
}
class CurrentUser;

// "You are" on the desk's toolbar: who is working, announced through CurrentUser. On a SQLite
// store a choice among the newsroom's active people; on a newsroom server the person is the
// login the desk signed in with, shown and fixed: there is nobody to choose (README, "A shared
// newsroom").
class UserPicker : public QWidget
{
    Q_OBJECT
public:
    UserPicker(Storage::Database &db, CurrentUser *current, QWidget *parent = nullptr);

    // Reads the names and roles again; the current person keeps their place and is announced
    // again (their role may differ).
    void reload();
    // Chooses `name` (nobody when unknown). On a server: always the login.
    void setCurrent(const QString &name);
    [[nodiscard]] QString current() const;
    // As shown: "Irina Volkova (Journalist)".
    [[nodiscard]] QString currentText() const;
    // On a server, where the login decides.
    [[nodiscard]] bool isFixed() const;
    [[nodiscard]] QComboBox *box() const { return m_box; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void retranslate();

    Storage::Database &m_db;
    CurrentUser *m_current;
    QLabel *m_label = nullptr;
    QComboBox *m_box = nullptr;
};

} // namespace Byline
