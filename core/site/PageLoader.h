#pragma once

#include "core/Error.h"
#include "core/domain/Article.h"
#include "core/domain/Expert.h"
#include "core/domain/Locale.h"
#include "core/domain/Quote.h"
#include "core/domain/Section.h"
#include "core/site/PageData.h"

#include <QHash>

#include <functional>

namespace Byline::Storage {
class Database;
}

namespace Byline::PageLoader {

enum class Mode {
    Published, // what readers see: only a locale that is live; the switcher offers live ones
    Preview, // any locale the article has, live or not (the desk's preview)
};

// What every page of the newsroom shares, read once (an export reads it once for all pages).
struct Newsroom
{
    QMap<QString, QString> settings;
    QMap<QString, QMap<QString, QString>> strings; // locale -> key -> text
    QList<Locale> locales;
    QList<Section> sections;
    QHash<QString, QString> displayNames; // user name -> display name (any other locale)
    QHash<QString, QMap<QString, QString>> localNames; // user name -> locale -> name there
    QHash<QString, Expert> experts;
    QHash<QString, Quote> quotes;
};
[[nodiscard]] Result<Newsroom> newsroom(Storage::Database &db);

// The section's other articles shown under a page ("more"): given by an export that knows them
// all, or read from the store.
using MoreArticles
    = std::function<QList<PageData::Link>(const Article &article, const QString &locale)>;

// A person as readers of `locale` spell them ("Том Рид" on a Russian page), else their display
// name, else their login: the byline, the JSON-LD and the feeds.
[[nodiscard]] QString authorName(const Newsroom &newsroom, const QString &login,
                                 const QString &locale);

// One page of an article already read, with the newsroom's shared data.
[[nodiscard]] Result<PageData> build(Storage::Database &db, const Newsroom &newsroom,
                                     const Article &article, const QString &locale, Mode mode,
                                     const QString &baseUrl = {}, const MoreArticles &more = {});

// Gathers one page from the store: the article in `locale`, its section, the experts and
// quotes it uses, the site strings and settings, the other locales for the switcher and the
// section's other articles.
// `baseUrl` replaces the newsroom's base_url setting when not empty (a site exported elsewhere).
[[nodiscard]] Result<PageData> load(Storage::Database &db, const QString &articleUid,
                                    const QString &locale, Mode mode = Mode::Published,
                                    const QString &baseUrl = {});

// Where a page lives on the site: "<base>/<locale>/<slug>/".
[[nodiscard]] QString articlePath(const QString &locale, const QString &slug, const QString &uid);

} // namespace Byline::PageLoader
