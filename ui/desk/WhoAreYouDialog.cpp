#include "ui/desk/WhoAreYouDialog.h"

#include "core/services/SettingsService.h"
#include "core/storage/UserRepository.h"
#include "ui/language/Labels.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Byline {

WhoAreYouDialog::WhoAreYouDialog(Storage::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("whoAreYou"));
    m_heading = new QLabel(this);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("whoAreYouUsers"));
    m_list->setSpacing(2);
    m_form = new QWidget(this);
    m_nameLabel = new QLabel(m_form);
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(QStringLiteral("firstUserName"));
    m_name->setPlaceholderText(QStringLiteral("anna.petrosyan"));
    m_nameLabel->setBuddy(m_name);
    m_displayNameLabel = new QLabel(m_form);
    m_displayName = new QLineEdit(m_form);
    m_displayName->setObjectName(QStringLiteral("firstUserDisplayName"));
    m_displayNameLabel->setBuddy(m_displayName);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_displayNameLabel, m_displayName);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WhoAreYouDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WhoAreYouDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_note);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_form);
    layout->addWidget(m_problem);
    m_stretch = new QWidget(this); // takes the room the list leaves when there is no list
    layout->addWidget(m_stretch, 1);
    layout->addWidget(m_buttons);

    auto users = Storage::UserRepository(db).all();
    if (!users) {
        m_readError = users.error().message;
    } else {
        m_createFirst = users->isEmpty();
        for (const User &u : std::as_const(*users)) {
            if (!u.active)
                continue;
            auto *item = new QListWidgetItem(m_list);
            item->setData(Qt::UserRole, u.name);
            item->setData(Qt::UserRole + 1, int(u.role));
            item->setData(Qt::UserRole + 2, u.displayName);
        }
    }
    m_list->setVisible(!m_createFirst);
    m_form->setVisible(m_createFirst);
    m_stretch->setVisible(m_createFirst);
    connect(m_list, &QListWidget::itemActivated, this, &WhoAreYouDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { m_problem->hide(); });
    if (m_createFirst)
        m_name->setFocus();
    else if (m_list->count() > 0)
        m_list->setFocus();
    retranslate();
    resize(520, m_createFirst ? 280 : 460);
}

bool WhoAreYouDialog::select(const QString &name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == name) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void WhoAreYouDialog::accept()
{
    if (!m_readError.isEmpty()) {
        showProblem(m_readError);
        return;
    }
    if (m_createFirst) {
        User user;
        user.name = m_name->text().trimmed();
        user.displayName = m_displayName->text().trimmed();
        auto added = SettingsService(m_db).addFirstUser(user);
        if (!added) {
            showProblem(added.error().message);
            m_name->setFocus();
            return;
        }
        m_chosen = added->name;
        QDialog::accept();
        return;
    }
    const QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        showProblem(tr("Choose yourself in the list, or press \"Not now\" to look around "
                       "without choosing."));
        return;
    }
    m_chosen = item->data(Qt::UserRole).toString();
    QDialog::accept();
}

void WhoAreYouDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}

void WhoAreYouDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void WhoAreYouDialog::retranslate()
{
    setWindowTitle(tr("Who are you?"));
    m_heading->setText(tr("Who are you?"));
    if (m_createFirst) {
        m_note->setText(tr("This newsroom has nobody yet. You will be its first user and its "
                           "admin; you add the others in File > Settings > Users and roles."));
    } else {
        m_note->setText(tr("Choose yourself: your role decides what the desk offers you. Not "
                           "in the list? Adding people is an admin's job: ask an admin to add "
                           "you in File > Settings > Users and roles."));
    }
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setText(tr("%1 (%2) · %3")
                          .arg(item->data(Qt::UserRole + 2).toString(),
                               item->data(Qt::UserRole).toString(),
                               Labels::role(Role(item->data(Qt::UserRole + 1).toInt()))));
    }
    m_list->setAccessibleName(tr("Users of this newsroom"));
    m_nameLabel->setText(tr("&Login:"));
    m_name->setAccessibleName(tr("Login"));
    m_name->setToolTip(tr("Lower-case Latin letters, digits, . _ or -."));
    m_displayNameLabel->setText(tr("&Display name:"));
    m_displayName->setAccessibleName(tr("Display name"));
    m_displayName->setPlaceholderText(tr("Your name as colleagues and readers see it"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(m_createFirst ? tr("&Create and continue") : tr("&Continue"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Not now"));
}

} // namespace Byline
