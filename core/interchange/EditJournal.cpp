#include "core/interchange/EditJournal.h"

#include "core/Clock.h"
#include "core/Log.h"
#include "core/TimeFormat.h"
#include "core/interchange/ArticleCodec.h"
#include "core/interchange/JsonReader.h"
#include "core/interchange/JsonWriter.h"
#include "core/interchange/Limits.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <limits>

namespace Byline::Interchange {
namespace {

const auto formatName = QStringLiteral("byline-journal/1");
constexpr qint64 maxFileBytes = 64LL * 1024 * 1024; // far more than one article

bool sameText(const Translation &a, const Translation &b)
{
    return a.locale == b.locale && a.title == b.title && a.lead == b.lead
        && a.seoTitle == b.seoTitle && a.seoDescription == b.seoDescription && a.slug == b.slug
        && a.translator == b.translator && a.blocks == b.blocks;
}

Result<EditJournal::Entry> parse(const QByteArray &bytes, const QString &path)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The unsaved draft %1 is damaged and cannot be read.").arg(path),
                    error.errorString());
    }
    const JsonReader in(doc.object(), path);
    if (auto keys = in.onlyKeys(
            {QStringLiteral("format"), QStringLiteral("uid"), QStringLiteral("version"),
             QStringLiteral("user"), QStringLiteral("written_at"), QStringLiteral("section"),
             QStringLiteral("source_locale"), QStringLiteral("authors"), QStringLiteral("editor"),
             QStringLiteral("locales"), QStringLiteral("translations")});
        !keys) {
        return std::unexpected(keys.error());
    }
    auto format = in.string(QStringLiteral("format"), 64);
    if (!format)
        return std::unexpected(format.error());
    if (*format != formatName) {
        return in.invalid(u"format",
                          QObject::tr("\"%1\" is not a draft this version of Byline "
                                      "reads (expected %2)")
                              .arg(*format, formatName));
    }
    EditJournal::Entry entry;
    Article &a = entry.draft;
    struct Text
    {
        const char *name;
        QString *target;
        bool required;
    };
    const Text texts[] = {
        {"uid", &a.uid, true},
        {"user", &entry.user, false},
        {"section", &a.sectionUid, true},
        {"source_locale", &a.sourceLocale, true},
        {"editor", &a.editor, false},
    };
    for (const Text &t : texts) {
        auto value = in.string(QLatin1String(t.name), Limits::shortText, t.required);
        if (!value)
            return std::unexpected(value.error());
        *t.target = *value;
    }
    auto version = in.integer(QStringLiteral("version"), 1, std::numeric_limits<int>::max());
    if (!version)
        return std::unexpected(version.error());
    a.version = int(*version);
    auto written = in.string(QStringLiteral("written_at"), 64);
    if (!written)
        return std::unexpected(written.error());
    const auto at = parseUtc(*written);
    if (!at)
        return in.invalid(u"written_at", QObject::tr("\"%1\" is not a UTC time").arg(*written));
    entry.writtenAt = *at;
    auto authors
        = in.stringList(QStringLiteral("authors"), Limits::authorsPerArticle, Limits::shortText);
    if (!authors)
        return std::unexpected(authors.error());
    a.authors = *authors;
    auto locales = in.stringList(QStringLiteral("locales"), 1000, 64);
    if (!locales)
        return std::unexpected(locales.error());
    auto translationsObject = in.object(QStringLiteral("translations"), true);
    if (!translationsObject)
        return std::unexpected(translationsObject.error());
    auto translations
        = ArticleCodec::readTranslations(*translationsObject, in.pathOf(u"translations"), *locales);
    if (!translations)
        return std::unexpected(translations.error());
    a.translations = *translations;
    return entry;
}

} // namespace

EditJournal::EditJournal(QString folder)
    : m_folder(std::move(folder))
{
}

QString EditJournal::defaultFolder(const QString &storePath)
{
    const QString canonical = QDir::cleanPath(QFileInfo(storePath).absoluteFilePath());
    const QByteArray store
        = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/byline/journal/") + QString::fromLatin1(store);
}

