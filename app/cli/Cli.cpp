#include "app/cli/Cli.h"
#include "app/cli/CliArgs.h"
#include "app/cli/CliProgress.h"

#include "core/FileErrors.h"
#include "core/TimeFormat.h"
#include "core/domain/User.h"
#include "core/interchange/Exporter.h"
#include "core/interchange/Importer.h"
#include "core/interchange/JsonWriter.h"
#include "core/interchange/Seed.h"
#include "core/storage/ArticleLists.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ExpertRepository.h"
#include "core/storage/IntegrityChecker.h"
#include "core/storage/LocaleRepository.h"
#include "core/storage/QuoteRepository.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/SectionRepository.h"
#include "core/translation/QualityChecks.h"
#include "core/workflow/TimeInput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSaveFile>
#include <QSet>

#include <cerrno>
#include <cstdio>

namespace Byline::Cli {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::Io:
        return InvalidInput;
    case ErrorCode::NotFound:
        return NotFound;
    case ErrorCode::Conflict:
        return Conflict;
    case ErrorCode::PermissionDenied:
        return NotPermitted;
    case ErrorCode::StorageLocked:
    case ErrorCode::StorageCorrupt:
    case ErrorCode::StorageReadOnly:
    case ErrorCode::StorageFull:
    case ErrorCode::StorageTooNew:
    case ErrorCode::StorageFailure:
    case ErrorCode::ServerUnreachable:
    case ErrorCode::Cancelled: // nothing in the CLI cancels; if it did, nothing was written
        return StorageFailure;
    }
    return StorageFailure;
}

