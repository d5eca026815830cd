#include "ui/desk/UserPicker.h"

#include "core/storage/Database.h"
#include "core/storage/UserRepository.h"
#include "ui/desk/CurrentUser.h"
#include "ui/language/Labels.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace Byline {

UserPicker::UserPicker(Storage::Database &db, CurrentUser *current, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_current(current)
{
    m_label = new QLabel(this);
    m_box = new QComboBox(this);
    m_box->setObjectName(QStringLiteral("currentUser"));
    m_box->setMinimumContentsLength(22);
    m_box->setEnabled(!isFixed());
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_box);
    fill();
    connect(m_box, &QComboBox::currentIndexChanged, this,
            [this] { m_current->set(m_box->currentData().toString()); });
    retranslate();
}

bool UserPicker::isFixed() const
{
    return m_db.isServer();
}

void UserPicker::fill()
{
    const QSignalBlocker block(m_box);
    m_box->clear();
    if (isFixed()) {
        // Only the login: when it is not one of the newsroom's people, it says so and acts as
        // nobody (the server would refuse its changes anyway).
        auto user = Storage::UserRepository(m_db).find(m_db.login());
        if (user && *user && (*user)->active)
            m_box->addItem(tr("%1 (%2)").arg((*user)->displayName, Labels::role((*user)->role)),
                           m_db.login());
        else
            m_box->addItem(tr("%1 (not one of the newsroom's people)").arg(m_db.login()),
                           QString());
        return;
    }
    m_box->addItem(tr("Choose who you are…"), QString());
    if (auto users = Storage::UserRepository(m_db).all()) {
        for (const User &u : *users) {
            if (u.active)
                m_box->addItem(tr("%1 (%2)").arg(u.displayName, Labels::role(u.role)), u.name);
        }
    }
}

void UserPicker::reload()
{
    const QString who = current();
    fill();
    {
        const QSignalBlocker block(m_box);
        m_box->setCurrentIndex(-1);
    }
    setCurrent(who); // announced even when it is the same person: their role may differ
}

void UserPicker::setCurrent(const QString &name)
{
    if (isFixed()) {
        const QSignalBlocker block(m_box);
        m_box->setCurrentIndex(0);
        m_current->set(current()); // announced, even when it was shown already
        return;
    }
    const int index = m_box->findData(name);
    m_box->setCurrentIndex(index >= 0 ? index : 0);
}

QString UserPicker::current() const
{
    return m_box->currentData().toString();
}

QString UserPicker::currentText() const
{
    return m_box->currentText();
}

void UserPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UserPicker::retranslate()
{
    m_label->setText(tr("You are: "));
    m_box->setAccessibleName(tr("Current user"));
    if (isFixed()) {
        fill(); // the role's name in the new language
        m_box->setToolTip(tr("On a newsroom server you are who you signed in as (File > Connect "
                             "to a newsroom server…)."));
    } else if (m_box->count() > 0) {
        m_box->setItemText(0, tr("Choose who you are…"));
    }
}

} // namespace Byline
