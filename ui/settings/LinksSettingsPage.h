#pragma once

#include "ui/settings/SettingsPage.h"

class QGroupBox;
class QLabel;
class QLineEdit;

namespace Byline {

// Settings > Links: the newsroom's social accounts and mobile apps, linked from the top of every
// page. Each is a full https address (the site's allow-list); an empty field: no link.
class LinksSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit LinksSettingsPage(QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    void load(const Data &data) override;
    void collect(SettingsService::Change &change) const override;
    void setEditable(bool editable) override;
    [[nodiscard]] QWidget *firstInvalid() override;
    void retranslate() override;

    // The field of a settings key ("social.x").
    [[nodiscard]] QLineEdit *field(const QString &key) const { return m_fields.value(key); }

private:
    void check(const QString &key);

    Data m_data;
    QGroupBox *m_social = nullptr;
    QGroupBox *m_apps = nullptr;
    QLabel *m_hint = nullptr;
    QMap<QString, QLineEdit *> m_fields;
    QMap<QString, QLabel *> m_problems; // under each field: what is wrong with it
};

} // namespace Byline
