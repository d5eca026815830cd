#include "tests/language/LanguageSources.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QXmlStreamReader>

#include <utility>

namespace Byline::Test::LanguageSources {
namespace {

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One <message> of a .ts file.
struct Message
{
    QString context;
    QString source;
    QString translation;
    QStringList forms;
    bool plural = false;
    bool finished = true;
};

QList<Message> messages(const QString &tsPath, QString *language)
{
    QList<Message> out;
    QXmlStreamReader xml(read(tsPath));
    QString context;
    Message current;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                out.append(std::exchange(current, Message {}));
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current.context = context;
            current.plural
                = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.finished = type.isEmpty();
            // A plural message holds <numerusform>s, read next; any other holds its text.
            if (!current.plural)
                current.translation = xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            current.forms.append(xml.readElementText());
        }
    }
    return out;
}

QString shortSource(const QString &source)
{
    QString s = source.section(QLatin1Char('\n'), 0, 0);
    if (s.size() > 70 || s.size() < source.size())
        s = s.left(70) + QStringLiteral("…");
    return s;
}

bool isHeadline(const QString &key, const QJsonObject &owner)
{
    static const QSet<QString> titles
        = {QStringLiteral("title"), QStringLiteral("seo_title"), QStringLiteral("name")};
    return titles.contains(key)
        || (key == QLatin1String("text")
            && owner.value(QLatin1String("type")).toString() == QLatin1String("heading"));
}

void walk(const QJsonValue &value, const QString &path, const QString &locale,
          const QString &sourceLocale, bool inSources, const QSet<QString> &locales,
          const QString &shownAs, QList<Text> &out, bool headline = false)
{
    if (value.isString()) {
        if (!locale.isEmpty())
            out.append({shownAs + QStringLiteral(": ") + path, locale, value.toString(), headline});
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            walk(array.at(i), path + QStringLiteral("[%1]").arg(i), locale, sourceLocale, inSources,
                 locales, shownAs, out, headline);
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QString written = sourceLocale;
        for (const char *key : {"source_locale", "spoken_locale"}) {
            if (object.value(QLatin1String(key)).isString())
                written = object.value(QLatin1String(key)).toString();
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key();
            const QString childPath = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            if (key == QLatin1String("sources")) {
                walk(it.value(), childPath, written, written, true, locales, shownAs, out);
            } else {
                const bool named = !inSources && locales.contains(key);
                walk(it.value(), childPath, named ? key : locale, written, inSources, locales,
                     shownAs, out, headline || isHeadline(key, object));
            }
        }
    }
}

} // namespace

QList<Text> translations(const QString &tsPath, const QString &shownAs)
{
    QString language;
    const QList<Message> all = messages(tsPath, &language);
    QList<Text> out;
    for (const Message &m : all) {
        if (!m.finished)
            continue;
        const QString where
            = QStringLiteral("%1: %2 \"%3\"").arg(shownAs, m.context, shortSource(m.source));
        if (!m.forms.isEmpty()) {
            for (const QString &form : m.forms)
                out.append({where, language, form});
        } else if (!m.translation.isEmpty()) {
            out.append({where, language, m.translation});
        }
    }
    return out;
}

QList<Text> sources(const QString &tsPath, const QString &shownAs)
{
    QString language;
    QList<Text> out;
    QSet<QString> seen;
    for (const Message &m : messages(tsPath, &language)) {
        if (seen.contains(m.source))
            continue;
        seen.insert(m.source);
        out.append({QStringLiteral("%1: source \"%2\"").arg(shownAs, shortSource(m.source)),
                    QStringLiteral("en"), m.source});
    }
    return out;
}

QList<Text> jsonTexts(const QString &jsonPath, const QString &shownAs)
{
    const QJsonObject root = QJsonDocument::fromJson(read(jsonPath)).object();
    QSet<QString> locales = {QStringLiteral("ru"), QStringLiteral("en"), QStringLiteral("hy")};
    for (const QJsonValue &l : root.value(QLatin1String("locales")).toArray())
        locales.insert(l.toObject().value(QLatin1String("code")).toString());
    QList<Text> out;
    walk(root, {}, {}, {}, false, locales, shownAs, out);
    return out;
}

} // namespace Byline::Test::LanguageSources
