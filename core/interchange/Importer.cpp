#include "core/interchange/Importer.h"

#include "core/interchange/ArticleMerge.h"

#include "core/TimeFormat.h"
#include "core/interchange/ArticleCodec.h"
#include "core/interchange/JsonReader.h"
#include "core/interchange/Limits.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ExpertRepository.h"
#include "core/storage/Ids.h"
#include "core/storage/LocaleRepository.h"
#include "core/storage/QuoteRepository.h"
#include "core/storage/SectionRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/UserRepository.h"
#include "core/translation/Segments.h"
#include "core/workflow/TimeInput.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

namespace Byline::Interchange {
namespace {

// Progress is reported every this many articles (a report per article would flood a window).
constexpr int progressStep = 25;

std::unexpected<Error> cancelled()
{
    return fail(ErrorCode::Cancelled,
                QObject::tr("The import was cancelled; the store was not changed."));
}

const QRegularExpression &uidPattern()
{
    static const QRegularExpression p(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return p;
}

// Where a list item is, for error messages: "articles[2] (uid 6f1c…)".
QString itemPath(const char *list, qsizetype index, const QJsonObject &object, const char *keyName)
{
    QString path = QStringLiteral("%1[%2]").arg(QLatin1StringView(list)).arg(index);
    const QJsonValue key = object.value(QLatin1StringView(keyName));
    if (key.isString())
        path += QStringLiteral(" (%1 %2)").arg(QLatin1StringView(keyName), key.toString().left(64));
    return path;
}

// Walks a parsed document, checking every field and every reference.
class Parser
{
public:
    explicit Parser(const Importer::Known &known)
        : m_known(known)
    {
    }

    Result<Document> run(const QJsonObject &root);

private:
    Result<QString> uid(const JsonReader &in, const QString &field = QStringLiteral("uid")) const;
    Result<> locale(const JsonReader &in, QStringView field, const QString &code) const;
    Result<> user(const JsonReader &in, QStringView field, const QString &name) const;
    Result<QDateTime> time(const JsonReader &in, const QString &field) const;
    Result<std::optional<QDateTime>> optionalTime(const JsonReader &in, const QString &field) const;
    Result<> locales(const QJsonArray &list);
    Result<> settings(const QJsonObject &object);
    Result<> siteStrings(const QJsonObject &object);
    Result<> sections(const QJsonArray &list);
    Result<> users(const QJsonArray &list);
    Result<> experts(const QJsonArray &list);
    Result<> quotes(const QJsonArray &list);
    Result<> articles(const QJsonArray &list);
    Result<> checkBlocks(const JsonReader &in, const QList<Translation> &translations) const;
    Result<> readComments(const JsonReader &in, Article &article) const;

    Importer::Known m_known; // grows with what the file defines
    QStringList m_localeOrder;
    Document m_doc;
};

Result<QString> Parser::uid(const JsonReader &in, const QString &field) const
{
    auto value = in.string(field, 64);
    if (!value)
        return std::unexpected(value.error());
    if (!uidPattern().match(*value).hasMatch()) {
        return in.invalid(field,
                          QObject::tr("\"%1\" is not a uid (a lower-case UUID such as "
                                      "0b5a3c1e-3c52-4a5e-9d4c-2f5b6f5c7a10)")
                              .arg(*value));
    }
    return *value;
}

Result<> Parser::locale(const JsonReader &in, QStringView field, const QString &code) const
{
    if (!m_known.locales.contains(code)) {
        return in.invalid(
            field, QObject::tr("unknown locale \"%1\" (add it to \"locales\" first)").arg(code));
    }
    return {};
}

Result<> Parser::user(const JsonReader &in, QStringView field, const QString &name) const
{
    if (!name.isEmpty() && !m_known.users.contains(name)) {
        return in.invalid(field, QObject::tr("no user \"%1\" in the file or the store").arg(name));
    }
    return {};
}

Result<QDateTime> Parser::time(const JsonReader &in, const QString &field) const
{
    auto text = in.string(field, 64);
    if (!text)
        return std::unexpected(text.error());
    const auto t = parseUtc(*text);
    if (!t) {
        return in.invalid(field,
                          QObject::tr("\"%1\" is not a UTC time like "
                                      "2026-11-20T09:30:00Z")
                              .arg(*text));
    }
    return *t;
}

Result<std::optional<QDateTime>> Parser::optionalTime(const JsonReader &in,
                                                      const QString &field) const
{
    auto text = in.optionalString(field, 64);
    if (!text)
        return std::unexpected(text.error());
    if (!*text)
        return std::optional<QDateTime>();
    auto t = time(in, field);
    if (!t)
        return std::unexpected(t.error());
    return std::optional<QDateTime>(*t);
}

Result<Document> Parser::run(const QJsonObject &root)
{
    const JsonReader in(root, QString());
    if (auto keys = in.onlyKeys(
            {QStringLiteral("format"), QStringLiteral("locales"), QStringLiteral("settings"),
             QStringLiteral("site_strings"), QStringLiteral("sections"), QStringLiteral("users"),
             QStringLiteral("experts"), QStringLiteral("quotes"), QStringLiteral("articles")});
        !keys) {
        return std::unexpected(keys.error());
    }
    auto format = in.string(QStringLiteral("format"), 64);
    if (!format)
        return std::unexpected(format.error());
    if (*format != QLatin1String("byline/1")) {
        return in.invalid(u"format",
                          QObject::tr("\"%1\" is not a format this Byline reads "
                                      "(it reads byline/1)")
                              .arg(*format));
    }
    auto list = [&](const char *name) {
        return in.array(QLatin1String(name));
    };
    auto obj = [&](const char *name) {
        return in.object(QLatin1String(name));
    };

    auto localeList = list("locales");
    if (!localeList)
        return std::unexpected(localeList.error());
    if (auto done = locales(*localeList); !done)
        return std::unexpected(done.error());
    auto settingsObject = obj("settings");
    if (!settingsObject)
        return std::unexpected(settingsObject.error());
    if (auto done = settings(*settingsObject); !done)
        return std::unexpected(done.error());
    auto stringsObject = obj("site_strings");
    if (!stringsObject)
        return std::unexpected(stringsObject.error());
    if (auto done = siteStrings(*stringsObject); !done)
        return std::unexpected(done.error());

    using Step = Result<> (Parser::*)(const QJsonArray &);
    const std::pair<const char *, Step> steps[] = {
        {"sections", &Parser::sections}, {"users", &Parser::users},
        {"experts", &Parser::experts},   {"quotes", &Parser::quotes},
        {"articles", &Parser::articles},
    };
    for (const auto &[name, step] : steps) {
        auto items = list(name);
        if (!items)
            return std::unexpected(items.error());
        if (items->size() > Limits::listItems)
            return in.invalid(QString::fromLatin1(name), QObject::tr("too many items"));
        if (auto done = (this->*step)(*items); !done)
            return std::unexpected(done.error());
    }
    return m_doc;
}

Result<> Parser::locales(const QJsonArray &list)
{
    static const QRegularExpression codePattern(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return invalidAt(QStringLiteral("locales[%1]").arg(i),
                             QObject::tr("expected an object"));
        const QJsonObject o = list.at(i).toObject();
        const JsonReader in(o, itemPath("locales", i, o, "code"));
        if (auto keys = in.onlyKeys({QStringLiteral("code"), QStringLiteral("label"),
                                     QStringLiteral("name"), QStringLiteral("position")});
            !keys) {
            return std::unexpected(keys.error());
        }
        Locale l;
        auto code = in.string(QStringLiteral("code"), 35);
        auto label = in.string(QStringLiteral("label"), Limits::shortText);
        auto name = in.string(QStringLiteral("name"), Limits::shortText);
        auto position = in.integer(QStringLiteral("position"), 0, 1000000, 0);
        for (const Error *e :
             {code ? nullptr : &code.error(), label ? nullptr : &label.error(),
              name ? nullptr : &name.error(), position ? nullptr : &position.error()}) {
            if (e)
                return std::unexpected(*e);
        }
        if (!codePattern.match(*code).hasMatch()) {
            return in.invalid(u"code",
                              QObject::tr("\"%1\" is not a BCP 47 language tag such as "
                                          "ru, en or hy")
                                  .arg(*code));
        }
        if (seen.contains(*code))
            return in.invalid(u"code", QObject::tr("the locale \"%1\" is listed twice").arg(*code));
        seen.insert(*code);
        l.code = *code;
        l.label = *label;
        l.name = *name;
        l.position = int(*position);
        m_known.locales.insert(l.code);
        m_doc.locales.append(l);
    }
    std::stable_sort(
        m_doc.locales.begin(), m_doc.locales.end(), [](const Locale &a, const Locale &b) {
            return a.position != b.position ? a.position < b.position : a.code < b.code;
        });
    for (const Locale &l : std::as_const(m_doc.locales))
        m_localeOrder.append(l.code);
    return {};
}

Result<> Parser::settings(const QJsonObject &object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString path = QStringLiteral("settings.") + it.key();
        if (!it.value().isString())
            return invalidAt(path, QObject::tr("expected a text in quotes"));
        if (it.key().size() > Limits::shortText
            || it.value().toString().size() > Limits::mediumText)
            return invalidAt(path, QObject::tr("too long"));
        if (it.key() == QLatin1String("time_zone")) {
            if (auto known = TimeInput::zone(it.value().toString()); !known)
                return invalidAt(
                    path,
                    QObject::tr("not a known time zone (give an IANA name such as Asia/Yerevan)"));
        }
        m_doc.settings.insert(it.key(), it.value().toString());
    }
    return {};
}

Result<> Parser::siteStrings(const QJsonObject &object)
{
    const JsonReader in(object, QStringLiteral("site_strings"));
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (auto known = locale(in, it.key(), it.key()); !known)
            return known;
        if (!it.value().isObject())
            return in.invalid(it.key(), QObject::tr("expected an object of texts"));
        const QJsonObject table = it.value().toObject();
        for (auto s = table.constBegin(); s != table.constEnd(); ++s) {
            const QString path = QStringLiteral("site_strings.%1.%2").arg(it.key(), s.key());
            if (!s.value().isString())
                return invalidAt(path, QObject::tr("expected a text in quotes"));
            if (s.key().size() > Limits::shortText
                || s.value().toString().size() > Limits::mediumText)
                return invalidAt(path, QObject::tr("too long"));
            m_doc.siteStrings[it.key()].insert(s.key(), s.value().toString());
        }
    }
    return {};
}

// Reads { "<locale>": { fields... } } into a map of T, checking each locale.
template<class T, class Fill>
Result<QMap<QString, T>> perLocale(const JsonReader &in, const QString &field,
                                   const QSet<QString> &knownLocales, const QStringList &keys,
                                   Fill fill)
{
    auto object = in.object(field);
    if (!object)
        return std::unexpected(object.error());
    QMap<QString, T> result;
    for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
        const QString path = in.pathOf(field) + QLatin1Char('.') + it.key();
        if (!knownLocales.contains(it.key())) {
            return invalidAt(
                path,
                QObject::tr("unknown locale \"%1\" (add it to \"locales\" first)").arg(it.key()));
        }
        if (!it.value().isObject())
            return invalidAt(path, QObject::tr("expected an object in { }"));
        const JsonReader inner(it.value().toObject(), path);
        if (auto only = inner.onlyKeys(keys); !only)
            return std::unexpected(only.error());
        T value;
        if (auto done = fill(inner, value); !done)
            return std::unexpected(done.error());
        result.insert(it.key(), value);
    }
    return result;
}