namespace {

// The export's file, which remembers the system's reason when a write to it fails: the store's
// own calls after it (ending the read snapshot) may change errno before it is read.
class ExportFile : public QSaveFile
{
public:
    using QSaveFile::QSaveFile;
    int failedErrno = 0;

protected:
    qint64 writeData(const char *data, qint64 size) override
    {
        errno = 0;
        const qint64 written = QSaveFile::writeData(data, size);
        if (written < size && failedErrno == 0)
            failedErrno = errno;
        return written;
    }
};

const char *const usageText
    = QT_TRANSLATE_NOOP("Byline::Cli::Cli", R"(Usage: byline-cli [--db PATH] COMMAND [ARGS]

Commands:
  init [--demo]                      create or upgrade the store; --demo adds the sample newsroom
  import FILE|- [--as USER]          read an interchange file (byline/1) into the store, as
                                     USER: rights checked (admins: users and settings;
                                     editors: published text), recorded in the audit trail;
                                     only a store without users takes one without --as
  export FILE|- [--article UID]      write the store (or one article) as an interchange file
  list [--status S] [--locale L] [--json]
  show UID [--json]
  users list [--json]
  users add NAME --role ROLE [--locales ru,hy] [--display-name "Full Name"]
            [--name LOCALE=NAME ...] --as ADMIN
                                     (a new newsroom's first user: --role admin, no --as;
                                     on a server: also their login, password from the
                                     terminal or one line of standard input)
  users names NAME [--display-name "Full Name"] [--name LOCALE=NAME ...] --as ADMIN
                                     how NAME is spelled per language ("ru=Том Рид"), signed
                                     under that language's pages; LOCALE= removes one;
                                     without options: show them
  users password NAME                on a server: a new password for NAME's login (admins)
  server setup URL [--admin NAME [--display-name "Full Name"]]
                                     make a PostgreSQL database a shared newsroom (schema,
                                     group roles, the rights the server enforces) or upgrade
                                     it; as a superuser or the database's owner; again is
                                     harmless; --admin: the first admin and their login
  audit [--limit N] [--json]         the newsroom's audit trail: imports, users, settings
  check [--repair]                   check the store's integrity, content rules and search
                                     index; --repair rebuilds an out-of-step search index
  render UID --locale L [--theme light|dark] [--output FILE] [--preview]
                                     the page a reader sees; --preview: also a locale that is
                                     not published yet
  export-site DIR [--base-url URL] [--changed-only [--atomic]]
                                     the static site: pages, home and section pages, RSS per
                                     language, sitemap.xml, assets; DIR is swapped at once;
                                     --changed-only rewrites in place only what changed (each
                                     file whole); --atomic swaps a whole new site in instead
  search QUERY [--locale L] [--status S] [--section UID] [--author NAME] [--expert UID]
         [--from TIME] [--to TIME] [--limit N] [--prefix] [--json]
                                     full-text search in every locale: words, "phrases",
                                     prefix*; --prefix: the last word is a prefix
  act UID ACTION --as USER [--locale L] [--comment TEXT] [--at TIME]
        ACTION: submit approve request-changes schedule unschedule publish unpublish
                spike restore   (--locale: that translation only)
  publish-due [--now TIME]           publish every scheduled article whose time has come
  comment UID --as USER (--text TEXT [--locale L] | --resolve N)
                                     a comment naming someone (@login) lands in their inbox
  inbox --as USER [--unread] [--json]
                                     USER's inbox, newest first: sent back, assigned,
                                     scheduled, published, mentioned, translation gone stale
  inbox read ID|all --as USER        mark one entry (or all) read
  revisions UID [--json]
  diff UID REV_A REV_B               word-level differences between two revisions
  restore UID REV --as USER          make an old revision the current text (a new revision)
  backup FILE                        a checked copy of the store, taken while others work on it
  restore FILE                       put a backup back; the store as it was is kept beside it
  copy --from DB --to DB             copy a whole store into a new file or an empty database,
                                     between SQLite and PostgreSQL either way; DB is a path or
                                     a postgresql:// URL; progress on standard error
  save FILE|- --as USER              save an article edited from "show UID --json"
  translations UID [--locale L] [--json]
                                     per locale: coverage (done, stale, missing), each segment,
                                     stale ones with the old and new source, quality warnings
  segment-done UID LOCALE SEGMENT --as USER
                                     the translation of SEGMENT (e.g. block:b3) is current again
  experts list [--search TEXT] [--json] | experts show UID
  experts add --name L=NAME [--role L=ROLE] [--country L=COUNTRY] ...
  experts merge KEEP_UID DROP_UID --as USER
  quotes list [--expert UID] [--json]

TIME is ISO 8601 with an offset (2026-12-01T09:00:00+04:00) or a wall-clock time in the
newsroom's time zone (2026-12-01 09:00).

The store is --db PATH, else $BYLINE_DB, else the desktop program's store:
  %1
PATH may be a postgresql://USER@HOST:PORT/DATABASE URL: a newsroom on a server, where you
are your login (no --as needed; the password from ~/.pgpass or PGPASSWORD).
Exit codes: 0 done, 2 usage, 3 not permitted, 4 not found, 5 conflict,
            6 invalid input, 7 storage failure.
)");

// Options that take a value, and flags, per command.
const QMap<QString, QPair<QStringList, QStringList>> &commandOptions()
{
    static const QMap<QString, QPair<QStringList, QStringList>> options {
        {QStringLiteral("init"), {{}, {QStringLiteral("demo")}}},
        {QStringLiteral("server"), {{QStringLiteral("admin"), QStringLiteral("display-name")}, {}}},
        {QStringLiteral("import"), {{QStringLiteral("as")}, {}}},
        {QStringLiteral("audit"), {{QStringLiteral("limit")}, {QStringLiteral("json")}}},
        {QStringLiteral("export"), {{QStringLiteral("article")}, {}}},
        {QStringLiteral("list"),
         {{QStringLiteral("status"), QStringLiteral("locale"), QStringLiteral("limit")},
          {QStringLiteral("json")}}},
        {QStringLiteral("show"), {{}, {QStringLiteral("json")}}},
        {QStringLiteral("users"),
         {{QStringLiteral("role"), QStringLiteral("locales"), QStringLiteral("display-name"),
           QStringLiteral("name"), QStringLiteral("as")},
          {QStringLiteral("json")}}},
        {QStringLiteral("check"), {{}, {QStringLiteral("repair")}}},
        {QStringLiteral("backup"), {{}, {}}},
        {QStringLiteral("copy"), {{QStringLiteral("from"), QStringLiteral("to")}, {}}},
        {QStringLiteral("render"),
         {{QStringLiteral("locale"), QStringLiteral("theme"), QStringLiteral("output")},
          {QStringLiteral("preview")}}},
        {QStringLiteral("export-site"),
         {{QStringLiteral("base-url")},
          {QStringLiteral("changed-only"), QStringLiteral("atomic")}}},
        {QStringLiteral("search"),
         {{QStringLiteral("locale"), QStringLiteral("status"), QStringLiteral("section"),
           QStringLiteral("author"), QStringLiteral("expert"), QStringLiteral("from"),
           QStringLiteral("to"), QStringLiteral("limit")},
          {QStringLiteral("json"), QStringLiteral("prefix")}}},
        {QStringLiteral("act"),
         {{QStringLiteral("as"), QStringLiteral("locale"), QStringLiteral("comment"),
           QStringLiteral("at")},
          {}}},
        {QStringLiteral("publish-due"), {{QStringLiteral("now")}, {}}},
        {QStringLiteral("comment"),
         {{QStringLiteral("as"), QStringLiteral("text"), QStringLiteral("locale"),
           QStringLiteral("resolve")},
          {}}},
        {QStringLiteral("inbox"),
         {{QStringLiteral("as")}, {QStringLiteral("json"), QStringLiteral("unread")}}},
        {QStringLiteral("revisions"), {{}, {QStringLiteral("json")}}},
        {QStringLiteral("diff"), {{}, {}}},
        {QStringLiteral("restore"), {{QStringLiteral("as")}, {}}},
        {QStringLiteral("save"), {{QStringLiteral("as")}, {}}},
        {QStringLiteral("translations"), {{QStringLiteral("locale")}, {QStringLiteral("json")}}},
        {QStringLiteral("segment-done"), {{QStringLiteral("as")}, {}}},
        {QStringLiteral("experts"),
         {{QStringLiteral("search"), QStringLiteral("name"), QStringLiteral("role"),
           QStringLiteral("country"), QStringLiteral("as")},
          {QStringLiteral("json")}}},
        {QStringLiteral("quotes"), {{QStringLiteral("expert")}, {QStringLiteral("json")}}},
    };
    return options;
}

QString timeText(const std::optional<QDateTime> &time)
{
    return time ? formatUtc(*time) : QStringLiteral("-");
}

} // namespace

