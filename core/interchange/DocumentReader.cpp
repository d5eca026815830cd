#include "core/interchange/DocumentReader.h"

#include "core/interchange/ArticleReader.h"
#include "core/interchange/JsonReader.h"
#include "core/interchange/Limits.h"
#include "core/services/SettingsService.h"
#include "core/site/SiteIcon.h"

#include <QJsonArray>
#include <QObject>
#include <QRegularExpression>

#include <algorithm>

namespace Byline::Interchange {
namespace {

using Kind = ReadContext::Kind;

// A setting or a site string: a text, its key and its value within the limits.
Result<> checkText(const QString &path, const QString &key, const QJsonValue &value)
{
    if (!value.isString())
        return invalidAt(path, QObject::tr("expected a text in quotes"));
    if (key.size() > Limits::shortText || value.toString().size() > Limits::mediumText)
        return invalidAt(path, QObject::tr("too long"));
    return {};
}

Result<> readSectionText(const JsonReader &in, SectionText &text)
{
    auto name = in.string(QStringLiteral("name"), Limits::shortText);
    auto description = in.string(QStringLiteral("description"), Limits::mediumText, false);
    if (auto error = firstError(name, description))
        return std::unexpected(*error);
    text = {*name, *description};
    return {};
}

Result<> readExpertName(const JsonReader &in, ExpertName &expertName)
{
    auto name = in.string(QStringLiteral("name"), Limits::shortText);
    auto role = in.string(QStringLiteral("role"), Limits::shortText, false);
    auto country = in.string(QStringLiteral("country"), Limits::shortText, false);
    if (auto error = firstError(name, role, country))
        return std::unexpected(*error);
    expertName = {*name, *role, *country};
    return {};
}

} // namespace

DocumentReader::DocumentReader(const Importer::Known &store)
    : m_context(store)
{
}

template<class ReadValue>
Result<> DocumentReader::eachLocale(const JsonReader &in, const QString &field,
                                    ReadValue readValue) const
{
    auto object = in.object(field);
    if (!object)
        return std::unexpected(object.error());
    for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
        const QString path = in.pathOf(field) + QLatin1Char('.') + it.key();
        if (auto known = m_context.reference(Kind::Locale, it.key(), path); !known)
            return known;
        if (auto done = readValue(it.key(), it.value(), path); !done)
            return done;
    }
    return {};
}

template<class T, class ReadFields>
Result<QMap<QString, T>> DocumentReader::perLocale(const JsonReader &in, const QString &field,
                                                   const QStringList &keys,
                                                   ReadFields readFields) const
{
    QMap<QString, T> result;
    auto done = eachLocale(
        in, field,
        [&](const QString &locale, const QJsonValue &value, const QString &path) -> Result<> {
            if (!value.isObject())
                return invalidAt(path, QObject::tr("expected an object in { }"));
            const JsonReader inner(value.toObject(), path);
            if (auto only = inner.onlyKeys(keys); !only)
                return only;
            T item;
            if (auto read = readFields(inner, item); !read)
                return read;
            result.insert(locale, item);
            return {};
        });
    if (!done)
        return std::unexpected(done.error());
    return result;
}

Result<QMap<QString, QString>>
DocumentReader::perLocaleText(const JsonReader &in, const QString &field, qsizetype maxLength) const
{
    QMap<QString, QString> result;
    auto done = eachLocale(
        in, field,
        [&](const QString &locale, const QJsonValue &value, const QString &path) -> Result<> {
            if (!value.isString())
                return invalidAt(path, QObject::tr("expected a text in quotes"));
            if (value.toString().size() > maxLength) {
                return invalidAt(path,
                                 QObject::tr("too long (at most %1 characters)").arg(maxLength));
            }
            result.insert(locale, value.toString());
            return {};
        });
    if (!done)
        return std::unexpected(done.error());
    return result;
}

const QStringList &DocumentReader::topLevelKeys()
{
    static const QStringList keys
        = {QStringLiteral("format"),       QStringLiteral("locales"),  QStringLiteral("settings"),
           QStringLiteral("site_strings"), QStringLiteral("sections"), QStringLiteral("users"),
           QStringLiteral("experts"),      QStringLiteral("quotes"),   QStringLiteral("articles")};
    return keys;
}