Result<QMap<QString, QString>> perLocaleText(const JsonReader &in, const QString &field,
                                             const QSet<QString> &knownLocales, qsizetype max)
{
    auto object = in.object(field);
    if (!object)
        return std::unexpected(object.error());
    QMap<QString, QString> result;
    for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
        const QString path = in.pathOf(field) + QLatin1Char('.') + it.key();
        if (!knownLocales.contains(it.key())) {
            return invalidAt(
                path,
                QObject::tr("unknown locale \"%1\" (add it to \"locales\" first)").arg(it.key()));
        }
        if (!it.value().isString())
            return invalidAt(path, QObject::tr("expected a text in quotes"));
        if (it.value().toString().size() > max)
            return invalidAt(path, QObject::tr("too long (at most %1 characters)").arg(max));
        result.insert(it.key(), it.value().toString());
    }
    return result;
}

Result<> Parser::sections(const QJsonArray &list)
{
    static const QRegularExpression slugPattern(QStringLiteral("^[a-z0-9-]{1,200}$"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return invalidAt(QStringLiteral("sections[%1]").arg(i),
                             QObject::tr("expected an object"));
        const QJsonObject o = list.at(i).toObject();
        const JsonReader in(o, itemPath("sections", i, o, "uid"));
        if (auto keys = in.onlyKeys({QStringLiteral("uid"), QStringLiteral("slug"),
                                     QStringLiteral("position"), QStringLiteral("names")});
            !keys) {
            return std::unexpected(keys.error());
        }
        Section s;
        auto id = uid(in);
        if (!id)
            return std::unexpected(id.error());
        if (seen.contains(*id))
            return in.invalid(u"uid", QObject::tr("this section is listed twice"));
        seen.insert(*id);
        s.uid = *id;
        auto slug = in.string(QStringLiteral("slug"), 200);
        if (!slug)
            return std::unexpected(slug.error());
        if (!slugPattern.match(*slug).hasMatch())
            return in.invalid(u"slug",
                              QObject::tr("a slug is lower-case Latin letters, digits and -"));
        s.slug = *slug;
        auto position = in.integer(QStringLiteral("position"), 0, 1000000, 0);
        if (!position)
            return std::unexpected(position.error());
        s.position = int(*position);
        auto names = perLocale<SectionText>(
            in, QStringLiteral("names"), m_known.locales,
            {QStringLiteral("name"), QStringLiteral("description")},
            [](const JsonReader &r, SectionText &t) -> Result<> {
                auto name = r.string(QStringLiteral("name"), Limits::shortText);
                if (!name)
                    return std::unexpected(name.error());
                auto description
                    = r.string(QStringLiteral("description"), Limits::mediumText, false);
                if (!description)
                    return std::unexpected(description.error());
                t = {*name, *description};
                return {};
            });
        if (!names)
            return std::unexpected(names.error());
        s.texts = *names;
        m_known.sections.insert(s.uid);
        m_doc.sections.append(s);
    }
    return {};
}

Result<> Parser::users(const QJsonArray &list)
{
    static const QRegularExpression namePattern(QStringLiteral("^[a-z0-9._-]{1,64}$"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return invalidAt(QStringLiteral("users[%1]").arg(i), QObject::tr("expected an object"));
        const QJsonObject o = list.at(i).toObject();
        const JsonReader in(o, itemPath("users", i, o, "name"));
        if (auto keys = in.onlyKeys({QStringLiteral("name"), QStringLiteral("display_name"),
                                     QStringLiteral("role"), QStringLiteral("locales"),
                                     QStringLiteral("active")});
            !keys) {
            return std::unexpected(keys.error());
        }
        User u;
        auto name = in.string(QStringLiteral("name"), 64);
        if (!name)
            return std::unexpected(name.error());
        if (!namePattern.match(*name).hasMatch()) {
            return in.invalid(u"name",
                              QObject::tr("a user name is 1 to 64 lower-case Latin "
                                          "letters, digits, . _ or -"));
        }
        if (seen.contains(*name))
            return in.invalid(u"name", QObject::tr("this user is listed twice"));
        seen.insert(*name);
        u.name = *name;
        auto display = in.string(QStringLiteral("display_name"), Limits::shortText, false);
        if (!display)
            return std::unexpected(display.error());
        u.displayName = display->isEmpty() ? u.name : *display;
        auto role = in.string(QStringLiteral("role"), 32);
        if (!role)
            return std::unexpected(role.error());
        const auto r = roleFromName(*role);
        if (!r) {
            return in.invalid(u"role",
                              QObject::tr("unknown role \"%1\" (expected journalist, "
                                          "editor, translator or admin)")
                                  .arg(*role));
        }
        u.role = *r;
        auto locales = in.stringList(QStringLiteral("locales"), 100, 35);
        if (!locales)
            return std::unexpected(locales.error());
        for (const QString &code : *locales) {
            if (auto known = locale(in, u"locales", code); !known)
                return known;
        }
        u.locales = *locales;
        u.locales.sort();
        u.locales.removeDuplicates();
        auto active = in.boolean(QStringLiteral("active"), true);
        if (!active)
            return std::unexpected(active.error());
        u.active = *active;
        m_known.users.insert(u.name);
        m_doc.users.append(u);
    }
    return {};
}

Result<> Parser::experts(const QJsonArray &list)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return invalidAt(QStringLiteral("experts[%1]").arg(i),
                             QObject::tr("expected an object"));
        const QJsonObject o = list.at(i).toObject();
        const JsonReader in(o, itemPath("experts", i, o, "uid"));
        if (auto keys = in.onlyKeys({QStringLiteral("uid"), QStringLiteral("names")}); !keys)
            return std::unexpected(keys.error());
        Expert e;
        auto id = uid(in);
        if (!id)
            return std::unexpected(id.error());
        if (seen.contains(*id))
            return in.invalid(u"uid", QObject::tr("this expert is listed twice"));
        seen.insert(*id);
        e.uid = *id;
        auto names = perLocale<ExpertName>(
            in, QStringLiteral("names"), m_known.locales,
            {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("country")},
            [](const JsonReader &r, ExpertName &n) -> Result<> {
                auto name = r.string(QStringLiteral("name"), Limits::shortText);
                auto role = r.string(QStringLiteral("role"), Limits::shortText, false);
                auto country = r.string(QStringLiteral("country"), Limits::shortText, false);
                for (const Error *err :
                     {name ? nullptr : &name.error(), role ? nullptr : &role.error(),
                      country ? nullptr : &country.error()}) {
                    if (err)
                        return std::unexpected(*err);
                }
                n = {*name, *role, *country};
                return {};
            });
        if (!names)
            return std::unexpected(names.error());
        if (names->isEmpty())
            return in.invalid(u"names",
                              QObject::tr("an expert needs a name in at least one locale"));
        e.names = *names;
        m_known.experts.insert(e.uid);
        m_doc.experts.append(e);
    }
    return {};
}

