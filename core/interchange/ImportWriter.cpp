#include "core/interchange/ImportWriter.h"

#include "core/interchange/ArticleMerge.h"
#include "core/storage/Database.h"
#include "core/storage/ExpertRepository.h"
#include "core/storage/LocaleRepository.h"
#include "core/storage/NewsroomAuditRepository.h"
#include "core/storage/QuoteRepository.h"
#include "core/storage/SectionRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/UserRepository.h"
#include "core/translation/Segments.h"

namespace Byline::Interchange {
namespace {

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

ImportWriter::ImportWriter(Storage::Database &db, QString actor, QString source,
                           ImportRights::Acting acting)
    : m_db(db)
    , m_rights(db, std::move(actor), std::move(source), acting)
    , m_articles(db)
{
}

Result<> ImportWriter::begin(const Document &document)
{
    auto tx = Storage::Transaction::begin(m_db, QObject::tr("importing"));
    if (!tx)
        return std::unexpected(tx.error());
    m_tx.emplace(std::move(*tx));
    // A person listed without "names" keeps theirs (docs/interchange.md, "users").
    auto resolved = withStoredNames(m_db, document);
    if (!resolved)
        return std::unexpected(resolved.error());
    // The rights are read under the write lock: nobody demotes the person in between.
    if (auto allowed = m_rights.checkNewsroom(*resolved); !allowed)
        return allowed;
    if (auto written = writeNewsroom(*resolved); !written)
        return written;
    m_articles.beginBulk();
    return {};
}

Result<> ImportWriter::writeNewsroom(const Document &doc)
{
    Storage::LocaleRepository locales(m_db);
    for (const Locale &l : doc.locales) {
        if (auto done = locales.upsert(l); !done)
            return done;
        ++m_report.locales;
    }
    Storage::SettingsRepository settings(m_db);
    for (auto it = doc.settings.cbegin(); it != doc.settings.cend(); ++it) {
        if (auto done = settings.setSetting(it.key(), it.value()); !done)
            return done;
    }
    for (auto it = doc.siteStrings.cbegin(); it != doc.siteStrings.cend(); ++it) {
        for (auto s = it->cbegin(); s != it->cend(); ++s) {
            if (auto done = settings.setSiteString(it.key(), s.key(), s.value()); !done)
                return done;
        }
    }
    Storage::SectionRepository sections(m_db);
    for (const Section &s : doc.sections) {
        if (auto done = sections.upsert(s); !done)
            return done;
        ++m_report.sections;
    }
    Storage::UserRepository users(m_db);
    for (const User &u : doc.users) {
        if (auto done = users.upsert(u); !done)
            return done;
        ++m_report.users;
    }
    Storage::ExpertRepository experts(m_db);
    for (const Expert &e : doc.experts) {
        if (auto done = experts.upsert(e); !done)
            return done;
        ++m_report.experts;
    }
    Storage::QuoteRepository quotes(m_db);
    for (Quote q : doc.quotes) {
        Segments::stampQuote(nullptr, q, true); // the file's records win; fill only the gaps
        if (auto done = quotes.upsert(q); !done)
            return done;
        ++m_report.quotes;
    }
    return {};
}

Result<> ImportWriter::article(Article a)
{
    Segments::stamp(nullptr, a, true);
    auto stored = m_articles.find(a.uid, Storage::ArticleRepository::Load::WithHistory);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored) {
        if (auto allowed = m_rights.checkArticle(nullptr, a); !allowed)
            return allowed;
        if (auto entry = m_rights.articleEntry(nullptr, a))
            a.history.append(*entry);
        if (auto done = m_articles.replace(a); !done)
            return done;
        ++m_report.articles;
        return {};
    }
    // Never back in time, never a lost revision, transition or comment.
    MergeResult merged = mergeImported(**stored, a);
    if (merged.changed) {
        if (auto allowed = m_rights.checkArticle(&**stored, merged.article); !allowed)
            return allowed;
        // The text or state the store shows changed: its history says who brought it.
        // (A kept or conflicting file only adds a revision beside the store's text.)
        if (merged.outcome == MergeOutcome::Updated) {
            if (auto entry = m_rights.articleEntry(&**stored, merged.article))
                merged.article.history.append(*entry);
        }
        if (auto done = m_articles.replace(merged.article); !done)
            return done;
    }
    switch (merged.outcome) {
    case MergeOutcome::Unchanged:
        ++m_report.articlesUnchanged;
        break;
    case MergeOutcome::Updated:
        ++m_report.articlesUpdated;
        break;
    case MergeOutcome::KeptNewer:
        ++m_report.articlesKept;
        m_report.conflicts.append(a.uid);
        break;
    case MergeOutcome::Conflict:
        ++m_report.articlesConflicting;
        m_report.conflicts.append(a.uid);
        break;
    }
    return {};
}

Result<Importer::Report> ImportWriter::finish(const Progress &progress)
{
    if (auto flushed = m_articles.endBulk(progress); !flushed)
        return std::unexpected(flushed.error());
    if (auto logged
        = Storage::NewsroomAuditRepository(m_db).append(m_rights.events(summary(m_report)));
        !logged) {
        return std::unexpected(logged.error());
    }
    if (auto committed = m_tx->commit(); !committed)
        return std::unexpected(committed.error());
    m_tx.reset();
    return m_report;
}

} // namespace Byline::Interchange
