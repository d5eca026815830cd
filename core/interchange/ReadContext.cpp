#include "core/interchange/ReadContext.h"

#include "core/interchange/JsonReader.h"

#include <QObject>

namespace Byline::Interchange {
namespace {

using Kind = ReadContext::Kind;

QString missing(Kind kind, const QString &key)
{
    switch (kind) {
    case Kind::Locale:
        return QObject::tr("unknown locale \"%1\" (add it to \"locales\" first)").arg(key);
    case Kind::Section:
        return QObject::tr("no section with uid \"%1\" in the file or "
                           "the store")
            .arg(key);
    case Kind::User:
        return QObject::tr("no user \"%1\" in the file or the store").arg(key);
    case Kind::Expert:
        return QObject::tr("no expert with uid \"%1\" in the file or "
                           "the store")
            .arg(key);
    case Kind::Quote:
        return QObject::tr("no quote with uid \"%1\" in the file or the store").arg(key);
    case Kind::Article:
        break; // nothing refers to an article
    }
    Q_UNREACHABLE();
    return {};
}

QString listedTwice(Kind kind, const QString &key)
{
    switch (kind) {
    case Kind::Locale:
        return QObject::tr("the locale \"%1\" is listed twice").arg(key);
    case Kind::Section:
        return QObject::tr("this section is listed twice");
    case Kind::User:
        return QObject::tr("this user is listed twice");
    case Kind::Expert:
        return QObject::tr("this expert is listed twice");
    case Kind::Quote:
        return QObject::tr("this quote is listed twice");
    case Kind::Article:
        return QObject::tr("this article is listed twice");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace

ReadContext::ReadContext(const Importer::Known &store)
{
    m_stored[std::size_t(Kind::Locale)] = store.locales;
    m_stored[std::size_t(Kind::Section)] = store.sections;
    m_stored[std::size_t(Kind::User)] = store.users;
    m_stored[std::size_t(Kind::Expert)] = store.experts;
    m_stored[std::size_t(Kind::Quote)] = store.quotes;
}

Result<> ReadContext::reference(Kind kind, const QString &key, const QString &path) const
{
    const auto k = std::size_t(kind);
    if ((kind == Kind::User && key.isEmpty()) || m_listed[k].contains(key)
        || m_stored[k].contains(key)) {
        return {};
    }
    return invalidAt(path, missing(kind, key));
}

Result<> ReadContext::listed(Kind kind, const QString &key, const QString &path)
{
    QSet<QString> &seen = m_listed[std::size_t(kind)];
    if (seen.contains(key))
        return invalidAt(path, listedTwice(kind, key));
    seen.insert(key);
    return {};
}

Result<QString> ReadContext::listedUid(const JsonReader &in, Kind kind)
{
    auto id = in.uid();
    if (!id)
        return std::unexpected(id.error());
    if (auto once = listed(kind, *id, in.pathOf(u"uid")); !once)
        return std::unexpected(once.error());
    return *id;
}

Result<QString> ReadContext::readReference(const JsonReader &in, const QString &field,
                                           Kind kind) const
{
    auto key = kind == Kind::Locale ? in.string(field, 35) : in.uid(field);
    if (!key)
        return std::unexpected(key.error());
    if (auto known = reference(kind, *key, in.pathOf(field)); !known)
        return std::unexpected(known.error());
    return *key;
}

} // namespace Byline::Interchange