Result<> Parser::quotes(const QJsonArray &list)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return invalidAt(QStringLiteral("quotes[%1]").arg(i),
                             QObject::tr("expected an object"));
        const QJsonObject o = list.at(i).toObject();
        const JsonReader in(o, itemPath("quotes", i, o, "uid"));
        if (auto keys = in.onlyKeys({QStringLiteral("uid"), QStringLiteral("expert"),
                                     QStringLiteral("spoken_locale"), QStringLiteral("approved"),
                                     QStringLiteral("texts"), QStringLiteral("context"),
                                     QStringLiteral("sources")});
            !keys) {
            return std::unexpected(keys.error());
        }
        Quote q;
        auto id = uid(in);
        if (!id)
            return std::unexpected(id.error());
        if (seen.contains(*id))
            return in.invalid(u"uid", QObject::tr("this quote is listed twice"));
        seen.insert(*id);
        q.uid = *id;
        auto expert = uid(in, QStringLiteral("expert"));
        if (!expert)
            return std::unexpected(expert.error());
        if (!m_known.experts.contains(*expert)) {
            return in.invalid(u"expert",
                              QObject::tr("no expert with uid \"%1\" in the file or "
                                          "the store")
                                  .arg(*expert));
        }
        q.expertUid = *expert;
        auto spoken = in.string(QStringLiteral("spoken_locale"), 35);
        if (!spoken)
            return std::unexpected(spoken.error());
        if (auto known = locale(in, u"spoken_locale", *spoken); !known)
            return known;
        q.spokenLocale = *spoken;
        auto approved = in.boolean(QStringLiteral("approved"), false);
        if (!approved)
            return std::unexpected(approved.error());
        q.approved = *approved;
        auto texts = perLocaleText(in, QStringLiteral("texts"), m_known.locales, Limits::longText);
        if (!texts)
            return std::unexpected(texts.error());
        if (!texts->contains(q.spokenLocale)) {
            return in.invalid(u"texts",
                              QObject::tr("the quote has no text in the language it "
                                          "was said in (%1)")
                                  .arg(q.spokenLocale));
        }
        q.texts = *texts;
        auto contexts
            = perLocaleText(in, QStringLiteral("context"), m_known.locales, Limits::mediumText);
        if (!contexts)
            return std::unexpected(contexts.error());
        q.contexts = *contexts;
        auto sources
            = perLocaleText(in, QStringLiteral("sources"), m_known.locales, Limits::longText);
        if (!sources)
            return std::unexpected(sources.error());
        q.sources = *sources;
        m_known.quotes.insert(q.uid);
        m_doc.quotes.append(q);
    }
    return {};
}