// The top-level lists other than the articles: how their items are named and read.
const DocumentReader::List *DocumentReader::list(QStringView name)
{
    static const List lists[] = {
        {"locales", "code", &DocumentReader::readLocale},
        {"sections", "uid", &DocumentReader::readSection},
        {"users", "name", &DocumentReader::readUser},
        {"experts", "uid", &DocumentReader::readExpert},
        {"quotes", "uid", &DocumentReader::readQuote},
    };
    for (const List &l : lists) {
        if (name == QLatin1StringView(l.name))
            return &l;
    }
    return nullptr;
}

Result<> DocumentReader::readMember(const QString &key, const QJsonValue &value)
{
    const QJsonObject root = value.isUndefined() ? QJsonObject() : QJsonObject {{key, value}};
    const JsonReader in(root, QString());
    if (auto known = in.onlyKeys(topLevelKeys()); !known)
        return known;
    if (key == QLatin1String("format"))
        return readFormat(in);
    if (key == QLatin1String("settings"))
        return readSettings(in);
    if (key == QLatin1String("site_strings"))
        return readSiteStrings(in);
    const List *items = list(key);
    if (!items) // the articles are read one at a time
        return {};
    if (auto done = readList(in, items->name, items->keyName, items->readItem); !done)
        return done;
    endList(key);
    return {};
}

Result<> DocumentReader::readListItem(const QString &name, const QJsonValue &item, qsizetype index)
{
    const List *items = list(name);
    if (!items)
        return {};
    const QLatin1StringView listName(items->name);
    if (index >= Limits::listItems)
        return invalidAt(name, QObject::tr("too many items"));
    if (!item.isObject()) {
        return invalidAt(QStringLiteral("%1[%2]").arg(listName).arg(index),
                         QObject::tr("expected an object"));
    }
    return (this->*items->readItem)(
        JsonReader::listItem(item.toObject(), listName, index, QLatin1StringView(items->keyName)));
}

void DocumentReader::endList(const QString &name)
{
    if (name == QLatin1String("locales"))
        sortLocales();
}

Result<Article> DocumentReader::readArticle(const QJsonValue &item, qsizetype index)
{
    const QLatin1StringView list("articles");
    if (index >= Limits::listItems)
        return invalidAt(list, QObject::tr("too many items"));
    if (!item.isObject())
        return invalidAt(QStringLiteral("%1[%2]").arg(list).arg(index),
                         QObject::tr("expected an object"));
    return ArticleReader(m_context).read(
        JsonReader::listItem(item.toObject(), list, index, QLatin1StringView("uid")));
}

Result<> DocumentReader::readFormat(const JsonReader &root) const
{
    auto format = root.string(QStringLiteral("format"), 64);
    if (!format)
        return std::unexpected(format.error());
    if (*format != QLatin1String("byline/1")) {
        return root.invalid(u"format",
                            QObject::tr("\"%1\" is not a format this Byline reads "
                                        "(it reads byline/1)")
                                .arg(*format));
    }
    return {};
}

// Reads the top-level list `name`, one object at a time; `keyName` names an item in messages.
Result<> DocumentReader::readList(const JsonReader &root, const char *name, const char *keyName,
                                  ReadItem readItem)
{
    const QLatin1StringView list(name);
    auto items = root.array(list);
    if (!items)
        return std::unexpected(items.error());
    if (items->size() > Limits::listItems)
        return root.invalid(QString(list), QObject::tr("too many items"));
    for (qsizetype i = 0; i < items->size(); ++i) {
        if (!items->at(i).isObject()) {
            return invalidAt(QStringLiteral("%1[%2]").arg(list).arg(i),
                             QObject::tr("expected an object"));
        }
        const JsonReader in
            = JsonReader::listItem(items->at(i).toObject(), list, i, QLatin1StringView(keyName));
        if (auto done = (this->*readItem)(in); !done)
            return done;
    }
    return {};
}

