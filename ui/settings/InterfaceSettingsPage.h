#pragma once

#include "ui/settings/SettingsPage.h"

class QComboBox;
class QLabel;

namespace Byline {

class UiLanguage;

// Settings > Interface: the language of the desk's menus and dialogs (the person's own choice,
// kept on this computer, not in the store; the same as File > Interface language).
class InterfaceSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit InterfaceSettingsPage(UiLanguage *language, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    void load(const Data &data) override;
    void collect(SettingsService::Change &) const override { }
    void setEditable(bool) override { } // everyone chooses their own
    void retranslate() override;

    [[nodiscard]] QComboBox *languageField() const { return m_languages; }
    // Switches the interface to the chosen language (if it changed); false if not shipped.
    bool apply();

private:
    UiLanguage *m_language = nullptr;
    QLabel *m_label = nullptr;
    QComboBox *m_languages = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace Byline
