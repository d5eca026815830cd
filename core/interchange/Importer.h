#pragma once

#include "core/Error.h"
#include "core/Progress.h"
#include "core/interchange/Document.h"

#include <QByteArray>
#include <QSet>
#include <QString>

class QIODevice;

namespace Byline::Storage {
class Database;
}

namespace Byline::Interchange {

// Reads byline/1 documents into a store as a person, in one transaction with its audit trail:
// the document is read as a stream (DocumentStream), each part checked (the file, then the
// person's rights against the store) and written as it arrives (ImportWriter), so a document of
// any size is read in bounded memory, and an invalid or refused one changes nothing.
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

    // Parses and validates without touching any store (the whole document in memory).
    [[nodiscard]] static Result<Document> parse(const QByteArray &json, const Known &known);

    // One article object, as `show --json` prints it (for saving edited text).
    [[nodiscard]] static Result<Article> parseArticle(const QByteArray &json, const Known &known);

    // What the store holds that a document may refer to. `withRegistry` false leaves out the
    // experts and quotes (reading their uids scans the registry: for a document that has none
    // and refers to none, such as Byline's defaults read at every start of the desk).
    [[nodiscard]] Result<Known> known(bool withRegistry = true) const;
    // Writes a document read before (its articles are counted in the progress).
    [[nodiscard]] Result<Report> write(const Document &document);

    // importJson() and importFile() report the KiB of the document read (of its size; 0 for
    // standard input), write() the articles written; a cancel before the commit leaves the
    // store as it was.
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // Who imports: their rights are checked and the audit trails name them (ImportRights).
    // Nobody may import only into a store that has no users yet.
    void setActor(const QString &user) { m_actor = user; }
    // What the audit trail calls the document ("newsroom.json"); importFile names the file.
    void setSource(const QString &source) { m_source = source; }
    // The program itself writes what it ships (its defaults, the sample newsroom): no person
    // acts, and the newsroom's audit trail records what it changed as the program's.
    void setShippedBy(const QString &what)
    {
        m_shipped = true;
        m_source = what;
    }

private:
    [[nodiscard]] Result<Report> importFrom(QIODevice &in, qint64 size, const QString &whenEmpty);
    [[nodiscard]] QString sourceName() const;

    Storage::Database &m_db;
    Progress m_progress;
    QString m_actor;
    QString m_source;
    bool m_shipped = false;
};

} // namespace Byline::Interchange