Result<> Parser::checkBlocks(const JsonReader &in, const QList<Translation> &translations) const
{
    for (const Translation &t : translations) {
        const QString path = in.pathOf(u"translations") + QLatin1Char('.') + t.locale;
        if (!m_known.locales.contains(t.locale)) {
            return invalidAt(
                path,
                QObject::tr("unknown locale \"%1\" (add it to \"locales\" first)").arg(t.locale));
        }
        if (!t.translator.isEmpty() && !m_known.users.contains(t.translator)) {
            return invalidAt(
                path + QStringLiteral(".translator"),
                QObject::tr("no user \"%1\" in the file or the store").arg(t.translator));
        }
        for (qsizetype i = 0; i < t.blocks.size(); ++i) {
            const Block &b = t.blocks.at(i);
            if (b.type == BlockType::Quote && !m_known.quotes.contains(b.quoteUid)) {
                return invalidAt(QStringLiteral("%1.blocks[%2].quote").arg(path).arg(i),
                                 QObject::tr("no quote with uid \"%1\" in the file or the store")
                                     .arg(b.quoteUid));
            }
        }
    }
    return {};
}

Result<> Parser::readComments(const JsonReader &in, Article &article) const
{
    auto comments = in.array(QStringLiteral("comments"));
    if (!comments)
        return std::unexpected(comments.error());
    QSet<int> numbers;
    for (qsizetype i = 0; i < comments->size(); ++i) {
        const QString path = in.pathOf(QStringLiteral("comments[%1]").arg(i));
        if (!comments->at(i).isObject())
            return invalidAt(path, QObject::tr("expected an object in { }"));
        const JsonReader cin(comments->at(i).toObject(), path);
        if (auto keys
            = cin.onlyKeys({QStringLiteral("number"), QStringLiteral("at"), QStringLiteral("user"),
                            QStringLiteral("locale"), QStringLiteral("text"),
                            QStringLiteral("resolved_at"), QStringLiteral("resolved_by")});
            !keys) {
            return std::unexpected(keys.error());
        }
        Comment c;
        auto number = cin.integer(QStringLiteral("number"), 1, 1000000000);
        auto at = time(cin, QStringLiteral("at"));
        auto who = cin.optionalString(QStringLiteral("user"), 64);
        auto where = cin.optionalString(QStringLiteral("locale"), 35);
        auto text = cin.string(QStringLiteral("text"), Limits::mediumText);
        auto resolvedAt = optionalTime(cin, QStringLiteral("resolved_at"));
        auto resolvedBy = cin.optionalString(QStringLiteral("resolved_by"), 64);
        for (const Error *err :
             {number ? nullptr : &number.error(), at ? nullptr : &at.error(),
              who ? nullptr : &who.error(), where ? nullptr : &where.error(),
              text ? nullptr : &text.error(), resolvedAt ? nullptr : &resolvedAt.error(),
              resolvedBy ? nullptr : &resolvedBy.error()}) {
            if (err)
                return std::unexpected(*err);
        }
        if (numbers.contains(int(*number)))
            return cin.invalid(u"number",
                               QObject::tr("two comments have the number %1").arg(*number));
        numbers.insert(int(*number));
        c.number = int(*number);
        c.at = *at;
        c.user = who->value_or(QString());
        c.locale = where->value_or(QString());
        c.text = *text;
        c.resolvedAt = *resolvedAt;
        c.resolvedBy = resolvedBy->value_or(QString());
        for (const auto &[field, name] :
             {std::pair {u"user", c.user}, std::pair {u"resolved_by", c.resolvedBy}}) {
            if (auto known = user(cin, QStringView(field), name); !known)
                return known;
        }
        if (!c.locale.isEmpty()) {
            if (auto known = locale(cin, u"locale", c.locale); !known)
                return known;
        }
        article.comments.append(c);
    }
    return {};
}

