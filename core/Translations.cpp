#include "core/Translations.h"

#include "core/Log.h"

#include <QCoreApplication>
#include <QTranslator>

namespace Byline::Translations {

void installPluralForms()
{
    static QTranslator plurals;
    if (!plurals.isEmpty())
        return;
    if (!plurals.load(QStringLiteral(":/byline/i18n/byline_en.qm"))) {
        qCWarning(lcStorage) << "the English plural forms are missing from this build";
        return;
    }
    QCoreApplication::installTranslator(&plurals);
}

} // namespace Byline::Translations
