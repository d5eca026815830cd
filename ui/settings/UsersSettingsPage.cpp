#include "ui/settings/UsersSettingsPage.h"

#include "core/interchange/Limits.h"
#include "ui/language/Labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Byline {
namespace {

enum Column { DisplayName, Login, RoleColumn, Languages, Status, ColumnCount };

} // namespace

UsersSettingsPage::UsersSettingsPage(QWidget *parent)
    : SettingsPage(parent)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("users"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addUser"));
    m_discard = new QPushButton(this);

    m_form = new QGroupBox(this);
    m_nameLabel = new QLabel(m_form);
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(QStringLiteral("userName"));
    m_nameLabel->setBuddy(m_name);
    m_displayNameLabel = new QLabel(m_form);
    m_displayName = new QLineEdit(m_form);
    m_displayName->setObjectName(QStringLiteral("userDisplayName"));
    m_displayNameLabel->setBuddy(m_displayName);
    // One field per newsroom language, made when the languages are known (load).
    m_localNamesLabel = new QLabel(m_form);
    m_localNamesRow = new QWidget(m_form);
    auto *namesLayout = new QGridLayout(m_localNamesRow);
    namesLayout->setContentsMargins(0, 0, 0, 0);
    namesLayout->setColumnStretch(1, 1);
    m_roleLabel = new QLabel(m_form);
    m_role = new QComboBox(m_form);
    m_role->setObjectName(QStringLiteral("userRole"));
    for (Role r : {Role::Journalist, Role::Editor, Role::Translator, Role::Admin})
        m_role->addItem(QString(), int(r));
    m_roleLabel->setBuddy(m_role);
    m_localesLabel = new QLabel(m_form);
    m_localesRow = new QWidget(m_form);
    auto *localesLayout = new QHBoxLayout(m_localesRow);
    localesLayout->setContentsMargins(0, 0, 0, 0);
    localesLayout->addStretch(1);
    m_active = new QCheckBox(m_form);
    m_active->setObjectName(QStringLiteral("userActive"));
    auto *form = new QFormLayout(m_form);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_displayNameLabel, m_displayName);
    form->addRow(m_localNamesLabel, m_localNamesRow);
    form->addRow(m_roleLabel, m_role);
    form->addRow(m_localesLabel, m_localesRow);
    form->addRow(QString(), m_active);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_form);

    connect(m_table, &QTableWidget::currentCellChanged, this, &UsersSettingsPage::showSelected);
    connect(m_add, &QPushButton::clicked, this, &UsersSettingsPage::addUser);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || !m_isNew.value(row))
            return;
        m_users.removeAt(row);
        m_isNew.removeAt(row);
        m_table->removeRow(row);
        showSelected();
    });
    for (QLineEdit *field : {m_name, m_displayName})
        connect(field, &QLineEdit::textEdited, this, &UsersSettingsPage::updateFromForm);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UsersSettingsPage::updateFromForm);
    connect(m_active, &QCheckBox::toggled, this, &UsersSettingsPage::updateFromForm);
    retranslate();
    showSelected();
}

QString UsersSettingsPage::title() const
{
    return tr("Users and roles");
}

void UsersSettingsPage::load(const Data &data)
{
    m_data = data;
    if (m_localeBoxes.isEmpty()) {
        auto *row = static_cast<QHBoxLayout *>(m_localesRow->layout());
        int at = 0;
        for (const Locale &l : data.locales) {
            auto *box = new QCheckBox(QStringLiteral("%1 · %2").arg(l.label, l.name), m_localesRow);
            box->setObjectName(QStringLiteral("userLocale_") + l.code);
            row->insertWidget(at++, box);
            m_localeBoxes.insert(l.code, box);
            connect(box, &QCheckBox::toggled, this, &UsersSettingsPage::updateFromForm);
        }
        auto *names = static_cast<QGridLayout *>(m_localNamesRow->layout());
        for (const Locale &l : data.locales) {
            const int line = names->rowCount();
            auto *label
                = new QLabel(QStringLiteral("%1 · %2").arg(l.label, l.name), m_localNamesRow);
            auto *field = new QLineEdit(m_localNamesRow);
            field->setObjectName(QStringLiteral("userLocalName_") + l.code);
            label->setBuddy(field);
            names->addWidget(label, line, 0);
            names->addWidget(field, line, 1);
            m_localNames.insert(l.code, field);
            connect(field, &QLineEdit::textEdited, this, &UsersSettingsPage::updateFromForm);
        }
        retranslate(); // the new fields' accessible names and tips
    }
    const QString selected
        = m_table->currentRow() >= 0 ? m_users.value(m_table->currentRow()).name : QString();
    m_users = data.users;
    m_isNew = QList<bool>(m_users.size(), false);
    m_table->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row)
        showRow(row);
    if (!selectUser(selected))
        showSelected();
    m_table->resizeColumnsToContents();
    for (int column = 0; column + 1 < ColumnCount; ++column)
        m_table->setColumnWidth(column, m_table->columnWidth(column) + 16);
}