Cli::Cli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

Cli::~Cli() = default;

int Cli::usage(const QString &problem)
{
    if (!problem.isEmpty())
        m_err << tr("byline-cli: %1").arg(problem) << '\n';
    m_err << tr(usageText).arg(Storage::Database::shownLocation(Storage::Database::defaultPath()));
    return Usage;
}

int Cli::report(const Error &error)
{
    m_err << tr("byline-cli: %1").arg(error.message) << '\n';
    return exitCodeFor(error.code);
}

Result<std::unique_ptr<Storage::Database>> Cli::openStore(bool create)
{
    Storage::Database::Options options;
    options.path = m_dbPath;
    options.createIfMissing = create;
    auto db = Storage::Database::open(options);
    if (db && (*db)->isServer() && m_args) {
        if (auto who = takeLoginIdentity(**db, *m_args); !who)
            return std::unexpected(who.error());
    }
    return db;
}

int Cli::run(const QStringList &arguments)
{
    Args args;
    qsizetype i = 0;
    // Global options come before the command.
    while (i < arguments.size() && arguments.at(i).startsWith(QLatin1String("--"))) {
        const QString arg = arguments.at(i);
        if (arg == QLatin1String("--help")) {
            m_out << tr(usageText).arg(
                Storage::Database::shownLocation(Storage::Database::defaultPath()));
            return Done;
        }
        if (arg == QLatin1String("--version")) {
            m_out << "byline-cli " << QCoreApplication::applicationVersion() << '\n';
            return Done;
        }
        if (arg == QLatin1String("--db") && i + 1 < arguments.size()) {
            m_dbPath = arguments.at(i + 1);
            i += 2;
        } else if (arg.startsWith(QLatin1String("--db="))) {
            m_dbPath = arg.mid(5);
            if (m_dbPath.isEmpty())
                return usage(tr("--db needs a path"));
            ++i;
        } else {
            return usage(tr("unknown option %1").arg(arg));
        }
    }
    if (i >= arguments.size())
        return usage(tr("no command given"));
    args.command = arguments.at(i++);
    const auto known = commandOptions().constFind(args.command);
    if (known == commandOptions().cend())
        return usage(tr("unknown command \"%1\"").arg(args.command));
    const QStringList &valued = known->first;
    const QStringList &flags = known->second;
    for (; i < arguments.size(); ++i) {
        const QString arg = arguments.at(i);
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("-")) {
            args.positional.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (name == QLatin1String("db")) {
            if (eq < 0 && i + 1 >= arguments.size())
                return usage(tr("--db needs a path"));
            m_dbPath = eq >= 0 ? value : arguments.at(++i);
            if (m_dbPath.isEmpty())
                return usage(tr("--db needs a path"));
        } else if (flags.contains(name) && eq < 0) {
            args.flags.insert(name);
        } else if (valued.contains(name)) {
            if (eq < 0) {
                if (i + 1 >= arguments.size()) {
                    return usage(tr("--%1 needs a value").arg(name));
                }
                value = arguments.at(++i);
            }
            args.options[name].append(value);
        } else {
            return usage(tr("\"%1\" does not take --%2").arg(args.command, name));
        }
    }

    m_args = &args;
    if (args.command == QLatin1String("init"))
        return init(args);
    if (args.command == QLatin1String("server"))
        return server(args);
    if (args.command == QLatin1String("import"))
        return importFile(args);
    if (args.command == QLatin1String("export"))
        return exportFile(args);
    if (args.command == QLatin1String("list"))
        return list(args);
    if (args.command == QLatin1String("show"))
        return show(args);
    if (args.command == QLatin1String("users"))
        return users(args);
    if (args.command == QLatin1String("audit"))
        return audit(args);
    if (args.command == QLatin1String("act"))
        return act(args);
    if (args.command == QLatin1String("publish-due"))
        return publishDue(args);
    if (args.command == QLatin1String("comment"))
        return comment(args);
    if (args.command == QLatin1String("inbox"))
        return inbox(args);
    if (args.command == QLatin1String("revisions"))
        return revisions(args);
    if (args.command == QLatin1String("diff"))
        return diff(args);
    if (args.command == QLatin1String("restore"))
        return restore(args);
    if (args.command == QLatin1String("save"))
        return save(args);
    if (args.command == QLatin1String("translations"))
        return translations(args);
    if (args.command == QLatin1String("segment-done"))
        return segmentDone(args);
    if (args.command == QLatin1String("experts"))
        return experts(args);
    if (args.command == QLatin1String("quotes"))
        return quotes(args);
    if (args.command == QLatin1String("search"))
        return search(args);
    if (args.command == QLatin1String("render"))
        return render(args);
    if (args.command == QLatin1String("export-site"))
        return exportSite(args);
    if (args.command == QLatin1String("backup"))
        return backup(args);
    if (args.command == QLatin1String("copy"))
        return copy(args);
    return check(args);
}

