#pragma once

#include "ui/settings/SettingsPage.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Byline {

// Settings > Users and roles (admins): who works in the newsroom, in which role, how each is
// spelled in each of the newsroom's languages (signed under that language's pages), and which
// languages each translator translates into. Users are added and deactivated here, never
// deleted: their articles and history keep their names.
class UsersSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit UsersSettingsPage(QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    void load(const Data &data) override;
    void collect(SettingsService::Change &change) const override;
    void setEditable(bool editable) override;
    [[nodiscard]] QWidget *firstInvalid() override;
    void retranslate() override;

    // A new row, selected, its login field focused.
    void addUser();
    // Selects the row of the user called `name`; false if there is none.
    bool selectUser(const QString &name);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }
    [[nodiscard]] QLineEdit *nameField() const { return m_name; }
    [[nodiscard]] QLineEdit *displayNameField() const { return m_displayName; }
    // The person's name as readers of `code` spell it (empty: the display name there).
    [[nodiscard]] QLineEdit *localNameField(const QString &code) const
    {
        return m_localNames.value(code);
    }
    [[nodiscard]] QComboBox *roleField() const { return m_role; }
    [[nodiscard]] QCheckBox *localeBox(const QString &code) const
    {
        return m_localeBoxes.value(code);
    }
    [[nodiscard]] QCheckBox *activeBox() const { return m_active; }

private:
    void showSelected();
    void updateFromForm();
    void showRow(int row);
    void updateEnabled();
    [[nodiscard]] User withDefaults(const User &user) const;

    Data m_data;
    QList<User> m_users; // as edited, in the table's order
    QList<bool> m_isNew;
    bool m_editable = true;
    bool m_filling = false;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_discard = nullptr;
    QGroupBox *m_form = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_displayNameLabel = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLabel *m_localNamesLabel = nullptr;
    QWidget *m_localNamesRow = nullptr;
    QMap<QString, QLineEdit *> m_localNames; // by locale code
    QLabel *m_roleLabel = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_localesLabel = nullptr;
    QWidget *m_localesRow = nullptr;
    QMap<QString, QCheckBox *> m_localeBoxes;
    QCheckBox *m_active = nullptr;
};

} // namespace Byline
