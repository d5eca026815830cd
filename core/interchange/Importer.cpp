#include "core/interchange/Importer.h"

#include "core/interchange/ArticleMerge.h"
#include "core/interchange/ArticleReader.h"
#include "core/interchange/DocumentReader.h"
#include "core/interchange/ImportRights.h"
#include "core/interchange/JsonReader.h"
#include "core/interchange/JsonSyntax.h"
#include "core/interchange/Limits.h"
#include "core/interchange/ReadContext.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ExpertRepository.h"
#include "core/storage/Ids.h"
#include "core/storage/LocaleRepository.h"
#include "core/storage/NewsroomAuditRepository.h"
#include "core/storage/QuoteRepository.h"
#include "core/storage/SectionRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/UserRepository.h"
#include "core/translation/Segments.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

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

// The import as the newsroom's audit trail records it.
QString summary(const Importer::Report &r)
{
    return QObject::tr("%1 new, %2 updated, %3 unchanged and %4 kept articles; %5 quotes, %6 "
                       "experts, %7 users, %8 sections, %9 locales in the file")
        .arg(r.articles)
        .arg(r.articlesUpdated)
        .arg(r.articlesUnchanged)
        .arg(r.articlesKept + r.articlesConflicting)
        .arg(r.quotes)
        .arg(r.experts)
        .arg(r.users)
        .arg(r.sections)
        .arg(r.locales);
}

// The document with the store's names per locale for each person listed without any (the
// lists are shared, not copied: only the users are new).
Result<Document> withStoredNames(Storage::Database &db, const Document &doc)
{
    if (doc.usersWithoutNames.isEmpty())
        return doc;
    auto stored = Storage::UserRepository(db).all();
    if (!stored)
        return std::unexpected(stored.error());
    Document resolved = doc;
    for (User &u : resolved.users) {
        if (!doc.usersWithoutNames.contains(u.name))
            continue;
        for (const User &s : std::as_const(*stored)) {
            if (s.name == u.name)
                u.names = s.names;
        }
    }
    return resolved;
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
    if (auto strict = JsonSyntax::check(json); !strict)
        return std::unexpected(strict.error());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const JsonSyntax::Position at = JsonSyntax::positionOf(json, error.offset);
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The file is not valid JSON: %1 at line %2, column %3. Nothing "
                                "was imported.")
                        .arg(error.errorString())
                        .arg(at.line)
                        .arg(at.column));
    }
    if (!doc.isObject()) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The file is JSON but not a Byline document (expected an object "
                                "with \"format\": \"byline/1\")."));
    }
    return DocumentReader(known).read(doc.object());
}

Result<Article> Importer::parseArticle(const QByteArray &json, const Known &known)
{
    if (auto strict = JsonSyntax::check(json); !strict)
        return std::unexpected(strict.error());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The article is not valid JSON (%1). Start from what "
                                "\"byline-cli show UID --json\" prints.")
                        .arg(error.errorString()));
    }
    // Read as the first article of a document, so that messages name it the same way.
    ReadContext context(known);
    return ArticleReader(context).read(JsonReader::listItem(
        doc.object(), QLatin1StringView("articles"), 0, QLatin1StringView("uid")));
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

Result<Importer::Report> Importer::write(const Document &document)
{
    auto tx = Storage::Transaction::begin(m_db, QObject::tr("importing"));
    if (!tx)
        return std::unexpected(tx.error());
    // A person listed without "names" keeps theirs (docs/interchange.md, "users").
    auto resolved = withStoredNames(m_db, document);
    if (!resolved)
        return std::unexpected(resolved.error());
    const Document &doc = *resolved;
    // The rights are read under the write lock: nobody demotes the person in between.
    ImportRights rights(m_db, m_actor,
                        m_source.isEmpty() ? QObject::tr("a Byline document") : m_source,
                        m_shipped ? ImportRights::Acting::Program : ImportRights::Acting::Person);
    if (auto allowed = rights.checkNewsroom(doc); !allowed)
        return std::unexpected(allowed.error());
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
            if (auto allowed = rights.checkArticle(nullptr, a); !allowed)
                return std::unexpected(allowed.error());
            if (auto entry = rights.articleEntry(nullptr, a))
                a.history.append(*entry);
            if (auto done = articles.replace(a); !done)
                return std::unexpected(done.error());
            ++report.articles;
            continue;
        }
        // Never back in time, never a lost revision, transition or comment.
        MergeResult merged = mergeImported(**stored, a);
        if (merged.changed) {
            if (auto allowed = rights.checkArticle(&**stored, merged.article); !allowed)
                return std::unexpected(allowed.error());
            // The text or state the store shows changed: its history says who brought it.
            // (A kept or conflicting file only adds a revision beside the store's text.)
            if (merged.outcome == MergeOutcome::Updated) {
                if (auto entry = rights.articleEntry(&**stored, merged.article))
                    merged.article.history.append(*entry);
            }
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
    if (auto logged = Storage::NewsroomAuditRepository(m_db).append(rights.events(summary(report)));
        !logged) {
        return std::unexpected(logged.error());
    }
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
        if (m_source.isEmpty())
            m_source = QObject::tr("standard input");
    } else {
        if (path.isEmpty())
            return fail(ErrorCode::InvalidInput, QObject::tr("No file was named to import."));
        if (!QFileInfo::exists(path)) {
            return fail(ErrorCode::NotFound,
                        QObject::tr("There is no file %1 to import.").arg(path));
        }
        file.setFileName(path);
        if (m_source.isEmpty())
            m_source = QFileInfo(path).fileName();
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
    if (json.size() > Limits::documentBytes) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("%1 holds more than %2 MiB, more than one import takes; nothing "
                                "was imported. Import the articles in several smaller files.")
                        .arg(path == QLatin1String("-") ? QObject::tr("Standard input") : path)
                        .arg(Limits::documentBytes / (1024 * 1024)));
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