int Cli::init(Args &args)
{
    if (!args.positional.isEmpty())
        return usage(tr("init takes no arguments"));
    auto db = openStore(true);
    if (!db)
        return report(db.error());
    if (auto seeded = Interchange::Seed::defaults(**db); !seeded)
        return report(seeded.error());
    m_out << tr("Store ready: %1 (schema %2)").arg((*db)->path()).arg((*db)->schemaVersion())
          << '\n';
    if (args.flag("demo")) {
        if (auto demo = Interchange::Seed::demo(**db); !demo)
            return report(demo.error());
        auto count = Storage::ArticleRepository(**db).count();
        if (!count)
            return report(count.error());
        m_out << tr("Demo newsroom added; the store holds %1 articles.").arg(*count) << '\n';
    }
    return Done;
}

int Cli::importFile(Args &args)
{
    if (args.positional.size() != 1)
        return usage(tr("import needs one FILE (or - for standard input)"));
    auto db = openStore();
    if (!db)
        return report(db.error());
    Interchange::Importer importer(**db);
    importer.setActor(args.option("as"));
    CliProgress progress(m_err, tr("Importing"), CliProgress::terminal());
    progress.setUnknownTotal(tr("%1 KiB read")); // from standard input
    importer.setProgress(progress.progress());
    auto imported = importer.importFile(args.positional.first());
    progress.finish();
    if (!imported) {
        if (imported.error().code == ErrorCode::PermissionDenied && !args.has("as")) {
            return report({ErrorCode::PermissionDenied,
                           tr("This newsroom has users, so an import acts as one of them: add "
                              "--as USER (an editor or an admin for published text, an admin "
                              "for users and settings). Nothing was imported."),
                           {}});
        }
        return report(imported.error());
    }
    m_out << tr("Imported %1 new and %2 updated articles (%3 unchanged), %4 quotes, %5 experts, "
                "%6 users, %7 sections, %8 locales.")
                 .arg(imported->articles)
                 .arg(imported->articlesUpdated)
                 .arg(imported->articlesUnchanged)
                 .arg(imported->quotes)
                 .arg(imported->experts)
                 .arg(imported->users)
                 .arg(imported->sections)
                 .arg(imported->locales)
          << '\n';
    if (!imported->conflicts.isEmpty()) {
        m_out << tr("%n article(s) in the store are newer than or differ from the file at the same "
                    "version; the store kept its text and the file's text was saved as a revision "
                    "(compare with `byline-cli revisions UID`):",
                    nullptr, int(imported->conflicts.size()))
              << '\n';
        for (const QString &uid : std::as_const(imported->conflicts))
            m_out << "  " << uid << '\n';
    }
    return Done;
}

