#pragma once

#include "core/Error.h"
#include "core/interchange/Document.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

class QIODevice;

namespace Byline::Bench {

// A newsroom archive for benchmarks, as a byline/1 document: the demo newsroom's locales,
// settings, sections (plus a few more) and users; about one expert per 20 articles, each with
// a few quotes in the language they spoke, translated into the others; and N articles in
// three locales, spread over the years 2019-2026 and over every workflow state.
//
// Deterministic: the same N and seed give the same bytes, on any machine. Each expert, quote
// and article comes from its own seeded stream, so any range of articles can be made without
// making the ones before it (the benchmark imports the archive in parts).
//
// The document is written as `byline-cli export` would write the store after importing it
// (segment sources filled in, lists in export order): import, then export, gives it back.
class ArchiveGenerator
{
public:
    [[nodiscard]] static Result<ArchiveGenerator> create(int articles, quint64 seed);

    [[nodiscard]] int articleCount() const { return m_articles; }
    [[nodiscard]] quint64 seed() const { return m_seed; }
    [[nodiscard]] QStringList localeCodes() const;

    // Locales, settings, site strings, sections, users, experts and quotes; no articles.
    [[nodiscard]] const Interchange::Document &newsroom() const { return m_newsroom; }
    [[nodiscard]] Article article(int index) const;

    // A part of the archive as one document: the locales, the rest of the newsroom when
    // `withNewsroom`, and the articles [first, first + count).
    [[nodiscard]] QByteArray json(int first, int count, bool withNewsroom) const;
    // The whole archive in one document.
    [[nodiscard]] QByteArray json() const { return json(0, m_articles, true); }
    // The same written to `out` an article at a time: an archive of any size in little memory.
    [[nodiscard]] Result<qint64> write(QIODevice &out, int first, int count,
                                       bool withNewsroom) const;

private:
    ArchiveGenerator() = default;
    [[nodiscard]] Result<> loadNewsroom();
    void addSections();
    void addExperts();

    int m_articles = 0;
    quint64 m_seed = 0;
    Interchange::Document m_newsroom;
    QList<Expert> m_experts; // in creation order (the document has them by uid)
    QList<Quote> m_quotes; // in creation order
    QList<int> m_quoteExpert; // for each quote, its expert's index in m_experts
    QList<int> m_sectionWeights; // per section in m_newsroom.sections, cumulative
    QStringList m_journalists;
    QStringList m_editors;
    QMap<QString, QStringList> m_translators; // by locale
};

} // namespace Byline::Bench
