#include "ui/settings/NewsroomSettingsPage.h"

#include "core/Clock.h"
#include "core/site/SiteIcon.h"
#include "core/workflow/TimeInput.h"
#include "ui/settings/SiteIconField.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Byline {
namespace {

const QString nameKey = QStringLiteral("newsroom_name");
const QString zoneKey = QStringLiteral("time_zone");
const QString baseUrlKey = QStringLiteral("base_url");

} // namespace

NewsroomSettingsPage::NewsroomSettingsPage(QWidget *parent)
    : SettingsPage(parent)
{
    m_nameBox = new QGroupBox(this);
    m_nameForm = new QFormLayout(m_nameBox);

    m_zoneBox = new QGroupBox(this);
    m_zone = new QLineEdit(m_zoneBox);
    m_zone->setObjectName(QStringLiteral("timeZone"));
    m_zone->setClearButtonEnabled(true);
    m_zones = new QListWidget(m_zoneBox);
    m_zones->setObjectName(QStringLiteral("timeZones"));
    m_zones->setUniformItemSizes(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zones->addItem(QString::fromUtf8(id));
    m_zoneInfo = new QLabel(m_zoneBox);
    m_zoneInfo->setWordWrap(true);
    auto *zoneLayout = new QVBoxLayout(m_zoneBox);
    zoneLayout->addWidget(m_zone);
    zoneLayout->addWidget(m_zones, 1);
    zoneLayout->addWidget(m_zoneInfo);
    connect(m_zone, &QLineEdit::textEdited, this, &NewsroomSettingsPage::filterZones);
    connect(m_zone, &QLineEdit::textChanged, this, &NewsroomSettingsPage::showZone);
    connect(m_zones, &QListWidget::currentTextChanged, this, [this](const QString &id) {
        if (!id.isEmpty() && m_zones->hasFocus())
            m_zone->setText(id);
    });
    connect(m_zones, &QListWidget::itemActivated, this,
            [this](const QListWidgetItem *item) { m_zone->setText(item->text()); });

    m_siteBox = new QGroupBox(this);
    m_baseUrlLabel = new QLabel(m_siteBox);
    m_baseUrl = new QLineEdit(m_siteBox);
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://news.example.org"));
    m_baseUrlLabel->setBuddy(m_baseUrl);
    m_baseUrlHint = new QLabel(m_siteBox);
    m_baseUrlHint->setWordWrap(true);
    m_baseUrlHint->setForegroundRole(QPalette::PlaceholderText);
    auto *siteForm = new QFormLayout(m_siteBox);
    siteForm->addRow(m_baseUrlLabel, m_baseUrl);
    siteForm->addRow(QString(), m_baseUrlHint);
    m_iconLabel = new QLabel(m_siteBox);
    m_icon = new SiteIconField(m_siteBox);
    siteForm->addRow(m_iconLabel, m_icon);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nameBox);
    layout->addWidget(m_zoneBox, 1);
    layout->addWidget(m_siteBox);
    retranslate();
}

QString NewsroomSettingsPage::title() const
{
    return tr("Newsroom");
}

void NewsroomSettingsPage::load(const Data &data)
{
    m_data = data;
    if (m_names.isEmpty()) {
        for (const Locale &l : data.locales) {
            auto *field = new QLineEdit(m_nameBox);
            field->setObjectName(QStringLiteral("newsroomName_") + l.code);
            auto *label = new QLabel(m_nameBox);
            label->setBuddy(field);
            m_nameForm->addRow(label, field);
            m_names.insert(l.code, field);
            m_nameLabels.insert(l.code, label);
        }
        retranslate();
    }
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
        it.value()->setText(data.strings.value(it.key()).value(nameKey));
    m_zone->setText(data.settings.value(zoneKey));
    // Every zone, the newsroom's selected: typing filters them.
    for (int row = 0; row < m_zones->count(); ++row) {
        QListWidgetItem *item = m_zones->item(row);
        item->setHidden(false);
        if (item->text() == m_zone->text()) {
            m_zones->setCurrentItem(item);
            m_zones->scrollToItem(item, QAbstractItemView::PositionAtCenter);
        }
    }
    m_baseUrl->setText(data.settings.value(baseUrlKey));
    m_icon->setIcon(data.settings.value(SiteIcon::pngKey), data.settings.value(SiteIcon::svgKey));
}