Result<> Parser::articles(const QJsonArray &list)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return invalidAt(QStringLiteral("articles[%1]").arg(i),
                             QObject::tr("expected an object"));
        const QJsonObject o = list.at(i).toObject();
        const JsonReader in(o, itemPath("articles", i, o, "uid"));
        if (auto keys = in.onlyKeys({QStringLiteral("uid"), QStringLiteral("section"),
                                     QStringLiteral("source_locale"), QStringLiteral("status"),
                                     QStringLiteral("authors"), QStringLiteral("editor"),
                                     QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                     QStringLiteral("scheduled_at"), QStringLiteral("published_at"),
                                     QStringLiteral("version"), QStringLiteral("view_count"),
                                     QStringLiteral("published_late_seconds"),
                                     QStringLiteral("translations"), QStringLiteral("revisions"),
                                     QStringLiteral("history"), QStringLiteral("comments")});
            !keys) {
            return std::unexpected(keys.error());
        }
        Article a;
        auto id = uid(in);
        if (!id)
            return std::unexpected(id.error());
        if (seen.contains(*id))
            return in.invalid(u"uid", QObject::tr("this article is listed twice"));
        seen.insert(*id);
        a.uid = *id;
        auto section = uid(in, QStringLiteral("section"));
        if (!section)
            return std::unexpected(section.error());
        if (!m_known.sections.contains(*section)) {
            return in.invalid(u"section",
                              QObject::tr("no section with uid \"%1\" in the file or "
                                          "the store")
                                  .arg(*section));
        }
        a.sectionUid = *section;
        auto source = in.string(QStringLiteral("source_locale"), 35);
        if (!source)
            return std::unexpected(source.error());
        if (auto known = locale(in, u"source_locale", *source); !known)
            return known;
        a.sourceLocale = *source;
        auto status = in.string(QStringLiteral("status"), 32);
        if (!status)
            return std::unexpected(status.error());
        const auto state = workflowStateFromName(*status);
        if (!state) {
            return in.invalid(u"status",
                              QObject::tr("unknown status \"%1\" (expected draft, "
                                          "submitted, approved, scheduled, published "
                                          "or spiked)")
                                  .arg(*status));
        }
        a.state = *state;
        auto authors = in.stringList(QStringLiteral("authors"), Limits::authorsPerArticle, 64);
        if (!authors)
            return std::unexpected(authors.error());
        for (const QString &name : *authors) {
            if (auto known = user(in, u"authors", name); !known)
                return known;
        }
        if (QSet<QString>(authors->cbegin(), authors->cend()).size() != authors->size())
            return in.invalid(u"authors", QObject::tr("an author is listed twice"));
        a.authors = *authors;
        auto editor = in.optionalString(QStringLiteral("editor"), 64);
        if (!editor)
            return std::unexpected(editor.error());
        a.editor = editor->value_or(QString());
        if (auto known = user(in, u"editor", a.editor); !known)
            return known;
        auto created = time(in, QStringLiteral("created_at"));
        auto updated = time(in, QStringLiteral("updated_at"));
        auto scheduled = optionalTime(in, QStringLiteral("scheduled_at"));
        auto published = optionalTime(in, QStringLiteral("published_at"));
        auto version = in.integer(QStringLiteral("version"), 1, 1000000000, 1);
        auto views = in.optionalInteger(QStringLiteral("view_count"), 0, 1LL << 53);
        auto late = in.optionalInteger(QStringLiteral("published_late_seconds"), 0, 1LL << 40);
        if (!late)
            return std::unexpected(late.error());
        a.publishedLateSeconds = *late;
        for (const Error *e :
             {created ? nullptr : &created.error(), updated ? nullptr : &updated.error(),
              scheduled ? nullptr : &scheduled.error(), published ? nullptr : &published.error(),
              version ? nullptr : &version.error(), views ? nullptr : &views.error()}) {
            if (e)
                return std::unexpected(*e);
        }
        a.createdAt = *created;
        a.updatedAt = *updated;
        a.scheduledAt = *scheduled;
        a.publishedAt = *published;
        a.version = int(*version);
        a.viewCount = *views;

        auto translationsObject = in.object(QStringLiteral("translations"), true);
        if (!translationsObject)
            return std::unexpected(translationsObject.error());
        auto translations = ArticleCodec::readTranslations(
            *translationsObject, in.pathOf(u"translations"), m_localeOrder);
        if (!translations)
            return std::unexpected(translations.error());
        if (auto checked = checkBlocks(in, *translations); !checked)
            return checked;
        a.translations = *translations;
        if (!a.translation(a.sourceLocale)) {
            return in.invalid(u"translations",
                              QObject::tr("there is no text in the source "
                                          "locale \"%1\"")
                                  .arg(a.sourceLocale));
        }

        auto revisions = in.array(QStringLiteral("revisions"));
        if (!revisions)
            return std::unexpected(revisions.error());
        for (qsizetype r = 0; r < revisions->size(); ++r) {
            const QString path = in.pathOf(QStringLiteral("revisions[%1]").arg(r));
            if (!revisions->at(r).isObject())
                return invalidAt(path, QObject::tr("expected an object in { }"));
            const JsonReader rin(revisions->at(r).toObject(), path);
            if (auto keys = rin.onlyKeys({QStringLiteral("number"), QStringLiteral("created_at"),
                                          QStringLiteral("user"), QStringLiteral("kind"),
                                          QStringLiteral("version"), QStringLiteral("snapshot")});
                !keys) {
                return std::unexpected(keys.error());
            }
            Revision rev;
            auto number = rin.integer(QStringLiteral("number"), 1, 1000000000);
            auto at = time(rin, QStringLiteral("created_at"));
            auto who = rin.optionalString(QStringLiteral("user"), 64);
            auto kind = rin.string(QStringLiteral("kind"), 32);
            auto ver = rin.integer(QStringLiteral("version"), 0, 1000000000);
            auto snap = rin.object(QStringLiteral("snapshot"), true);
            for (const Error *e : {number ? nullptr : &number.error(), at ? nullptr : &at.error(),
                                   who ? nullptr : &who.error(), kind ? nullptr : &kind.error(),
                                   ver ? nullptr : &ver.error(), snap ? nullptr : &snap.error()}) {
                if (e)
                    return std::unexpected(*e);
            }
            const auto k = revisionKindFromName(*kind);
            if (!k) {
                return rin.invalid(u"kind",
                                   QObject::tr("unknown revision kind \"%1\" (expected "
                                               "save, conflict, restore or import)")
                                       .arg(*kind));
            }
            if (r > 0 && *number <= a.revisions.last().number)
                return rin.invalid(u"number", QObject::tr("revisions must be numbered in order"));
            rev.number = int(*number);
            rev.createdAt = *at;
            rev.user = who->value_or(QString());
            if (auto known = user(rin, u"user", rev.user); !known)
                return known;
            rev.kind = *k;
            rev.version = int(*ver);
            auto snapshot
                = ArticleCodec::readTranslations(*snap, rin.pathOf(u"snapshot"), m_localeOrder);
            if (!snapshot)
                return std::unexpected(snapshot.error());
            if (auto checked = checkBlocks(rin, *snapshot); !checked)
                return checked;
            rev.snapshot = *snapshot;
            a.revisions.append(rev);
        }

        auto history = in.array(QStringLiteral("history"));
        if (!history)
            return std::unexpected(history.error());
        for (qsizetype h = 0; h < history->size(); ++h) {
            const QString path = in.pathOf(QStringLiteral("history[%1]").arg(h));
            if (!history->at(h).isObject())
                return invalidAt(path, QObject::tr("expected an object in { }"));
            const JsonReader hin(history->at(h).toObject(), path);
            if (auto keys = hin.onlyKeys({QStringLiteral("at"), QStringLiteral("user"),
                                          QStringLiteral("action"), QStringLiteral("from"),
                                          QStringLiteral("to"), QStringLiteral("locale"),
                                          QStringLiteral("comment")});
                !keys) {
                return std::unexpected(keys.error());
            }
            AuditEntry e;
            auto at = time(hin, QStringLiteral("at"));
            auto who = hin.optionalString(QStringLiteral("user"), 64);
            auto action = hin.string(QStringLiteral("action"), 64);
            auto from = hin.string(QStringLiteral("from"), 64);
            auto to = hin.string(QStringLiteral("to"), 64);
            auto where = hin.optionalString(QStringLiteral("locale"), 35);
            auto comment = hin.string(QStringLiteral("comment"), Limits::mediumText, false);
            for (const Error *err :
                 {at ? nullptr : &at.error(), who ? nullptr : &who.error(),
                  action ? nullptr : &action.error(), from ? nullptr : &from.error(),
                  to ? nullptr : &to.error(), where ? nullptr : &where.error(),
                  comment ? nullptr : &comment.error()}) {
                if (err)
                    return std::unexpected(*err);
            }
            e.at = *at;
            e.user = who->value_or(QString());
            if (auto known = user(hin, u"user", e.user); !known)
                return known;
            e.action = *action;
            e.from = *from;
            e.to = *to;
            e.locale = where->value_or(QString());
            if (!e.locale.isEmpty()) {
                if (auto known = locale(hin, u"locale", e.locale); !known)
                    return known;
            }
            e.comment = *comment;
            a.history.append(e);
        }
        if (auto comments = readComments(in, a); !comments)
            return comments;
        m_doc.articles.append(std::move(a));
    }
    return {};
}

} // namespace