Result<> DocumentReader::readLocale(const JsonReader &in)
{
    static const QRegularExpression codePattern(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    if (auto keys = in.onlyKeys({QStringLiteral("code"), QStringLiteral("label"),
                                 QStringLiteral("name"), QStringLiteral("position")});
        !keys) {
        return keys;
    }
    auto code = in.string(QStringLiteral("code"), 35);
    auto label = in.string(QStringLiteral("label"), Limits::shortText);
    auto name = in.string(QStringLiteral("name"), Limits::shortText);
    auto position = in.integer(QStringLiteral("position"), 0, 1000000, 0);
    if (auto error = firstError(code, label, name, position))
        return std::unexpected(*error);
    if (!codePattern.match(*code).hasMatch()) {
        return in.invalid(u"code",
                          QObject::tr("\"%1\" is not a BCP 47 language tag such as "
                                      "ru, en or hy")
                              .arg(*code));
    }
    if (auto once = m_context.listed(Kind::Locale, *code, in.pathOf(u"code")); !once)
        return once;
    m_doc.locales.append(
        {.code = *code, .label = *label, .name = *name, .position = int(*position)});
    return {};
}

// Into the order of their positions (ties by code), which the articles' translations follow.
void DocumentReader::sortLocales()
{
    std::stable_sort(
        m_doc.locales.begin(), m_doc.locales.end(), [](const Locale &a, const Locale &b) {
            return a.position != b.position ? a.position < b.position : a.code < b.code;
        });
    QStringList order;
    for (const Locale &l : std::as_const(m_doc.locales))
        order.append(l.code);
    m_context.setLocaleOrder(order);
}

Result<> DocumentReader::readSettings(const JsonReader &root)
{
    auto settings = root.object(QStringLiteral("settings"));
    if (!settings)
        return std::unexpected(settings.error());
    for (auto it = settings->constBegin(); it != settings->constEnd(); ++it) {
        const QString path = QStringLiteral("settings.") + JsonReader::shownKey(it.key());
        // The site icon's files are held to the icon's own limits (SiteIcon), not a text's.
        const bool icon = it.key() == SiteIcon::pngKey || it.key() == SiteIcon::svgKey;
        if (icon && !it.value().isString())
            return invalidAt(path, QObject::tr("expected a text in quotes"));
        if (auto text = checkText(path, it.key(), it.value()); !text && !icon)
            return text;
        // The same checks as the settings dialog: a file cannot set a javascript: address.
        if (auto valid = SettingsService::checkSetting(it.key(), it.value().toString()); !valid)
            return invalidAt(path, valid.error().message);
        m_doc.settings.insert(it.key(), it.value().toString());
    }
    return {};
}

Result<> DocumentReader::readSiteStrings(const JsonReader &root)
{
    auto object = root.object(QStringLiteral("site_strings"));
    if (!object)
        return std::unexpected(object.error());
    const JsonReader strings(*object, QStringLiteral("site_strings"));
    for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
        // Named as JsonReader::invalid names a field: an empty key is the object itself.
        const QString path = it.key().isEmpty() ? strings.path() : strings.pathOf(it.key());
        if (auto known = m_context.reference(Kind::Locale, it.key(), path); !known)
            return known;
        if (!it.value().isObject())
            return invalidAt(path, QObject::tr("expected an object of texts"));
        const QJsonObject table = it.value().toObject();
        for (auto s = table.constBegin(); s != table.constEnd(); ++s) {
            const QString where
                = QStringLiteral("site_strings.%1.%2")
                      .arg(JsonReader::shownKey(it.key()), JsonReader::shownKey(s.key()));
            if (auto text = checkText(where, s.key(), s.value()); !text)
                return text;
            m_doc.siteStrings[it.key()].insert(s.key(), s.value().toString());
        }
    }
    return {};
}

Result<> DocumentReader::readSection(const JsonReader &in)
{
    static const QRegularExpression slugPattern(QStringLiteral("^[a-z0-9-]{1,200}$"));
    if (auto keys = in.onlyKeys({QStringLiteral("uid"), QStringLiteral("slug"),
                                 QStringLiteral("position"), QStringLiteral("names")});
        !keys) {
        return keys;
    }
    Section s;
    auto id = m_context.listedUid(in, Kind::Section);
    if (!id)
        return std::unexpected(id.error());
    s.uid = *id;
    auto slug = in.string(QStringLiteral("slug"), 200);
    if (!slug)
        return std::unexpected(slug.error());
    if (!slugPattern.match(*slug).hasMatch())
        return in.invalid(u"slug", QObject::tr("a slug is lower-case Latin letters, digits and -"));
    s.slug = *slug;
    auto position = in.integer(QStringLiteral("position"), 0, 1000000, 0);
    if (!position)
        return std::unexpected(position.error());
    s.position = int(*position);
    auto names = perLocale<SectionText>(in, QStringLiteral("names"),
                                        {QStringLiteral("name"), QStringLiteral("description")},
                                        readSectionText);
    if (!names)
        return std::unexpected(names.error());
    s.texts = *names;
    m_doc.sections.append(s);
    return {};
}