void NewsroomSettingsPage::collect(SettingsService::Change &change) const
{
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it) {
        if (it.value()->text() != m_data.strings.value(it.key()).value(nameKey))
            change.strings[it.key()].insert(nameKey, it.value()->text());
    }
    if (m_zone->text().trimmed() != m_data.settings.value(zoneKey))
        change.settings.insert(zoneKey, m_zone->text().trimmed());
    if (m_baseUrl->text().trimmed() != m_data.settings.value(baseUrlKey))
        change.settings.insert(baseUrlKey, m_baseUrl->text().trimmed());
    for (const auto &[key, value] : {std::pair {QString(SiteIcon::pngKey), m_icon->pngBase64()},
                                     std::pair {QString(SiteIcon::svgKey), m_icon->svgBase64()}}) {
        if (value != m_data.settings.value(key))
            change.settings.insert(key, value);
    }
}

void NewsroomSettingsPage::setEditable(bool editable)
{
    for (QLineEdit *field : std::as_const(m_names))
        field->setReadOnly(!editable);
    m_zone->setReadOnly(!editable);
    m_zones->setEnabled(editable);
    m_baseUrl->setReadOnly(!editable);
    m_icon->setEditable(editable);
}

QWidget *NewsroomSettingsPage::firstInvalid()
{
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it) {
        if (!SettingsService::checkSiteString(it.key(), nameKey, it.value()->text()))
            return it.value();
    }
    if (!SettingsService::checkSetting(zoneKey, m_zone->text()))
        return m_zone;
    if (!SettingsService::checkSetting(baseUrlKey, m_baseUrl->text()))
        return m_baseUrl;
    return nullptr;
}

void NewsroomSettingsPage::retranslate()
{
    m_nameBox->setTitle(tr("The newsroom's name (it signs every page)"));
    for (const Locale &l : std::as_const(m_data.locales)) {
        if (QLabel *label = m_nameLabels.value(l.code)) {
            label->setText(tr("%1 (%2):").arg(l.name, l.label));
            m_names.value(l.code)->setAccessibleName(tr("Newsroom name in %1").arg(l.name));
        }
    }
    m_zoneBox->setTitle(tr("Time zone (pages and schedules use it)"));
    m_zone->setPlaceholderText(tr("Type to filter: Yerevan, Moscow, UTC…"));
    m_zone->setAccessibleName(tr("Time zone"));
    m_zones->setAccessibleName(tr("Time zones this system knows"));
    m_siteBox->setTitle(tr("Site"));
    m_baseUrlLabel->setText(tr("&Address:"));
    m_baseUrl->setAccessibleName(tr("Site address"));
    m_baseUrlHint->setText(tr("Where the exported site is published; pages link to each other "
                              "and to their translations with it."));
    m_iconLabel->setText(tr("Icon:"));
    m_icon->retranslate();
    showZone();
}

void NewsroomSettingsPage::showEvent(QShowEvent *event)
{
    SettingsPage::showEvent(event);
    if (QListWidgetItem *current = m_zones->currentItem())
        m_zones->scrollToItem(current, QAbstractItemView::PositionAtCenter);
}

void NewsroomSettingsPage::filterZones()
{
    const QString filter = m_zone->text().trimmed();
    QListWidgetItem *exact = nullptr;
    for (int row = 0; row < m_zones->count(); ++row) {
        QListWidgetItem *item = m_zones->item(row);
        item->setHidden(!item->text().contains(filter, Qt::CaseInsensitive));
        if (item->text() == filter)
            exact = item;
    }
    if (exact) {
        m_zones->setCurrentItem(exact);
        m_zones->scrollToItem(exact);
    }
}

void NewsroomSettingsPage::showZone()
{
    const QString id = m_zone->text().trimmed();
    if (id.isEmpty()) {
        m_zoneInfo->setText(tr("Choose a time zone from the list."));
        return;
    }
    auto zone = TimeInput::zone(id);
    if (!zone) {
        m_zoneInfo->setText(tr("\"%1\" is not a time zone this system knows: choose one from "
                               "the list.")
                                .arg(id));
        return;
    }
    const QDateTime now = Clock::now().toTimeZone(*zone);
    m_zoneInfo->setText(tr("Now %1 there (%2).")
                            .arg(now.toString(QStringLiteral("HH:mm")),
                                 zone->displayName(now, QTimeZone::OffsetName)));
}

} // namespace Byline