Result<Document> Importer::parse(const QByteArray &json, const Known &known)
{
    if (json.size() > Limits::documentBytes) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The file is too large (%1 MiB; at most %2 MiB).")
                        .arg(json.size() / (1024 * 1024))
                        .arg(Limits::documentBytes / (1024 * 1024)));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The file is not valid JSON: %1 at line %2, column %3. Nothing "
                                "was imported.")
                        .arg(error.errorString())
                        .arg(line)
                        .arg(column));
    }
    if (!doc.isObject()) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The file is JSON but not a Byline document (expected an object "
                                "with \"format\": \"byline/1\")."));
    }
    return Parser(known).run(doc.object());
}

Result<Article> Importer::parseArticle(const QByteArray &json, const Known &known)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The article is not valid JSON (%1). Start from what "
                                "\"byline-cli show UID --json\" prints.")
                        .arg(error.errorString()));
    }
    QJsonObject wrapper;
    wrapper.insert(QStringLiteral("format"), QStringLiteral("byline/1"));
    wrapper.insert(QStringLiteral("articles"), QJsonArray {doc.object()});
    auto parsed = Parser(known).run(wrapper);
    if (!parsed)
        return std::unexpected(parsed.error());
    return parsed->articles.first();
}

Result<Importer::Known> Importer::known() const
{
    Known k;
    struct Keys
    {
        QSet<QString> *set;
        const char *table;
        const char *column;
    };
    const Keys tables[] = {
        {&k.locales, "locales", "code"}, {&k.sections, "sections", "uid"},
        {&k.users, "users", "name"},     {&k.experts, "experts", "uid"},
        {&k.quotes, "quotes", "uid"},
    };
    for (const auto &[set, table, column] : tables) {
        auto found = Storage::allKeys(m_db, table, column);
        if (!found)
            return std::unexpected(found.error());
        *set = *found;
    }
    return k;
}

