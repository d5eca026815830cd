// byline-cli's workflow, scheduling, comment and revision commands.
#include "app/cli/Cli.h"
#include "app/cli/CliArgs.h"

#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "core/interchange/Importer.h"
#include "core/interchange/JsonWriter.h"
#include "core/services/EditService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InboxRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/UserRepository.h"
#include "core/translation/RevisionDiff.h"
#include "core/translation/WordDiff.h"
#include "core/workflow/TimeInput.h"
#include "core/workflow/WorkflowService.h"

#include <QCoreApplication>
#include <QFile>

namespace Byline::Cli {
namespace {

Error usageError(const QString &message)
{
    return {ErrorCode::InvalidInput, message, {}};
}

} // namespace

Result<Article> Cli::loadArticle(Storage::Database &db, const QString &uid)
{
    auto article
        = Storage::ArticleRepository(db).find(uid, Storage::ArticleRepository::Load::WithHistory);
    if (!article)
        return std::unexpected(article.error());
    if (!*article) {
        return fail(ErrorCode::NotFound,
                    tr("There is no article %1; \"byline-cli list\" shows the uids.").arg(uid));
    }
    return std::move(**article);
}

Result<Cli::OpenedArticle> Cli::openArticle(const QString &uid)
{
    auto db = openStore();
    if (!db)
        return std::unexpected(db.error());
    auto article = loadArticle(**db, uid);
    if (!article)
        return std::unexpected(article.error());
    return OpenedArticle {std::move(*db), std::move(*article)};
}

Result<QTimeZone> Cli::newsroomZone(Storage::Database &db)
{
    return TimeInput::newsroomZone(db);
}

int Cli::act(Args &args)
{
    if (args.positional.size() != 2)
        return usage(tr("act needs an article UID and an ACTION"));
    const auto action = actionFromName(args.positional.at(1));
    if (!action) {
        return usage(tr("unknown action \"%1\" (submit, approve, request-changes, schedule, "
                        "unschedule, publish, unpublish, spike, restore)")
                         .arg(args.positional.at(1)));
    }
    if (args.option("as").isEmpty())
        return usage(tr("act needs --as USER: who is acting"));
    auto db = openStore();
    if (!db)
        return report(db.error());
    WorkflowService::Request request;
    request.uid = args.positional.first();
    request.action = *action;
    request.user = args.option("as");
    request.locale = args.option("locale");
    request.comment = args.option("comment");
    if (*action == Action::RequestChanges && request.comment.trimmed().isEmpty())
        return report(
            usageError(tr("request-changes needs --comment TEXT saying what to change.")));
    auto zone = newsroomZone(**db);
    if (!zone)
        return report(zone.error());
    if (args.has("at")) {
        auto at = TimeInput::parse(args.option("at"), *zone);
        if (!at)
            return report(at.error());
        request.at = *at;
    }
    auto outcome = WorkflowService(**db).act(request);
    if (!outcome)
        return report(outcome.error());
    m_out << tr("%1: %2 -> %3")
                 .arg(request.locale.isEmpty() ? request.uid
                                               : request.uid + QLatin1Char(' ') + request.locale,
                      outcome->from, outcome->to);
    if (*action == Action::Schedule && outcome->scheduledAt) {
        m_out << tr(", publishes at %1 %2 (%3)")
                     .arg(outcome->scheduledAt->toTimeZone(*zone).toString(
                              QStringLiteral("yyyy-MM-dd HH:mm")),
                          QString::fromUtf8(zone->id()), formatUtc(*outcome->scheduledAt));
    }
    m_out << '\n';
    return Done;
}

int Cli::publishDue(Args &args)
{
    if (!args.positional.isEmpty())
        return usage(tr("publish-due takes no arguments"));
    auto db = openStore();
    if (!db)
        return report(db.error());
    QDateTime now = Clock::now();
    if (args.has("now")) {
        auto zone = newsroomZone(**db);
        if (!zone)
            return report(zone.error());
        auto at = TimeInput::parse(args.option("now"), *zone);
        if (!at)
            return report(at.error());
        now = *at;
    }
    auto published = WorkflowService(**db).publishDue(now);
    if (!published)
        return report(published.error());
    if (published->isEmpty())
        m_out << tr("Nothing is due (as of %1).").arg(formatUtc(now)) << '\n';
    for (const auto &p : std::as_const(*published)) {
        m_out << tr("published %1 \"%2\" (due %3)").arg(p.uid, p.title, formatUtc(p.scheduledAt));
        if (p.lateSeconds > 0)
            m_out << tr(", %1 late").arg(TimeInput::duration(p.lateSeconds));
        m_out << '\n';
    }
    return Done;
}

int Cli::comment(Args &args)
{
    if (args.positional.size() != 1)
        return usage(tr("comment needs an article UID"));
    if (args.option("as").isEmpty())
        return usage(tr("comment needs --as USER"));
    const bool resolving = args.has("resolve");
    if (resolving == args.has("text"))
        return usage(tr("comment needs either --text TEXT or --resolve N"));
    auto db = openStore();
    if (!db)
        return report(db.error());
    Storage::ArticleRepository articles(**db);
    auto user = Storage::UserRepository(**db).find(args.option("as"));
    if (!user)
        return report(user.error());
    if (!*user || !(*user)->active)
        return report({ErrorCode::NotFound,
                       tr("There is no active user \"%1\".").arg(args.option("as")),
                       {}});
    if (resolving) {
        bool ok = false;
        const int number = args.option("resolve").toInt(&ok);
        if (!ok || number < 1)
            return usage(tr("--resolve needs a comment number"));
        if (auto done = Storage::CommentRepository(**db).resolve(args.positional.first(), number,
                                                                 args.option("as"), Clock::now());
            !done) {
            return report(done.error());
        }
        m_out << tr("Comment %1 resolved.").arg(number) << '\n';
        return Done;
    }
    if (args.option("text").trimmed().isEmpty())
        return report(usageError(tr("An empty comment says nothing; write it after --text.")));
    auto number = WorkflowService(**db).comment(args.positional.first(), args.option("as"),
                                                args.option("locale"), args.option("text"));
    if (!number)
        return report(number.error());
    m_out << tr("Comment %1 added.").arg(*number) << '\n';
    return Done;
}

int Cli::inbox(Args &args)
{
    const bool reading = !args.positional.isEmpty();
    if (reading
        && (args.positional.size() != 2 || args.positional.first() != QLatin1String("read")))
        return usage(tr("inbox takes no arguments, or \"read ID\" or \"read all\""));
    auto db = openStore(); // on a server, --as becomes the login
    if (!db)
        return report(db.error());
    if (args.option("as").isEmpty())
        return usage(tr("inbox needs --as USER (whose inbox)"));
    const QString user = args.option("as");
    auto person = Storage::UserRepository(**db).find(user);
    if (!person)
        return report(person.error());
    if (!*person)
        return report({ErrorCode::NotFound, tr("There is no user \"%1\".").arg(user), {}});
    Storage::InboxRepository inbox(**db);
    if (reading) {
        const QString which = args.positional.at(1);
        if (which == QLatin1String("all")) {
            auto marked = inbox.markAllRead(user);
            if (!marked)
                return report(marked.error());
            m_out << tr("Entries marked read: %1.").arg(*marked) << '\n';
            return Done;
        }
        bool ok = false;
        const qint64 id = which.toLongLong(&ok);
        if (!ok || id < 1)
            return usage(tr("inbox read needs an entry's number (from \"inbox\") or \"all\""));
        if (auto done = inbox.markRead(user, id); !done)
            return report(done.error());
        m_out << tr("Entry %1 marked read.").arg(id) << '\n';
        return Done;
    }
    auto entries = inbox.list(user);
    if (!entries)
        return report(entries.error());
    if (args.flag("unread"))
        entries->removeIf([](const InboxEntry &e) { return e.readAt.has_value(); });
    if (args.flag("json")) {
        Interchange::JsonWriter out;
        out.beginArray();
        for (const InboxEntry &e : std::as_const(*entries)) {
            out.beginObject();
            out.field(u"id", e.id);
            out.field(u"kind", inboxKindName(e.kind));
            out.field(u"article", e.articleUid);
            out.field(u"headline", e.headline);
            out.field(u"locale",
                      e.locale.isEmpty() ? std::optional<QString>() : std::optional(e.locale));
            out.field(u"actor",
                      e.actor.isEmpty() ? std::optional<QString>() : std::optional(e.actor));
            out.field(u"at", formatUtc(e.at));
            out.field(u"detail", e.detail);
            out.field(u"comment", e.comment);
            out.field(u"read_at",
                      e.readAt ? std::optional(formatUtc(*e.readAt)) : std::optional<QString>());
            out.endObject();
        }
        out.endArray();
        m_out << QString::fromUtf8(out.finish());
        return Done;
    }
    if (entries->isEmpty()) {
        m_out << (args.flag("unread") ? tr("Nothing unread.") : tr("The inbox is empty.")) << '\n';
        return Done;
    }
    // One line each: unread marked "*", the number to mark it read with, then what happened.
    for (const InboxEntry &e : std::as_const(*entries)) {
        m_out << (e.readAt ? QStringLiteral("  ") : QStringLiteral("* ")) << e.id << "  "
              << formatUtc(e.at) << "  " << inboxKindName(e.kind) << "  " << e.articleUid;
        if (!e.locale.isEmpty())
            m_out << " (" << e.locale << ')';
        m_out << "  " << (e.actor.isEmpty() ? QStringLiteral("publish-due") : e.actor) << "  "
              << e.headline;
        if (!e.detail.isEmpty())
            m_out << "  \"" << e.detail << '"';
        m_out << '\n';
    }
    return Done;
}

int Cli::revisions(Args &args)
{
    if (args.positional.size() != 1)
        return usage(tr("revisions needs an article UID"));
    auto opened = openArticle(args.positional.first());
    if (!opened)
        return report(opened.error());
    const Article &article = opened->article;
    if (args.flag("json")) {
        Interchange::JsonWriter out;
        out.beginArray();
        for (const Revision &r : article.revisions) {
            out.beginObject();
            out.field(u"number", r.number);
            out.field(u"created_at", formatUtc(r.createdAt));
            out.field(u"user", r.user.isEmpty() ? std::optional<QString>() : std::optional(r.user));
            out.field(u"kind", revisionKindName(r.kind));
            out.field(u"version", r.version);
            out.endObject();
        }
        out.endArray();
        m_out << QString::fromUtf8(out.finish());
        return Done;
    }
    if (article.revisions.isEmpty())
        m_out << tr("No revisions yet.") << '\n';
    for (const Revision &r : article.revisions) {
        m_out << QString::number(r.number).rightJustified(4) << "  " << formatUtc(r.createdAt)
              << "  " << revisionKindName(r.kind).leftJustified(8) << "  v" << r.version << "  "
              << (r.user.isEmpty() ? QStringLiteral("-") : r.user) << '\n';
    }
    return Done;
}

int Cli::diff(Args &args)
{
    if (args.positional.size() != 3)
        return usage(tr("diff needs an article UID and two revision numbers"));
    bool okA = false;
    bool okB = false;
    const int a = args.positional.at(1).toInt(&okA);
    const int b = args.positional.at(2).toInt(&okB);
    if (!okA || !okB)
        return usage(tr("revision numbers are whole numbers (see \"byline-cli revisions UID\")"));
    auto opened = openArticle(args.positional.first());
    if (!opened)
        return report(opened.error());
    const Article &article = opened->article;
    const Revision *from = nullptr;
    const Revision *to = nullptr;
    for (const Revision &r : article.revisions) {
        if (r.number == a)
            from = &r;
        if (r.number == b)
            to = &r;
    }
    if (!from || !to) {
        return report({ErrorCode::NotFound,
                       tr("The article has no revision %1; \"byline-cli revisions %2\" lists them.")
                           .arg(from ? b : a)
                           .arg(args.positional.first()),
                       {}});
    }
    const QList<RevisionDiff::Change> changes = RevisionDiff::compare(from->snapshot, to->snapshot);
    QStringList locales;
    for (const Translation &t : from->snapshot)
        locales.append(t.locale);
    for (const Translation &t : to->snapshot) {
        if (!locales.contains(t.locale))
            locales.append(t.locale);
    }
    auto label = [this](const RevisionDiff::Change &c) {
        switch (c.field) {
        case RevisionDiff::Change::Field::Title:
            return tr("title");
        case RevisionDiff::Change::Field::Lead:
            return tr("lead");
        case RevisionDiff::Change::Field::SeoTitle:
            return tr("SEO title");
        case RevisionDiff::Change::Field::SeoDescription:
            return tr("SEO description");
        case RevisionDiff::Change::Field::Slug:
            return tr("slug");
        case RevisionDiff::Change::Field::Block:
            return tr("block %1").arg(c.blockId);
        }
        return QString();
    };
    for (const QString &locale : std::as_const(locales)) {
        m_out << "[" << locale << "]\n";
        bool any = false;
        bool first = true;
        for (const RevisionDiff::Change &c : changes) {
            if (c.locale != locale)
                continue;
            if (first && c.localeAdded)
                m_out << tr("  (added in revision %1)").arg(b) << '\n';
            if (first && c.localeRemoved)
                m_out << tr("  (removed in revision %1)").arg(b) << '\n';
            first = false;
            any = true;
            m_out << "  " << label(c) << ": " << WordDiff::inlineText(c.pieces) << '\n';
        }
        if (!any)
            m_out << tr("  (no changes)") << '\n';
    }
    return Done;
}

int Cli::restore(Args &args)
{
    if (args.positional.size() == 1 && !args.has("as"))
        return restoreBackup(args);
    if (args.positional.size() != 2)
        return usage(tr("restore needs a backup FILE, or an article UID and a revision number "
                        "with --as USER"));
    bool ok = false;
    const int number = args.positional.at(1).toInt(&ok);
    if (!ok)
        return usage(tr("the revision number is a whole number"));
    if (args.option("as").isEmpty())
        return usage(tr("restore needs --as USER"));
    auto db = openStore();
    if (!db)
        return report(db.error());
    auto restored = EditService(**db).restore(args.positional.first(), number, args.option("as"));
    if (!restored)
        return report(restored.error());
    m_out << tr("Revision %1 is the current text again (kept as revision %2; nothing newer was "
                "lost).")
                 .arg(number)
                 .arg(*restored)
          << '\n';
    return Done;
}

int Cli::save(Args &args)
{
    if (args.positional.size() != 1)
        return usage(
            tr("save needs a FILE (or - for standard input) as \"show UID --json\" prints it"));
    if (args.option("as").isEmpty())
        return usage(tr("save needs --as USER"));
    QFile file;
    const QString path = args.positional.first();
    if (path == QLatin1String("-") ? !file.open(stdin, QIODevice::ReadOnly)
                                   : (file.setFileName(path), !file.open(QIODevice::ReadOnly))) {
        return report({ErrorCode::Io, tr("Cannot read %1: %2.").arg(path, file.errorString()), {}});
    }
    // A pipe delivers the text in pieces: read to the end (and no further than the limit).
    constexpr qint64 limit = 64 * 1024 * 1024;
    QByteArray json;
    while (json.size() <= limit) {
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty())
            break;
        json += chunk;
    }
    if (json.size() > limit) {
        return report({ErrorCode::InvalidInput,
                       tr("%1 is too large for one article (at most 64 MiB).").arg(path),
                       {}});
    }
    auto db = openStore();
    if (!db)
        return report(db.error());
    Interchange::Importer importer(**db);
    auto known = importer.known();
    if (!known)
        return report(known.error());
    auto article = Interchange::Importer::parseArticle(json, *known);
    if (!article)
        return report(article.error());
    auto saved = EditService(**db).save(*article, args.option("as"));
    if (!saved)
        return report(saved.error());
    m_out << tr("Saved %1 as version %2.").arg(article->uid).arg(article->version) << '\n';
    return Done;
}

} // namespace Byline::Cli
