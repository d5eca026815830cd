#pragma once

#include "core/domain/Locale.h"
#include "core/domain/NewsroomEvent.h"
#include "core/domain/User.h"
#include "core/services/SettingsService.h"

#include <QMap>
#include <QWidget>

namespace Byline {

// One page of the settings dialog. The dialog reads the newsroom once (Data), gives it to every
// page, and on saving collects what each page changed into one SettingsService::Change.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    using StringTable = QMap<QString, QMap<QString, QString>>; // locale -> key -> text

    // The newsroom as the store holds it when the dialog opens (or after a save).
    struct Data
    {
        QMap<QString, QString> settings;
        StringTable strings;
        StringTable shipped; // the site strings Byline ships, shown beside the newsroom's
        QList<Locale> locales;
        QList<User> users;
        QList<NewsroomEvent> audit; // the newest first
    };

    using QWidget::QWidget;

    // The page's title in the dialog's list, in the UI language.
    [[nodiscard]] virtual QString title() const = 0;
    // Shows `data` as the starting point: collect() gives what changed since.
    virtual void load(const Data &data) = 0;
    virtual void collect(SettingsService::Change &change) const = 0;
    // Read-only pages still show everything (and can be scrolled and copied from).
    virtual void setEditable(bool editable) = 0;
    // The first field the core's checks refuse (shown and focused after a refused save).
    [[nodiscard]] virtual QWidget *firstInvalid() { return nullptr; }
    virtual void retranslate() = 0;

protected:
    void changeEvent(QEvent *event) override;
};

} // namespace Byline