Result<Importer::Report> Importer::write(const Document &doc)
{
    auto tx = Storage::Transaction::begin(m_db, QObject::tr("importing"));
    if (!tx)
        return std::unexpected(tx.error());
    Report report;
    Storage::LocaleRepository locales(m_db);
    for (const Locale &l : doc.locales) {
        if (auto done = locales.upsert(l); !done)
            return std::unexpected(done.error());
        ++report.locales;
    }
    Storage::SettingsRepository settings(m_db);
    for (auto it = doc.settings.cbegin(); it != doc.settings.cend(); ++it) {
        if (auto done = settings.setSetting(it.key(), it.value()); !done)
            return std::unexpected(done.error());
    }
    for (auto it = doc.siteStrings.cbegin(); it != doc.siteStrings.cend(); ++it) {
        for (auto s = it->cbegin(); s != it->cend(); ++s) {
            if (auto done = settings.setSiteString(it.key(), s.key(), s.value()); !done)
                return std::unexpected(done.error());
        }
    }
    Storage::SectionRepository sections(m_db);
    for (const Section &s : doc.sections) {
        if (auto done = sections.upsert(s); !done)
            return std::unexpected(done.error());
        ++report.sections;
    }
    Storage::UserRepository users(m_db);
    for (const User &u : doc.users) {
        if (auto done = users.upsert(u); !done)
            return std::unexpected(done.error());
        ++report.users;
    }
    Storage::ExpertRepository experts(m_db);
    for (const Expert &e : doc.experts) {
        if (auto done = experts.upsert(e); !done)
            return std::unexpected(done.error());
        ++report.experts;
    }
    Storage::QuoteRepository quotes(m_db);
    for (Quote q : doc.quotes) {
        Segments::stampQuote(nullptr, q, true); // the file's records win; fill only the gaps
        if (auto done = quotes.upsert(q); !done)
            return std::unexpected(done.error());
        ++report.quotes;
    }
    Storage::ArticleRepository articles(m_db);
    articles.beginBulk();
    const int total = int(doc.articles.size());
    int position = 0;
    for (Article a : doc.articles) {
        if (m_progress.cancelled())
            return cancelled();
        if (position % progressStep == 0)
            m_progress.report(position, total);
        ++position;
        Segments::stamp(nullptr, a, true);
        auto stored = articles.find(a.uid, Storage::ArticleRepository::Load::WithHistory);
        if (!stored)
            return std::unexpected(stored.error());
        if (!*stored) {
            if (auto done = articles.replace(a); !done)
                return std::unexpected(done.error());
            ++report.articles;
            continue;
        }
        // Never back in time, never a lost revision, transition or comment.
        const MergeResult merged = mergeImported(**stored, a);
        if (merged.changed) {
            if (auto done = articles.replace(merged.article); !done)
                return std::unexpected(done.error());
        }
        switch (merged.outcome) {
        case MergeOutcome::Unchanged:
            ++report.articlesUnchanged;
            break;
        case MergeOutcome::Updated:
            ++report.articlesUpdated;
            break;
        case MergeOutcome::KeptNewer:
            ++report.articlesKept;
            report.conflicts.append(a.uid);
            break;
        case MergeOutcome::Conflict:
            ++report.articlesConflicting;
            report.conflicts.append(a.uid);
            break;
        }
    }
    if (auto flushed = articles.endBulk(); !flushed)
        return std::unexpected(flushed.error());
    if (m_progress.cancelled())
        return cancelled();
    m_progress.report(total, total);
    if (auto committed = tx->commit(); !committed)
        return std::unexpected(committed.error());
    return report;
}