int Cli::exportFile(Args &args)
{
    if (args.positional.size() != 1)
        return usage(tr("export needs one FILE (or - for standard output)"));
    auto db = openStore();
    if (!db)
        return report(db.error());
    Interchange::Exporter exporter(**db);
    CliProgress progress(m_err, tr("Exporting"), CliProgress::terminal());
    exporter.setProgress(progress.progress());
    const QString target = args.positional.first();
    if (target == QLatin1String("-")) {
        m_out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return report({ErrorCode::StorageFailure, tr("Cannot write to standard output."), {}});
        // Streamed as it is read: a failure half way leaves half a document on the pipe, and
        // the exit code says so (the last piece too: it is flushed and checked here).
        auto written = exporter.write(out, args.option("article"));
        if (written && (!out.flush() || std::fflush(stdout) != 0))
            written = fail(ErrorCode::Io, out.errorString());
        progress.finish();
        if (!written) {
            Error error = written.error();
            if (error.code == ErrorCode::Io)
                error = {ErrorCode::StorageFailure,
                         tr("Cannot write to standard output: %1").arg(error.message),
                         {}};
            return report(error);
        }
        return Done;
    }
    const QFileInfo targetInfo(target);
    if (!targetInfo.absoluteDir().exists() || targetInfo.isDir()) {
        return report(
            {ErrorCode::Io,
             targetInfo.isDir()
                 ? tr("Cannot write %1: it is a folder. Name a file to export to.").arg(target)
                 : tr("Cannot write %1: the folder %2 does not exist. Nothing was "
                      "written; create it or choose another path.")
                       .arg(target, targetInfo.absolutePath()),
             {}});
    }
    // Written beside the target and renamed over it: a failed export never leaves half a file,
    // and a file exported before stays as it was.
    ExportFile file(target);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly)) {
        return report(FileErrors::describe(errno, target,
                                           tr("Cannot write %1: %2. Nothing was written; check "
                                              "the path and your rights to it.")
                                               .arg(target, file.errorString())));
    }
    auto written = exporter.write(file, args.option("article"));
    progress.finish();
    if (!written && written.error().code != ErrorCode::Io) {
        file.cancelWriting();
        return report(written.error());
    }
    errno = 0;
    if (!written || !file.commit()) {
        const int cause = file.failedErrno != 0 ? file.failedErrno : errno;
        Error error = FileErrors::describe(cause, target,
                                           tr("Cannot write %1: %2. Nothing was "
                                              "written; check the path and free space.")
                                               .arg(target, file.errorString()));
        file.cancelWriting();
        if (error.code == ErrorCode::Io)
            error.code = ErrorCode::StorageFailure;
        return report(error);
    }
    m_err << tr("Exported to %1.").arg(target) << '\n';
    return Done;
}

