// byline-cli's translation, expert and quote commands.
#include "app/cli/Cli.h"
#include "app/cli/CliArgs.h"

#include "core/interchange/Exporter.h"
#include "core/interchange/JsonWriter.h"
#include "core/services/EditService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ExpertRepository.h"
#include "core/storage/LocaleRepository.h"
#include "core/storage/QuoteRepository.h"
#include "core/storage/UserRepository.h"
#include "core/translation/QualityChecks.h"
#include "core/translation/Segments.h"
#include "core/translation/WordDiff.h"
#include "core/workflow/Permissions.h"

#include <QCoreApplication>
#include <QUuid>

namespace Byline::Cli {
namespace {

// Folds what differs between spellings that people treat as the same: case, ё/е.
QString folded(const QString &text)
{
    QString f = text.toCaseFolded();
    f.replace(QChar(0x0451), QChar(0x0435)); // ё -> е
    return f;
}

QString expertLabel(const Expert &e, const QString &locale)
{
    if (e.names.contains(locale))
        return e.names.value(locale).name;
    return e.names.isEmpty() ? e.uid : e.names.first().name;
}

} // namespace

int Cli::translations(Args &args)
{
    if (args.positional.size() != 1)
        return usage(tr("translations needs an article UID"));
    auto opened = openArticle(args.positional.first());
    if (!opened)
        return report(opened.error());
    Storage::Database &db = *opened->db;
    const Article &article = opened->article;
    auto locales = Storage::LocaleRepository(db).all();
    auto experts = Storage::ExpertRepository(db).all();
    auto quotes = Storage::QuoteRepository(db).all();
    for (const Error *e :
         {locales ? nullptr : &locales.error(), experts ? nullptr : &experts.error(),
          quotes ? nullptr : &quotes.error()}) {
        if (e)
            return report(*e);
    }
    QStringList codes;
    for (const Locale &l : *locales) {
        if (args.option("locale").isEmpty() || l.code == args.option("locale"))
            codes.append(l.code);
    }
    if (codes.isEmpty())
        return report({ErrorCode::InvalidInput,
                       tr("There is no locale \"%1\" in this store.").arg(args.option("locale")),
                       {}});

    // The quotes the article uses, with the state of each locale's translation.
    QList<const Quote *> used;
    if (const Translation *source = article.sourceTranslation()) {
        for (const Block &b : source->blocks) {
            for (const Quote &q : *quotes) {
                if (b.type == BlockType::Quote && q.uid == b.quoteUid && !used.contains(&q))
                    used.append(&q);
            }
        }
    }
    auto quoteState = [](const Quote &q, const QString &locale) {
        if (q.texts.value(locale).trimmed().isEmpty())
            return Segments::State::Missing;
        return Segments::quoteStale(q, locale) ? Segments::State::Stale : Segments::State::Done;
    };

    if (args.flag("json")) {
        Interchange::JsonWriter out;
        out.beginObject();
        out.field(u"uid", article.uid);
        out.field(u"source_locale", article.sourceLocale);
        out.key(u"locales");
        out.beginArray();
        for (const QString &code : std::as_const(codes)) {
            const Segments::Coverage c = Segments::coverage(article, code);
            const Translation *t = article.translation(code);
            out.beginObject();
            out.field(u"locale", code);
            out.field(u"status", t ? translationStateName(t->state) : QStringLiteral("missing"));
            out.field(u"live", t && t->publishedAt.has_value());
            out.field(u"done", c.done);
            out.field(u"stale", c.stale);
            out.field(u"missing", c.missing);
            out.key(u"segments");
            out.beginArray();
            for (const Segments::SegmentStatus &s : c.segments) {
                out.beginObject();
                out.field(u"segment", s.key);
                out.field(u"state", Segments::stateName(s.state));
                out.field(u"source", s.source);
                if (s.state == Segments::State::Stale)
                    out.field(u"previous_source", s.previousSource);
                out.field(u"translation", s.translation);
                out.endObject();
            }
            out.endArray();
            out.key(u"warnings");
            out.beginArray();
            for (const auto &w : QualityChecks::checkLocale(article, code, *experts, *quotes)) {
                out.beginObject();
                out.field(u"kind", QualityChecks::kindName(w.kind));
                out.field(u"segment", w.segment);
                out.field(u"detail", w.detail);
                out.endObject();
            }
            out.endArray();
            out.endObject();
        }
        out.endArray();
        out.key(u"quotes");
        out.beginArray();
        for (const Quote *q : std::as_const(used)) {
            out.beginObject();
            out.field(u"uid", q->uid);
            out.field(u"spoken_locale", q->spokenLocale);
            out.key(u"locales");
            out.beginObject();
            for (const QString &code : std::as_const(codes))
                out.field(code, Segments::stateName(quoteState(*q, code)));
            out.endObject();
            out.endObject();
        }
        out.endArray();
        out.endObject();
        m_out << QString::fromUtf8(out.finish());
        return Done;
    }

    for (const QString &code : std::as_const(codes)) {
        const Segments::Coverage c = Segments::coverage(article, code);
        const Translation *t = article.translation(code);
        m_out << code << "  ";
        if (code == article.sourceLocale)
            m_out << tr("source, %n segment(s)", nullptr, int(c.segments.size()));
        else if (!t)
            m_out << tr("missing: %n segment(s) to translate", nullptr, c.missing);
        else
            m_out << tr("done %1  stale %2  missing %3").arg(c.done).arg(c.stale).arg(c.missing);
        if (t) {
            m_out << "  [" << translationStateName(t->state)
                  << (t->publishedAt ? tr(", live") : QString()) << ']';
        }
        m_out << '\n';
        if (code == article.sourceLocale || !t)
            continue;
        for (const Segments::SegmentStatus &s : c.segments) {
            if (s.state == Segments::State::Done)
                continue;
            m_out << "    " << Segments::stateName(s.state) << "  " << s.key << '\n';
            if (s.state == Segments::State::Stale) {
                m_out << tr("      was:         %1").arg(s.previousSource) << '\n'
                      << tr("      now:         %1").arg(s.source) << '\n'
                      << tr("      change:      %1")
                             .arg(WordDiff::inlineText(
                                 WordDiff::compare(s.previousSource, s.source)))
                      << '\n'
                      << tr("      translation: %1").arg(s.translation) << '\n';
            }
        }
        for (const auto &w : QualityChecks::checkLocale(article, code, *experts, *quotes)) {
            m_out << "    " << tr("warning") << "  " << w.segment << "  "
                  << QualityChecks::kindName(w.kind) << "  " << w.detail << '\n';
        }
    }
    if (!used.isEmpty()) {
        m_out << tr("quotes:") << '\n';
        for (const Quote *q : std::as_const(used)) {
            QString expertName = q->expertUid;
            for (const Expert &e : *experts) {
                if (e.uid == q->expertUid)
                    expertName = expertLabel(e, article.sourceLocale);
            }
            m_out << "  " << q->uid << "  " << expertName << " (" << q->spokenLocale << ")";
            for (const QString &code : std::as_const(codes)) {
                if (code != q->spokenLocale)
                    m_out << "  " << code << ' ' << Segments::stateName(quoteState(*q, code));
            }
            m_out << '\n';
        }
    }
    return Done;
}

int Cli::segmentDone(Args &args)
{
    if (args.positional.size() != 3)
        return usage(
            tr("segment-done needs an article UID, a LOCALE and a SEGMENT (e.g. block:b3)"));
    if (args.option("as").isEmpty())
        return usage(tr("segment-done needs --as USER"));
    auto db = openStore();
    if (!db)
        return report(db.error());
    auto user = Storage::UserRepository(**db).require(args.option("as"));
    if (!user)
        return report(user.error());
    const QString locale = args.positional.at(1);
    auto article = loadArticle(**db, args.positional.first());
    if (!article)
        return report(article.error());
    if (!Permissions::mayConfirm(*user, *article, locale)) {
        return report({ErrorCode::PermissionDenied,
                       tr("%1 may not confirm %2 translations: that is for translators into %2 and "
                          "editors (and the source locale has nothing to confirm).")
                           .arg(user->name, locale),
                       {}});
    }
    if (!Segments::markDone(*article, locale, args.positional.at(2))) {
        return report({ErrorCode::NotFound,
                       tr("There is no translated segment %1 in %2; \"byline-cli translations %3\" "
                          "lists them.")
                           .arg(args.positional.at(2), locale, article->uid),
                       {}});
    }
    if (auto saved = EditService(**db).save(*article, user->name); !saved)
        return report(saved.error());
    m_out << tr("%1 %2 is current again.").arg(locale, args.positional.at(2)) << '\n';
    return Done;
}

int Cli::experts(Args &args)
{
    const QString sub = args.positional.value(0);
    auto db = openStore();
    if (!db)
        return report(db.error());
    Storage::ExpertRepository repo(**db);
    auto all = repo.all();
    if (!all)
        return report(all.error());
    auto locales = Storage::LocaleRepository(**db).all();
    if (!locales)
        return report(locales.error());

    if (sub == QLatin1String("list") && args.positional.size() == 1) {
        const QString needle = folded(args.option("search").trimmed());
        QList<Expert> found;
        for (const Expert &e : std::as_const(*all)) {
            bool match = needle.isEmpty();
            for (const ExpertName &n : e.names) {
                match = match || folded(n.name).contains(needle) || folded(n.role).contains(needle);
            }
            if (match)
                found.append(e);
        }
        if (args.flag("json")) {
            Interchange::JsonWriter out;
            out.beginArray();
            QStringList order;
            for (const Locale &l : *locales)
                order.append(l.code);
            for (const Expert &e : std::as_const(found))
                Interchange::Exporter::writeExpert(out, e, order);
            out.endArray();
            m_out << QString::fromUtf8(out.finish());
            return Done;
        }
        for (const Expert &e : std::as_const(found)) {
            QStringList spellings;
            for (const Locale &l : *locales) {
                if (e.names.contains(l.code))
                    spellings.append(e.names.value(l.code).name);
            }
            const ExpertName first = e.names.isEmpty() ? ExpertName {} : e.names.first();
            m_out << e.uid << "  " << spellings.join(QStringLiteral(" / ")) << "  — " << first.role
                  << ", " << first.country << '\n';
        }
        return Done;
    }
    if (sub == QLatin1String("show") && args.positional.size() == 2) {
        const Expert *expert = nullptr;
        for (const Expert &e : std::as_const(*all))
            expert = e.uid == args.positional.at(1) ? &e : expert;
        if (!expert)
            return report(
                {ErrorCode::NotFound, tr("There is no expert %1.").arg(args.positional.at(1)), {}});
        m_out << expert->uid << '\n';
        for (const Locale &l : *locales) {
            if (!expert->names.contains(l.code))
                continue;
            const ExpertName n = expert->names.value(l.code);
            m_out << "  " << l.code << "  " << n.name << " — " << n.role << ", " << n.country
                  << '\n';
        }
        auto quotes = Storage::QuoteRepository(**db).all();
        if (!quotes)
            return report(quotes.error());
        m_out << tr("quotes:") << '\n';
        for (const Quote &q : *quotes) {
            if (q.expertUid != expert->uid)
                continue;
            auto usage = Storage::QuoteRepository(**db).usage(q.uid);
            if (!usage)
                return report(usage.error());
            m_out << "  " << q.uid << "  " << q.texts.value(q.spokenLocale).left(70) << '\n';
            for (const auto &u : *usage) {
                m_out << "      " << tr("in %1 (%2)").arg(u.articleUid, u.state);
                if (!u.liveLocales.isEmpty())
                    m_out << tr(", live in %1").arg(u.liveLocales.join(QLatin1Char(',')));
                m_out << '\n';
            }
        }
        return Done;
    }
    if (sub == QLatin1String("add") && args.positional.size() == 1) {
        Expert expert;
        expert.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QStringList known;
        for (const Locale &l : *locales)
            known.append(l.code);
        for (const auto &[option, field] :
             {std::pair {"name", 0}, std::pair {"role", 1}, std::pair {"country", 2}}) {
            for (const QString &value : args.values(option)) {
                const auto pair = localeValue(value);
                if (!pair || !known.contains(pair->first)) {
                    return usage(
                        tr("--%1 takes LOCALE=TEXT with a locale of this store (%2), e.g. --name "
                           "en=\"Anna Petrosyan\"")
                            .arg(QString::fromLatin1(option), known.join(QLatin1Char(','))));
                }
                if (pair->second.size() > 1000)
                    return report({ErrorCode::InvalidInput,
                                   tr("--%1 is too long (at most 1000 characters).")
                                       .arg(QString::fromLatin1(option)),
                                   {}});
                ExpertName &n = expert.names[pair->first];
                (field == 0 ? n.name : field == 1 ? n.role : n.country) = pair->second;
            }
        }
        for (auto it = expert.names.cbegin(); it != expert.names.cend(); ++it) {
            if (it->name.isEmpty()) {
                return report(
                    {ErrorCode::InvalidInput,
                     tr("The %1 entry has a role or country but no --name %1=...").arg(it.key()),
                     {}});
            }
        }
        if (expert.names.isEmpty())
            return usage(tr("experts add needs at least one --name LOCALE=NAME"));
        if (auto added = repo.upsert(expert); !added)
            return report(added.error());
        m_out << tr("Added expert %1.").arg(expert.uid) << '\n';
        return Done;
    }
    if (sub == QLatin1String("merge") && args.positional.size() == 3) {
        if (args.option("as").isEmpty())
            return usage(tr("experts merge needs --as USER"));
        auto user = Storage::UserRepository(**db).require(args.option("as"));
        if (!user)
            return report(user.error());
        if (!Permissions::mayMergeExperts(*user)) {
            return report(
                {ErrorCode::PermissionDenied,
                 tr("%1 may not merge experts: that is for editors and admins.").arg(user->name),
                 {}});
        }
        if (auto merged = repo.merge(args.positional.at(1), args.positional.at(2)); !merged)
            return report(merged.error());
        m_out << tr("Merged %1 into %2; its quotes now belong to %2.")
                     .arg(args.positional.at(2), args.positional.at(1))
              << '\n';
        return Done;
    }
    return usage(tr("experts needs list, show UID, add or merge KEEP DROP"));
}

int Cli::quotes(Args &args)
{
    if (args.positional != QStringList {QStringLiteral("list")})
        return usage(tr("quotes needs \"list\" (optionally --expert UID)"));
    auto db = openStore();
    if (!db)
        return report(db.error());
    Storage::QuoteRepository repo(**db);
    auto all = repo.all();
    if (!all)
        return report(all.error());
    auto locales = Storage::LocaleRepository(**db).all();
    if (!locales)
        return report(locales.error());
    const QString expert = args.option("expert");
    Interchange::JsonWriter out;
    const bool json = args.flag("json");
    if (json)
        out.beginArray();
    for (const Quote &q : std::as_const(*all)) {
        if (!expert.isEmpty() && q.expertUid != expert)
            continue;
        auto usage = repo.usage(q.uid);
        if (!usage)
            return report(usage.error());
        if (json) {
            out.beginObject();
            out.field(u"uid", q.uid);
            out.field(u"expert", q.expertUid);
            out.field(u"spoken_locale", q.spokenLocale);
            out.field(u"approved", q.approved);
            out.field(u"text", q.texts.value(q.spokenLocale));
            out.key(u"locales");
            out.beginObject();
            for (const Locale &l : *locales) {
                if (l.code == q.spokenLocale)
                    continue;
                const bool missing = q.texts.value(l.code).trimmed().isEmpty();
                out.field(l.code,
                          missing                               ? QStringLiteral("missing")
                              : Segments::quoteStale(q, l.code) ? QStringLiteral("stale")
                                                                : QStringLiteral("done"));
            }
            out.endObject();
            out.key(u"used_in");
            out.beginArray();
            for (const auto &u : *usage) {
                out.beginObject();
                out.field(u"article", u.articleUid);
                out.field(u"status", u.state);
                out.key(u"live_locales");
                out.stringList(u.liveLocales);
                out.endObject();
            }
            out.endArray();
            out.endObject();
            continue;
        }
        QStringList stale;
        for (const Locale &l : *locales) {
            if (Segments::quoteStale(q, l.code))
                stale.append(l.code);
        }
        m_out << q.uid << "  [" << q.spokenLocale
              << (q.approved ? tr(", checked") : tr(", not checked")) << "]  "
              << q.texts.value(q.spokenLocale).left(70);
        if (!stale.isEmpty())
            m_out << tr("  STALE: %1").arg(stale.join(QLatin1Char(',')));
        m_out << '\n';
        for (const auto &u : *usage) {
            m_out << "    " << tr("in %1 (%2)").arg(u.articleUid, u.state);
            if (!u.liveLocales.isEmpty())
                m_out << tr(", live in %1").arg(u.liveLocales.join(QLatin1Char(',')));
            m_out << '\n';
        }
    }
    if (json) {
        out.endArray();
        m_out << QString::fromUtf8(out.finish());
    }
    return Done;
}

} // namespace Byline::Cli
