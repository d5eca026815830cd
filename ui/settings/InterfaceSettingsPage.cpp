#include "ui/settings/InterfaceSettingsPage.h"

#include "ui/language/UiLanguage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace Byline {

InterfaceSettingsPage::InterfaceSettingsPage(UiLanguage *language, QWidget *parent)
    : SettingsPage(parent)
    , m_language(language)
{
    m_label = new QLabel(this);
    m_languages = new QComboBox(this);
    m_languages->setObjectName(QStringLiteral("interfaceLanguage"));
    for (const UiLanguage::Choice &choice : UiLanguage::choices())
        m_languages->addItem(choice.name, choice.code); // each in its own language
    m_label->setBuddy(m_languages);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_label, m_languages);
    form->addRow(QString(), m_hint);
    retranslate();
}

QString InterfaceSettingsPage::title() const
{
    return tr("Interface language");
}

void InterfaceSettingsPage::load(const Data &)
{
    if (m_language)
        m_languages->setCurrentIndex(m_languages->findData(m_language->current()));
}

bool InterfaceSettingsPage::apply()
{
    const QString code = m_languages->currentData().toString();
    if (!m_language || code == m_language->current())
        return true;
    return m_language->set(code);
}

void InterfaceSettingsPage::retranslate()
{
    m_label->setText(tr("&Language of the desk:"));
    m_languages->setAccessibleName(tr("Interface language"));
    m_hint->setText(tr("Menus, dialogs and messages. It is your own choice on this computer; "
                       "the languages articles are written in are set per article."));
}

} // namespace Byline
