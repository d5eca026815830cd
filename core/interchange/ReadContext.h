#pragma once

#include "core/Error.h"
#include "core/interchange/Importer.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <array>

namespace Byline::Interchange {

class JsonReader;

// What the readers of one byline/1 document know as they go: the keys the store already holds,
// the keys the file has listed so far and the order of its locales. A reference may name
// either kind of key, so a file can use what it lists itself as well as what is stored.
class ReadContext
{
public:
    // What a key names. Nothing in a document refers to an article; articles are here so that
    // one listed twice is refused like everything else.
    enum class Kind { Locale, Section, User, Expert, Quote, Article };

    explicit ReadContext(const Importer::Known &store);

    // Passes if the file lists `key` as a `kind` or the store holds it; else an InvalidInput
    // error at `path` naming what is missing. An empty user name names nobody and passes,
    // because every field that names a user may be left empty.
    [[nodiscard]] Result<> reference(Kind kind, const QString &key, const QString &path) const;

    // Records that the file lists `key` as a `kind`, so that later references may name it; if
    // the file listed it before, an InvalidInput error at `path` (the second entry would
    // silently replace the first).
    [[nodiscard]] Result<> listed(Kind kind, const QString &key, const QString &path);

    // Reads the uid of an item of a list (its "uid" field) and records it with listed().
    [[nodiscard]] Result<QString> listedUid(const JsonReader &in, Kind kind);

    // Reads `field`, a locale code for Kind::Locale and a uid otherwise, and checks it with
    // reference().
    [[nodiscard]] Result<QString> readReference(const JsonReader &in, const QString &field,
                                                Kind kind) const;

    // The file's locales in display order; an article's translations are sorted by it.
    [[nodiscard]] const QStringList &localeOrder() const { return m_localeOrder; }
    void setLocaleOrder(QStringList order) { m_localeOrder = std::move(order); }

private:
    static constexpr std::size_t kinds = std::size_t(Kind::Article) + 1;

    std::array<QSet<QString>, kinds> m_stored;
    std::array<QSet<QString>, kinds> m_listed;
    QStringList m_localeOrder;
};

} // namespace Byline::Interchange
