#include "ui/language/UiLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

namespace Byline {

UiLanguage::UiLanguage(QObject *parent)
    : QObject(parent)
{
}

UiLanguage::~UiLanguage()
{
    for (QTranslator *t : {m_byline.get(), m_qt.get()}) {
        if (t)
            QCoreApplication::removeTranslator(t);
    }
}

QList<UiLanguage::Choice> UiLanguage::choices()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("ru"), QStringLiteral("Русский")},
            {QStringLiteral("hy"), QStringLiteral("Հայերեն")}};
}

bool UiLanguage::set(const QString &code)
{
    if (!apply(code))
        return false;
    QSettings().setValue(QStringLiteral("ui/language"), code);
    return true;
}

bool UiLanguage::apply(const QString &code)
{
    const auto all = choices();
    if (std::none_of(all.cbegin(), all.cend(), [&](const Choice &c) { return c.code == code; }))
        return false;
    auto byline = std::make_unique<QTranslator>();
    auto qt = std::make_unique<QTranslator>();
    if (code != QLatin1String("en")) {
        if (!byline->load(QStringLiteral(":/i18n/byline_%1.qm").arg(code)))
            return false;
        // Qt's own words (Cancel, OK); not every language ships them.
        if (!qt->load(QStringLiteral("qtbase_%1").arg(code),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qt.reset();
    } else {
        byline.reset();
        qt.reset();
    }
    for (QTranslator *t : {m_byline.get(), m_qt.get()}) {
        if (t)
            QCoreApplication::removeTranslator(t);
    }
    m_byline = std::move(byline);
    m_qt = std::move(qt);
    for (QTranslator *t : {m_qt.get(), m_byline.get()}) {
        if (t)
            QCoreApplication::installTranslator(t);
    }
    // Dates, weekdays and numbers in the interface's language too (the pages have their own).
    QLocale::setDefault(QLocale(code));
    const bool changedCode = m_code != code;
    m_code = code;
    if (changedCode)
        Q_EMIT changed(code);
    return true;
}

void UiLanguage::restore()
{
    QString code = QSettings().value(QStringLiteral("ui/language")).toString();
    if (code.isEmpty()) {
        code = QLocale().name().section(QLatin1Char('_'), 0, 0);
        const auto all = choices();
        if (std::none_of(all.cbegin(), all.cend(), [&](const Choice &c) { return c.code == code; }))
            code = QStringLiteral("en");
    }
    if (!apply(code))
        apply(QStringLiteral("en"));
}

} // namespace Byline