Result<> DocumentReader::readUser(const JsonReader &in)
{
    static const QRegularExpression namePattern(QStringLiteral("^[a-z0-9._-]{1,64}$"));
    if (auto keys = in.onlyKeys({QStringLiteral("name"), QStringLiteral("display_name"),
                                 QStringLiteral("names"), QStringLiteral("role"),
                                 QStringLiteral("locales"), QStringLiteral("active")});
        !keys) {
        return keys;
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
    if (auto once = m_context.listed(Kind::User, *name, in.pathOf(u"name")); !once)
        return once;
    u.name = *name;
    auto display = in.string(QStringLiteral("display_name"), Limits::shortText, false);
    if (!display)
        return std::unexpected(display.error());
    u.displayName = display->isEmpty() ? u.name : *display;
    auto names = perLocaleText(in, QStringLiteral("names"), Limits::shortText);
    if (!names)
        return std::unexpected(names.error());
    for (auto it = names->cbegin(); it != names->cend(); ++it) {
        if (it->trimmed().isEmpty()) {
            return invalidAt(in.pathOf(u"names") + QLatin1Char('.') + it.key(),
                             QObject::tr("a name cannot be empty (leave the locale out to show "
                                         "the display name there)"));
        }
    }
    u.names = *names;
    if (!in.has(QStringLiteral("names")))
        m_doc.usersWithoutNames.insert(u.name);
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
        if (auto known = m_context.reference(Kind::Locale, code, in.pathOf(u"locales")); !known)
            return known;
    }
    u.locales = *locales;
    u.locales.sort();
    u.locales.removeDuplicates();
    auto active = in.boolean(QStringLiteral("active"), true);
    if (!active)
        return std::unexpected(active.error());
    u.active = *active;
    m_doc.users.append(u);
    return {};
}

Result<> DocumentReader::readExpert(const JsonReader &in)
{
    if (auto keys = in.onlyKeys({QStringLiteral("uid"), QStringLiteral("names")}); !keys)
        return keys;
    auto id = m_context.listedUid(in, Kind::Expert);
    if (!id)
        return std::unexpected(id.error());
    auto names = perLocale<ExpertName>(
        in, QStringLiteral("names"),
        {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("country")},
        readExpertName);
    if (!names)
        return std::unexpected(names.error());
    if (names->isEmpty())
        return in.invalid(u"names", QObject::tr("an expert needs a name in at least one locale"));
    m_doc.experts.append({.uid = *id, .names = *names});
    return {};
}

Result<> DocumentReader::readQuote(const JsonReader &in)
{
    if (auto keys = in.onlyKeys({QStringLiteral("uid"), QStringLiteral("expert"),
                                 QStringLiteral("spoken_locale"), QStringLiteral("approved"),
                                 QStringLiteral("texts"), QStringLiteral("context"),
                                 QStringLiteral("sources")});
        !keys) {
        return keys;
    }
    Quote q;
    auto id = m_context.listedUid(in, Kind::Quote);
    if (!id)
        return std::unexpected(id.error());
    q.uid = *id;
    auto expert = m_context.readReference(in, QStringLiteral("expert"), Kind::Expert);
    if (!expert)
        return std::unexpected(expert.error());
    q.expertUid = *expert;
    auto spoken = m_context.readReference(in, QStringLiteral("spoken_locale"), Kind::Locale);
    if (!spoken)
        return std::unexpected(spoken.error());
    q.spokenLocale = *spoken;
    auto approved = in.boolean(QStringLiteral("approved"), false);
    if (!approved)
        return std::unexpected(approved.error());
    q.approved = *approved;
    if (auto words = readQuoteWords(in, q); !words)
        return words;
    m_doc.quotes.append(q);
    return {};
}

// A quote's words, where it was said and what each translation was made from, by locale.
Result<> DocumentReader::readQuoteWords(const JsonReader &in, Quote &q) const
{
    auto texts = perLocaleText(in, QStringLiteral("texts"), Limits::longText);
    if (!texts)
        return std::unexpected(texts.error());
    if (!texts->contains(q.spokenLocale)) {
        return in.invalid(u"texts",
                          QObject::tr("the quote has no text in the language it "
                                      "was said in (%1)")
                              .arg(q.spokenLocale));
    }
    q.texts = *texts;
    auto contexts = perLocaleText(in, QStringLiteral("context"), Limits::mediumText);
    if (!contexts)
        return std::unexpected(contexts.error());
    q.contexts = *contexts;
    auto sources = perLocaleText(in, QStringLiteral("sources"), Limits::longText);
    if (!sources)
        return std::unexpected(sources.error());
    q.sources = *sources;
    return {};
}

} // namespace Byline::Interchange