Result<> Cli::knownLocale(Storage::Database &db, const QString &code)
{
    if (code.isEmpty())
        return {};
    auto locales = Storage::LocaleRepository(db).all();
    if (!locales)
        return std::unexpected(locales.error());
    if (std::none_of(locales->cbegin(), locales->cend(),
                     [&](const Locale &l) { return l.code == code; }))
        return fail(ErrorCode::InvalidInput,
                    tr("There is no locale \"%1\" in this store.").arg(code));
    return {};
}

int Cli::list(Args &args)
{
    if (!args.positional.isEmpty())
        return usage(tr("list takes no arguments"));
    Storage::ArticleQuery query;
    if (args.has("status")) {
        const auto state = workflowStateFromName(args.option("status"));
        if (!state) {
            return usage(tr("unknown status \"%1\" (draft, "
                            "submitted, approved, scheduled, "
                            "published, spiked)")
                             .arg(args.option("status")));
        }
        query.state = state;
    }
    query.locale = args.option("locale");
    qint64 limit = -1;
    if (args.has("limit")) {
        bool ok = false;
        limit = args.option("limit").toLongLong(&ok);
        if (!ok || limit < 1)
            return usage(tr("--limit needs a positive number"));
    }
    auto db = openStore();
    if (!db)
        return report(db.error());
    if (auto known = knownLocale(**db, query.locale); !known)
        return report(known.error());

    Storage::ArticleRepository articles(**db);
    QList<ArticleSummary> rows;
    query.limit = 500;
    for (;;) {
        if (limit > 0)
            query.limit = int(qMin<qint64>(500, limit - rows.size()));
        auto page = Storage::ArticleLists(**db).summaries(query);
        if (!page)
            return report(page.error());
        rows.append(*page);
        if (page->size() < query.limit || (limit > 0 && rows.size() >= limit))
            break;
        query.afterKey = page->last().sortKey;
        query.afterRowId = page->last().rowId;
    }

    if (args.flag("json")) {
        Interchange::JsonWriter out;
        out.beginArray();
        for (const ArticleSummary &s : std::as_const(rows)) {
            out.beginObject();
            out.field(u"uid", s.uid);
            out.field(u"title", s.title);
            out.field(u"section", s.sectionUid);
            out.field(u"source_locale", s.sourceLocale);
            out.field(u"status", workflowStateName(s.state));
            out.key(u"authors");
            out.stringList(s.authors);
            out.field(u"scheduled_at",
                      s.scheduledAt ? std::optional(formatUtc(*s.scheduledAt))
                                    : std::optional<QString>());
            out.field(u"published_at",
                      s.publishedAt ? std::optional(formatUtc(*s.publishedAt))
                                    : std::optional<QString>());
            out.field(u"published_late_seconds", s.publishedLateSeconds);
            out.field(u"updated_at", formatUtc(s.updatedAt));
            out.field(u"version", s.version);
            out.key(u"locales");
            out.beginObject();
            for (const auto &[code, state] : s.locales)
                out.field(code, translationStateName(state));
            out.endObject();
            out.endObject();
        }
        out.endArray();
        m_out << QString::fromUtf8(out.finish());
        return Done;
    }
    for (const ArticleSummary &s : std::as_const(rows)) {
        QStringList locales;
        for (const auto &[code, state] : s.locales)
            locales.append(code);
        m_out << s.uid << "  " << workflowStateName(s.state).leftJustified(9) << "  "
              << locales.join(QLatin1Char(',')).leftJustified(8) << "  " << s.title;
        if (s.publishedLateSeconds) {
            m_out << tr("  [LATE %1]").arg(TimeInput::duration(*s.publishedLateSeconds));
        }
        m_out << '\n';
    }
    return Done;
}

