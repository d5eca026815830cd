#include "ui/settings/LinksSettingsPage.h"

#include "core/site/SiteLinks.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Byline {

LinksSettingsPage::LinksSettingsPage(QWidget *parent)
    : SettingsPage(parent)
{
    m_social = new QGroupBox(this);
    m_apps = new QGroupBox(this);
    auto *socialForm = new QFormLayout(m_social);
    auto *appsForm = new QFormLayout(m_apps);
    for (const SiteLinks::Link &link : SiteLinks::all) {
        QGroupBox *box = link.app ? m_apps : m_social;
        auto *field = new QLineEdit(box);
        field->setObjectName(QStringLiteral("link_") + link.key);
        field->setPlaceholderText(QStringLiteral("https://…"));
        field->setClearButtonEnabled(true);
        auto *label = new QLabel(QString(link.label) + QLatin1Char(':'), box);
        label->setBuddy(field);
        auto *problem = new QLabel(box);
        problem->setWordWrap(true);
        problem->setStyleSheet(QStringLiteral("color: #b00020"));
        problem->hide();
        QFormLayout *form = link.app ? appsForm : socialForm;
        form->addRow(label, field);
        form->addRow(QString(), problem);
        m_fields.insert(link.key, field);
        m_problems.insert(link.key, problem);
        connect(field, &QLineEdit::textChanged, this,
                [this, key = QString(link.key)] { check(key); });
    }
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_social);
    layout->addWidget(m_apps);
    layout->addStretch(1);
    retranslate();
}

QString LinksSettingsPage::title() const
{
    return tr("Links");
}

void LinksSettingsPage::load(const Data &data)
{
    m_data = data;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->setText(data.settings.value(it.key()));
}

void LinksSettingsPage::collect(SettingsService::Change &change) const
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString url = it.value()->text().trimmed();
        if (url != m_data.settings.value(it.key()))
            change.settings.insert(it.key(), url);
    }
}

void LinksSettingsPage::setEditable(bool editable)
{
    for (QLineEdit *field : std::as_const(m_fields))
        field->setReadOnly(!editable);
}

QWidget *LinksSettingsPage::firstInvalid()
{
    for (const SiteLinks::Link &link : SiteLinks::all) {
        QLineEdit *field = m_fields.value(link.key);
        if (!SettingsService::checkSetting(link.key, field->text()))
            return field;
    }
    return nullptr;
}

void LinksSettingsPage::retranslate()
{
    m_hint->setText(tr("Every page links to these at the top. Give each as a full address "
                       "starting with https://; leave a field empty for no link."));
    m_social->setTitle(tr("Social accounts"));
    m_apps->setTitle(tr("Mobile apps"));
    for (const SiteLinks::Link &link : SiteLinks::all) {
        m_fields.value(link.key)->setAccessibleName(link.app
                                                        ? tr("%1 app address").arg(link.label)
                                                        : tr("%1 account address").arg(link.label));
        check(link.key);
    }
}

// Says at once what the site would refuse, under the field (the save refuses it too).
void LinksSettingsPage::check(const QString &key)
{
    QLabel *problem = m_problems.value(key);
    auto ok = SettingsService::checkSetting(key, m_fields.value(key)->text());
    problem->setText(ok ? QString() : ok.error().message);
    problem->setVisible(!ok);
}

} // namespace Byline
