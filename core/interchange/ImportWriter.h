#pragma once

#include "core/Error.h"
#include "core/interchange/Document.h"
#include "core/interchange/ImportRights.h"
#include "core/interchange/Importer.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Transaction.h"

#include <optional>

namespace Byline::Interchange {

// Writes what an import reads into the store, as one person and in one transaction: the
// newsroom (locales, settings, sections, users, experts, quotes) first, then each article as
// it arrives (new, updated, kept or in conflict: ArticleMerge), then the newsroom's audit entry
// and the commit. The rights are checked against the store as each part is written; a writer
// destroyed before finish() leaves the store as it was.
class ImportWriter
{
public:
    ImportWriter(Storage::Database &db, QString actor, QString source, ImportRights::Acting acting);

    // Begins the transaction and writes the newsroom part of `document` (its articles are not
    // written: hand them to article()).
    [[nodiscard]] Result<> begin(const Document &document);
    [[nodiscard]] Result<> article(Article article);
    // Ends the bulk writes (the search index's pass, reported to `progress` as a stage of its
    // own, and cancellable), records the import in the newsroom's audit trail and commits.
    [[nodiscard]] Result<Importer::Report> finish(const Progress &progress = {});

private:
    [[nodiscard]] Result<> writeNewsroom(const Document &doc);

    Storage::Database &m_db;
    ImportRights m_rights;
    Storage::ArticleRepository m_articles;
    std::optional<Storage::Transaction> m_tx;
    Importer::Report m_report;
};

} // namespace Byline::Interchange