void UsersSettingsPage::showRow(int row)
{
    const User &u = m_users.at(row);
    QStringList labels;
    for (const Locale &l : std::as_const(m_data.locales)) {
        if (u.locales.contains(l.code))
            labels.append(l.label);
    }
    const QString cells[ColumnCount] = {
        u.displayName,
        u.name,
        Labels::role(u.role),
        labels.join(QStringLiteral(", ")),
        m_isNew.value(row) ? tr("new, not saved yet")
            : u.active     ? tr("active")
                           : tr("inactive"),
    };
    for (int column = 0; column < ColumnCount; ++column) {
        QTableWidgetItem *item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(row, column, item);
        }
        item->setText(cells[column]);
        QFont font = item->font();
        font.setItalic(!u.active);
        item->setFont(font);
    }
}

bool UsersSettingsPage::selectUser(const QString &name)
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (!name.isEmpty() && m_users.at(row).name == name) {
            m_table->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
}

void UsersSettingsPage::addUser()
{
    if (!m_editable)
        return;
    User user;
    user.role = Role::Journalist;
    m_users.append(user);
    m_isNew.append(true);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    showRow(row);
    m_table->setCurrentCell(row, 0);
    m_name->setFocus();
}

// Fills the form from the selected user.
void UsersSettingsPage::showSelected()
{
    const int row = m_table->currentRow();
    m_filling = true;
    const User user = row >= 0 ? m_users.value(row) : User();
    m_name->setText(user.name);
    m_displayName->setText(user.displayName);
    for (auto it = m_localNames.cbegin(); it != m_localNames.cend(); ++it) {
        it.value()->setText(user.names.value(it.key()));
        it.value()->setPlaceholderText(user.displayName);
    }
    m_role->setCurrentIndex(m_role->findData(int(user.role)));
    for (auto it = m_localeBoxes.cbegin(); it != m_localeBoxes.cend(); ++it)
        it.value()->setChecked(user.locales.contains(it.key()));
    m_active->setChecked(user.active);
    m_filling = false;
    updateEnabled();
}

void UsersSettingsPage::updateFromForm()
{
    const int row = m_table->currentRow();
    if (m_filling || row < 0)
        return;
    User &user = m_users[row];
    if (m_isNew.value(row))
        user.name = m_name->text().trimmed();
    user.displayName = m_displayName->text();
    user.names.clear();
    for (auto it = m_localNames.cbegin(); it != m_localNames.cend(); ++it) {
        const QString spelled = it.value()->text().trimmed();
        if (!spelled.isEmpty())
            user.names.insert(it.key(), spelled);
        // An empty field shows what the page signs instead.
        it.value()->setPlaceholderText(user.displayName.trimmed().isEmpty() ? user.name
                                                                            : user.displayName);
    }
    user.role = Role(m_role->currentData().toInt());
    user.locales.clear();
    if (user.role == Role::Translator) {
        for (auto it = m_localeBoxes.cbegin(); it != m_localeBoxes.cend(); ++it) {
            if (it.value()->isChecked())
                user.locales.append(it.key());
        }
        user.locales.sort();
    } else {
        // Only translators have languages: the boxes show that they are dropped.
        m_filling = true;
        for (QCheckBox *box : std::as_const(m_localeBoxes))
            box->setChecked(false);
        m_filling = false;
    }
    user.active = m_active->isChecked();
    showRow(row);
    updateEnabled();
}