Result<QString> EditJournal::fileOf(const QString &uid) const
{
    // The uid becomes a file name: nothing but the characters of a UUID.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!safe.match(uid).hasMatch()) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("\"%1\" is not an article uid a draft can be kept for.").arg(uid));
    }
    return QDir(m_folder).filePath(uid + QStringLiteral(".json"));
}

Result<> EditJournal::write(const Article &draft, const QString &user) const
{
    auto path = fileOf(draft.uid);
    if (!path)
        return std::unexpected(path.error());
    if (!QDir().mkpath(m_folder)) {
        return fail(ErrorCode::Io,
                    QObject::tr("Cannot create the folder %1 for unsaved drafts; "
                                "check its permissions and free space.")
                        .arg(m_folder));
    }
    JsonWriter out;
    out.beginObject();
    out.field(u"format", formatName);
    out.field(u"uid", draft.uid);
    out.field(u"version", draft.version);
    out.field(u"user", user);
    out.field(u"written_at", formatUtc(Clock::now()));
    out.field(u"section", draft.sectionUid);
    out.field(u"source_locale", draft.sourceLocale);
    out.key(u"authors");
    out.stringList(draft.authors);
    out.field(u"editor", draft.editor);
    QStringList locales;
    for (const Translation &t : draft.translations)
        locales.append(t.locale);
    out.key(u"locales");
    out.stringList(locales);
    out.key(u"translations");
    ArticleCodec::writeTranslations(out, draft.translations);
    out.endObject();
    const QByteArray bytes = out.finish();

    QSaveFile file(*path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(
            ErrorCode::Io,
            QObject::tr("Cannot write the unsaved draft %1 (%2).").arg(*path, file.errorString()));
    }
    return {};
}

Result<std::optional<EditJournal::Entry>> EditJournal::read(const QString &uid) const
{
    auto path = fileOf(uid);
    if (!path)
        return std::unexpected(path.error());
    QFile file(*path);
    if (!file.exists())
        return std::optional<Entry>();
    if (file.size() > maxFileBytes) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The unsaved draft %1 is too large to be a draft.").arg(*path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(
            ErrorCode::Io,
            QObject::tr("Cannot read the unsaved draft %1 (%2).").arg(*path, file.errorString()));
    }
    auto entry = parse(file.readAll(), *path);
    if (!entry)
        return std::unexpected(entry.error());
    if (entry->draft.uid != uid) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The unsaved draft %1 belongs to another article (%2).")
                        .arg(*path, entry->draft.uid));
    }
    return std::optional<Entry>(*entry);
}

Result<> EditJournal::remove(const QString &uid) const
{
    auto path = fileOf(uid);
    if (!path)
        return std::unexpected(path.error());
    QFile file(*path);
    if (file.exists() && !file.remove()) {
        return fail(
            ErrorCode::Io,
            QObject::tr("Cannot remove the unsaved draft %1 (%2).").arg(*path, file.errorString()));
    }
    return {};
}

Result<QList<EditJournal::Entry>> EditJournal::leftovers(QStringList *unreadable) const
{
    QList<Entry> entries;
    const QDir dir(m_folder);
    if (!dir.exists())
        return entries;
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        auto entry = read(QFileInfo(name).completeBaseName());
        if (!entry || !*entry) {
            if (!entry)
                qCWarning(lcInterchange) << entry.error().message << entry.error().detail;
            if (unreadable)
                unreadable->append(dir.filePath(name));
            continue;
        }
        entries.append(**entry);
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &x, const Entry &y) { return x.writtenAt > y.writtenAt; });
    return entries;
}

bool EditJournal::differs(const Article &draft, const Article &stored)
{
    if (draft.uid != stored.uid || draft.sectionUid != stored.sectionUid
        || draft.sourceLocale != stored.sourceLocale || draft.authors != stored.authors
        || draft.editor != stored.editor
        || draft.translations.size() != stored.translations.size()) {
        return true;
    }
    for (const Translation &t : draft.translations) {
        const Translation *other = stored.translation(t.locale);
        if (!other || !sameText(t, *other))
            return true;
    }
    return false;
}

} // namespace Byline::Interchange
