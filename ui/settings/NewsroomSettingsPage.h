#pragma once

#include "ui/settings/SettingsPage.h"

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Byline {

class SiteIconField;

// Settings > Newsroom: the newsroom's name in each language (it signs every page), its time
// zone (pages show times in it; chosen from the zones this system knows, the field filters the
// list), the site's address and its icon.
class NewsroomSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit NewsroomSettingsPage(QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    void load(const Data &data) override;
    void collect(SettingsService::Change &change) const override;
    void setEditable(bool editable) override;
    [[nodiscard]] QWidget *firstInvalid() override;
    void retranslate() override;

    [[nodiscard]] QLineEdit *nameField(const QString &locale) const
    {
        return m_names.value(locale);
    }
    [[nodiscard]] QLineEdit *timeZoneField() const { return m_zone; }
    [[nodiscard]] QListWidget *timeZoneList() const { return m_zones; }
    [[nodiscard]] QLineEdit *baseUrlField() const { return m_baseUrl; }
    [[nodiscard]] SiteIconField *iconField() const { return m_icon; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void filterZones();
    void showZone();

    Data m_data;
    QGroupBox *m_nameBox = nullptr;
    QFormLayout *m_nameForm = nullptr;
    QMap<QString, QLineEdit *> m_names; // locale -> field
    QMap<QString, QLabel *> m_nameLabels;
    QGroupBox *m_zoneBox = nullptr;
    QLineEdit *m_zone = nullptr;
    QListWidget *m_zones = nullptr;
    QLabel *m_zoneInfo = nullptr;
    QGroupBox *m_siteBox = nullptr;
    QLabel *m_baseUrlLabel = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_baseUrlHint = nullptr;
    QLabel *m_iconLabel = nullptr;
    SiteIconField *m_icon = nullptr;
};

} // namespace Byline