void UsersSettingsPage::updateEnabled()
{
    const int row = m_table->currentRow();
    const bool selected = row >= 0;
    const bool isNew = m_isNew.value(row);
    const bool translator = Role(m_role->currentData().toInt()) == Role::Translator;
    m_add->setEnabled(m_editable);
    m_discard->setVisible(m_editable && isNew);
    m_form->setEnabled(selected);
    m_name->setReadOnly(!m_editable || !isNew);
    m_name->setPlaceholderText(isNew ? QStringLiteral("anna.petrosyan") : QString());
    m_displayName->setReadOnly(!m_editable);
    for (QLineEdit *field : std::as_const(m_localNames))
        field->setReadOnly(!m_editable);
    m_role->setEnabled(m_editable);
    m_localesRow->setEnabled(m_editable && translator);
    m_localesLabel->setEnabled(translator);
    m_active->setEnabled(m_editable && !isNew);
}

User UsersSettingsPage::withDefaults(const User &user) const
{
    User u = user;
    if (u.displayName.trimmed().isEmpty())
        u.displayName = u.name;
    return u;
}

void UsersSettingsPage::collect(SettingsService::Change &change) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        const User user = withDefaults(m_users.at(row));
        if (m_isNew.at(row)) {
            change.added.append(user);
            continue;
        }
        const bool unchanged = std::any_of(m_data.users.cbegin(), m_data.users.cend(),
                                           [&user](const User &u) { return u == user; });
        if (!unchanged)
            change.changed.append(user);
    }
}

void UsersSettingsPage::setEditable(bool editable)
{
    m_editable = editable;
    updateEnabled();
}

QWidget *UsersSettingsPage::firstInvalid()
{
    QStringList codes;
    for (const Locale &l : std::as_const(m_data.locales))
        codes.append(l.code);
    for (int row = 0; row < m_users.size(); ++row) {
        const User user = withDefaults(m_users.at(row));
        if (SettingsService::checkUser(user, codes))
            continue;
        m_table->setCurrentCell(row, 0);
        if (user.role == Role::Translator && user.locales.isEmpty() && !m_data.locales.isEmpty())
            return m_localeBoxes.value(m_data.locales.first().code); // the first one shown
        for (auto it = user.names.cbegin(); it != user.names.cend(); ++it) {
            if (it.value().size() > Interchange::Limits::shortText)
                return m_localNames.value(it.key());
        }
        return m_isNew.at(row) ? m_name : m_displayName;
    }
    return nullptr;
}

void UsersSettingsPage::retranslate()
{
    m_intro->setText(tr("Who works in the newsroom and in which role. Translators edit only the "
                        "languages ticked for them. A user who leaves is deactivated, not "
                        "deleted: their articles keep their name."));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Login"), tr("Role"), tr("Translates into"), tr("Status")});
    m_table->setAccessibleName(tr("Users"));
    m_add->setText(tr("&Add a user"));
    m_discard->setText(tr("&Discard this new user"));
    m_form->setTitle(tr("The selected user"));
    m_nameLabel->setText(tr("&Login:"));
    m_name->setAccessibleName(tr("Login"));
    m_name->setToolTip(tr("Lower-case Latin letters, digits, . _ or -; it cannot change later."));
    m_displayNameLabel->setText(tr("&Display name:"));
    m_displayName->setAccessibleName(tr("Display name"));
    m_displayName->setToolTip(tr("Shown in the desk, and under articles in a language without "
                                 "a name of its own below."));
    m_localNamesLabel->setText(tr("Name per language:"));
    m_localNamesRow->setAccessibleName(tr("The name as readers of each language spell it"));
    for (const Locale &l : std::as_const(m_data.locales)) {
        QLineEdit *field = m_localNames.value(l.code);
        if (!field)
            continue;
        field->setAccessibleName(tr("Name in %1").arg(l.name));
        field->setToolTip(tr("How readers of %1 spell the name: the %1 pages are signed with it. "
                             "Empty: the display name.")
                              .arg(l.name));
    }
    m_roleLabel->setText(tr("&Role:"));
    m_role->setAccessibleName(tr("Role"));
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(i, Labels::role(Role(m_role->itemData(i).toInt())));
    m_localesLabel->setText(tr("Translates into:"));
    m_localesRow->setAccessibleName(tr("Languages the translator translates into"));
    m_active->setText(tr("&Active (can work in the desk)"));
    for (int row = 0; row < m_users.size(); ++row)
        showRow(row);
}

} // namespace Byline
