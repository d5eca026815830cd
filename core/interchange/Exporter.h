#pragma once

#include "core/Error.h"
#include "core/Progress.h"
#include "core/interchange/Document.h"

#include <QByteArray>

namespace Byline::Storage {
class Database;
}

namespace Byline::Interchange {

class JsonWriter;

// Writes the store (or one article with what it refers to) as a byline/1 document.
class Exporter
{
public:
    explicit Exporter(Storage::Database &db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<Document> load(const QString &articleUid = {}) const;
    [[nodiscard]] Result<QByteArray> exportJson(const QString &articleUid = {}) const;

    // The document as JSON: fixed key and list order, two-space indentation, final newline.
    [[nodiscard]] static QByteArray toJson(const Document &document);
    // One article as `show --json` prints it (the interchange article object).
    [[nodiscard]] static QByteArray articleJson(const Article &article);
    // One user, one expert (names in `localeOrder`, then any others) as the document writes
    // them; byline-cli's `users list --json` and `experts list --json` print the same objects.
    static void writeUser(JsonWriter &out, const User &user, const QStringList &localeOrder);
    static void writeExpert(JsonWriter &out, const Expert &expert, const QStringList &localeOrder);

    // Reports the articles read; a cancel ends load() with ErrorCode::Cancelled.
    void setProgress(Progress progress) { m_progress = std::move(progress); }

private:
    Storage::Database &m_db;
    Progress m_progress;
};

} // namespace Byline::Interchange
