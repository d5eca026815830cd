#include "ui/settings/SettingsPage.h"

#include <QEvent>

namespace Byline {

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Byline
