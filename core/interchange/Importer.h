#pragma once

#include "core/Error.h"
#include "core/Progress.h"
#include "core/interchange/Document.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace Byline::Storage {
class Database;
}

namespace Byline::Interchange {

// Reads byline/1 documents into a store: everything is checked first, then written in one
// transaction, so an invalid file changes nothing.
class Importer
{
public:
    struct Report
    {
        int locales = 0;
        int sections = 0;
        int users = 0;
        int experts = 0;
        int quotes = 0;
        int articles = 0; // new to the store
        int articlesUpdated = 0; // the file was newer
        int articlesUnchanged = 0; // the store already held the same
        int articlesKept = 0; // the store was newer and kept its text
        int articlesConflicting = 0; // same version, other text: kept as a conflict revision
        QStringList conflicts; // uids of the conflicting and kept articles
    };

    // What the store already holds, so references into it are valid.
    struct Known
    {
        QSet<QString> locales;
        QSet<QString> sections;
        QSet<QString> users;
        QSet<QString> experts;
        QSet<QString> quotes;
    };

    explicit Importer(Storage::Database &db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<Report> importJson(const QByteArray &json);
    [[nodiscard]] Result<Report> importFile(const QString &path); // "-" reads standard input

    // Parses and validates without touching any store.
    [[nodiscard]] static Result<Document> parse(const QByteArray &json, const Known &known);

    // One article object, as `show --json` prints it (for saving edited text).
    [[nodiscard]] static Result<Article> parseArticle(const QByteArray &json, const Known &known);

    [[nodiscard]] Result<Known> known() const;
    [[nodiscard]] Result<Report> write(const Document &document);

    // Reports the articles written; a cancel before the commit leaves the store as it was.
    void setProgress(Progress progress) { m_progress = std::move(progress); }

private:
    Storage::Database &m_db;
    Progress m_progress;
};

} // namespace Byline::Interchange