Result<Importer::Report> Importer::importJson(const QByteArray &json)
{
    auto k = known();
    if (!k)
        return std::unexpected(k.error());
    auto doc = parse(json, *k);
    if (!doc)
        return std::unexpected(doc.error());
    if (m_progress.cancelled())
        return cancelled();
    return write(*doc);
}

Result<Importer::Report> Importer::importFile(const QString &path)
{
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return fail(ErrorCode::Io, QObject::tr("Cannot read standard input."));
    } else {
        if (path.isEmpty())
            return fail(ErrorCode::InvalidInput, QObject::tr("No file was named to import."));
        if (!QFileInfo::exists(path)) {
            return fail(ErrorCode::NotFound,
                        QObject::tr("There is no file %1 to import.").arg(path));
        }
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(ErrorCode::Io,
                        QObject::tr("Cannot read %1: %2.").arg(path, file.errorString()));
        }
        if (file.size() > Limits::documentBytes) {
            return fail(ErrorCode::InvalidInput,
                        QObject::tr("%1 is too large to import (%2 MiB; at most %3 MiB).")
                            .arg(path)
                            .arg(file.size() / (1024 * 1024))
                            .arg(Limits::documentBytes / (1024 * 1024)));
        }
    }
    // Read to the end: a pipe delivers the document in pieces.
    QByteArray json;
    while (json.size() <= Limits::documentBytes) {
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty())
            break; // end of file (a read blocks until there is data or the end)
        json += chunk;
    }
    if (json.isEmpty()) {
        return fail(
            ErrorCode::InvalidInput,
            path == QLatin1String("-")
                ? QObject::tr("Nothing was received on standard input; nothing was imported.")
                : QObject::tr("%1 is empty; nothing was imported.").arg(path));
    }
    return importJson(json);
}

} // namespace Byline::Interchange
