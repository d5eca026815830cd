#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QTranslator;

namespace Byline {

// The language of the interface (not of the articles, which are data): English, Russian or
// Armenian, switched while the program runs. Every widget retranslates on the LanguageChange
// event that installing a translator sends. The choice is kept in the user's settings.
class UiLanguage : public QObject
{
    Q_OBJECT
public:
    explicit UiLanguage(QObject *parent = nullptr);
    ~UiLanguage() override;

    struct Choice
    {
        QString code; // "en", "ru", "hy"
        QString name; // in its own language
    };
    [[nodiscard]] static QList<Choice> choices();

    [[nodiscard]] QString current() const { return m_code; }
    // Installs the translation for `code` (English: none) and remembers the choice; false if
    // it is not shipped.
    bool set(const QString &code);
    // The saved choice, else the system's language if shipped, else English.
    void restore();

Q_SIGNALS:
    void changed(const QString &code);

private:
    bool apply(const QString &code);

    QString m_code = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_byline;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace Byline
