// byline-cli search: the same search service the desk uses.
#include "app/cli/Cli.h"
#include "app/cli/CliArgs.h"

#include "core/TimeFormat.h"
#include "core/interchange/JsonWriter.h"
#include "core/storage/Database.h"
#include "core/storage/SearchRepository.h"
#include "core/workflow/TimeInput.h"

#include <algorithm>

namespace Byline::Cli {

int Cli::search(Args &args)
{
    if (args.positional.size() != 1)
        return usage(tr("search needs one QUERY (quote it if it has several words)"));
    Storage::SearchQuery query;
    query.text = args.positional.first();
    query.prefixLast = args.flag("prefix");
    query.locale = args.option("locale");
    query.sectionUid = args.option("section");
    query.author = args.option("author");
    query.expertUid = args.option("expert");
    if (args.has("status")) {
        query.state = workflowStateFromName(args.option("status"));
        if (!query.state) {
            return usage(tr("unknown status \"%1\" (draft, submitted, approved, scheduled, "
                            "published, spiked)")
                             .arg(args.option("status")));
        }
    }
    if (args.has("limit")) {
        bool ok = false;
        query.limit = args.option("limit").toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > 1000)
            return usage(tr("--limit needs a number from 1 to 1000"));
    }
    auto db = openStore();
    if (!db)
        return report(db.error());
    if (auto known = knownLocale(**db, query.locale); !known)
        return report(known.error());
    for (const auto &[name, target] :
         {std::pair {"from", &query.from}, std::pair {"to", &query.to}}) {
        if (!args.has(name))
            continue;
        auto zone = newsroomZone(**db);
        if (!zone)
            return report(zone.error());
        QString text = args.option(name);
        // A bare date means the whole day: from its start, to its end.
        if (text.size() == 10)
            text += QLatin1String(name) == QLatin1String("from") ? QStringLiteral(" 00:00:00")
                                                                 : QStringLiteral(" 23:59:59");
        auto at = TimeInput::parse(text, *zone);
        if (!at)
            return report(at.error());
        *target = *at;
    }

    auto found = Storage::SearchRepository(**db).search(query);
    if (!found)
        return report(found.error());
    const bool windowed = found->ranking == Storage::SearchResults::Ranking::RelevanceOfNewest;
    if (args.flag("json")) {
        Interchange::JsonWriter out;
        out.beginObject();
        out.field(u"query", query.text);
        out.field(u"ranking",
                  windowed ? QStringLiteral("relevance_of_newest") : QStringLiteral("relevance"));
        out.field(u"window", qint64(found->window));
        out.field(u"more_matches", found->moreMatches);
        out.key(u"hits");
        out.beginArray();
        for (const Storage::SearchHit &hit : std::as_const(found->hits)) {
            out.beginObject();
            out.field(u"uid", hit.articleUid);
            out.field(u"locale", hit.locale);
            out.field(u"title", hit.title);
            out.field(u"status", workflowStateName(hit.state));
            out.field(u"section", hit.sectionUid);
            out.key(u"published_at");
            if (hit.publishedAt)
                out.value(formatUtc(*hit.publishedAt));
            else
                out.null();
            out.field(u"field", hit.field);
            // Matching words between « and » would clash with Russian text: use the markers
            // [[ and ]] in JSON, which a reader can turn into highlighting.
            out.field(
                u"snippet",
                QString(hit.snippet)
                    .replace(QChar(Storage::SearchRepository::markOpen), QStringLiteral("[["))
                    .replace(QChar(Storage::SearchRepository::markClose), QStringLiteral("]]")));
            out.endObject();
        }
        out.endArray();
        out.endObject();
        m_out << QString::fromUtf8(out.finish());
        return Done;
    }
    if (found->hits.isEmpty()) {
        m_out << tr("Nothing found for \"%1\".").arg(query.text) << '\n';
        return Done;
    }
    for (const Storage::SearchHit &hit : std::as_const(found->hits)) {
        m_out << hit.articleUid << "  " << hit.locale << "  " << workflowStateName(hit.state)
              << "  " << hit.title << '\n'
              << "    "
              << QString(hit.snippet)
                     .replace(QChar(Storage::SearchRepository::markOpen), QStringLiteral("["))
                     .replace(QChar(Storage::SearchRepository::markClose), QStringLiteral("]"))
              << '\n';
    }
    m_out << (windowed ? tr("%n result(s); more match than can be ranked: the newest %1 matches "
                            "were ranked by relevance. Add words or filters to narrow it down.",
                            nullptr, int(found->hits.size()))
                             .arg(found->window)
                       : tr("%n result(s), ranked by relevance.", nullptr, int(found->hits.size())))
          << '\n';
    return Done;
}

} // namespace Byline::Cli