int Cli::show(Args &args)
{
    if (args.positional.size() != 1)
        return usage(tr("show needs one article UID"));
    auto opened = openArticle(args.positional.first());
    if (!opened)
        return report(opened.error());
    const Article &a = opened->article;
    if (args.flag("json")) {
        m_out << QString::fromUtf8(Interchange::Exporter::articleJson(a));
        return Done;
    }
    const Translation *source = a.sourceTranslation();
    m_out << (source ? source->title : QString()) << '\n'
          << tr("uid:        %1").arg(a.uid) << '\n'
          << tr("status:     %1").arg(workflowStateName(a.state)) << '\n'
          << tr("section:    %1").arg(a.sectionUid) << '\n'
          << tr("source:     %1").arg(a.sourceLocale) << '\n'
          << tr("authors:    %1").arg(a.authors.join(QStringLiteral(", "))) << '\n'
          << tr("editor:     %1").arg(a.editor.isEmpty() ? QStringLiteral("-") : a.editor) << '\n'
          << tr("created:    %1").arg(formatUtc(a.createdAt)) << '\n'
          << tr("updated:    %1").arg(formatUtc(a.updatedAt)) << '\n'
          << tr("scheduled:  %1").arg(timeText(a.scheduledAt)) << '\n'
          << tr("published:  %1").arg(timeText(a.publishedAt))
          << (a.publishedLateSeconds ? tr("  (LATE: went out %1 after its scheduled time)")
                                           .arg(TimeInput::duration(*a.publishedLateSeconds))
                                     : QString())
          << '\n'
          << tr("version:    %1").arg(a.version) << '\n';
    m_out << tr("translations:") << '\n';
    for (const Translation &t : a.translations) {
        m_out << "  " << t.locale << "  " << translationStateName(t.state).leftJustified(17)
              << (t.publishedAt ? tr("live since %1").arg(formatUtc(*t.publishedAt))
                                : tr("not live"))
                     .leftJustified(32)
              << tr("%n block(s)", nullptr, int(t.blocks.size())).leftJustified(11) << "  "
              << t.title << '\n';
    }
    m_out << tr("history:") << '\n';
    if (a.history.isEmpty())
        m_out << "  -\n";
    for (const AuditEntry &e : a.history) {
        m_out << "  " << formatUtc(e.at) << "  "
              << (e.user.isEmpty() ? QStringLiteral("-") : e.user) << "  " << e.action << "  "
              << e.from << " -> " << e.to;
        if (!e.locale.isEmpty())
            m_out << "  [" << e.locale << ']';
        if (!e.comment.isEmpty())
            m_out << "  \"" << e.comment << '"';
        m_out << '\n';
    }
    m_out << tr("comments:") << '\n';
    if (a.comments.isEmpty())
        m_out << "  -\n";
    for (const Comment &c : a.comments) {
        m_out << "  #" << c.number << "  " << formatUtc(c.at) << "  "
              << (c.user.isEmpty() ? QStringLiteral("-") : c.user);
        if (!c.locale.isEmpty())
            m_out << "  [" << c.locale << ']';
        m_out << "  " << c.text;
        if (c.resolvedAt) {
            m_out << tr("  (resolved by %1, %2)").arg(c.resolvedBy, formatUtc(*c.resolvedAt));
        }
        m_out << '\n';
    }
    m_out << tr("revisions:  %1").arg(a.revisions.size()) << '\n';
    return Done;
}

int Cli::check(Args &args)
{
    if (!args.positional.isEmpty())
        return usage(tr("check takes no arguments"));
    auto db = openStore();
    if (!db)
        return report(db.error());
    auto problems = Storage::IntegrityChecker(**db).run();
    if (!problems)
        return report(problems.error());
    const bool indexOnly = !problems->isEmpty()
        && std::all_of(problems->cbegin(), problems->cend(), [](const auto &p) {
               return p.kind == Storage::IntegrityChecker::Problem::Kind::Index;
           });
    if (indexOnly && args.flag("repair")) {
        for (const auto &problem : std::as_const(*problems))
            m_out << tr("index: %1").arg(problem.text) << '\n';
        auto rebuilt = Storage::SearchIndex(**db).rebuild();
        if (!rebuilt)
            return report(rebuilt.error());
        m_out << tr("repaired: the search index was rebuilt (%n document(s)).", nullptr, *rebuilt)
              << '\n';
        problems = Storage::IntegrityChecker(**db).run();
        if (!problems)
            return report(problems.error());
    }
    // Translation quality: warnings per article and locale (they do not fail the check).
    int warnings = 0;
    if (problems->isEmpty()) {
        Storage::ArticleRepository articles(**db);
        auto uids = articles.uids();
        auto locales = Storage::LocaleRepository(**db).all();
        auto experts = Storage::ExpertRepository(**db).all();
        auto quotes = Storage::QuoteRepository(**db).all();
        for (const Error *e :
             {uids ? nullptr : &uids.error(), locales ? nullptr : &locales.error(),
              experts ? nullptr : &experts.error(), quotes ? nullptr : &quotes.error()}) {
            if (e)
                return report(*e);
        }
        for (const QString &uid : std::as_const(*uids)) {
            auto article = articles.find(uid);
            if (!article)
                return report(article.error());
            if (!*article)
                continue;
            for (const Locale &l : std::as_const(*locales)) {
                for (const auto &w :
                     QualityChecks::checkLocale(**article, l.code, *experts, *quotes)) {
                    ++warnings;
                    m_out << tr("warning: %1 %2 %3 %4: %5")
                                 .arg(uid, l.code, w.segment, QualityChecks::kindName(w.kind),
                                      w.detail)
                          << '\n';
                }
            }
        }
    }
    if (problems->isEmpty()) {
        m_out << tr("ok: %1 (schema %2) passed every check.")
                     .arg((*db)->path())
                     .arg((*db)->schemaVersion());
        if (warnings > 0)
            m_out << ' ' << tr("%n translation warning(s) above.", nullptr, warnings);
        m_out << '\n';
        return Done;
    }
    bool damaged = false;
    for (const auto &problem : std::as_const(*problems)) {
        damaged = damaged || problem.kind == Storage::IntegrityChecker::Problem::Kind::Damage;
        switch (problem.kind) {
        case Storage::IntegrityChecker::Problem::Kind::Damage:
            m_out << tr("damage: %1").arg(problem.text) << '\n';
            break;
        case Storage::IntegrityChecker::Problem::Kind::Rule:
            m_out << tr("rule: %1").arg(problem.text) << '\n';
            break;
        case Storage::IntegrityChecker::Problem::Kind::Index:
            m_out << tr("index: %1").arg(problem.text) << '\n';
            break;
        }
    }
    if (indexOnly && !args.flag("repair"))
        m_err << tr("byline-cli: the search index is out of step; \"byline-cli check --repair\" "
                    "rebuilds it from the store.")
              << '\n';
    m_err << tr("byline-cli: %n problem(s) found.", nullptr, int(problems->size())) << '\n';
    return damaged ? StorageFailure : InvalidInput;
}

} // namespace Byline::Cli
