#include "tests/torture/TortureRun.h"

#include "core/storage/Database.h"
#include "tests/torture/DemoNewsroom.h"
#include "tests/torture/OldStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>

#include <algorithm>

#include <signal.h>

namespace Byline::Torture {
namespace {

using Test::DemoNewsroom::admin;
using Test::DemoNewsroom::editor;
constexpr int importedPerFile = 3; // articles per import: all of them or none
constexpr int oldStoreArticles = 150;

// A connection of the harness's own, apart from byline-cli's, for reading what is stored.
class Reader
{
public:
    explicit Reader(const QString &path)
        : m_name(QStringLiteral("torture-%1").arg(++s_count))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_open = m_db.open();
    }
    ~Reader()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] const QSqlDatabase &db() const { return m_db; }
    [[nodiscard]] QVariant scalar(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (qsizetype i = 0; i < binds.size(); ++i)
            q.bindValue(int(i), binds.at(i));
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }
    [[nodiscard]] QStringList column(const QString &sql) const
    {
        QStringList values;
        QSqlQuery q(m_db);
        if (q.exec(sql)) {
            while (q.next())
                values.append(q.value(0).toString());
        }
        return values;
    }

private:
    static inline int s_count = 0;
    QString m_name;
    QSqlDatabase m_db;
    bool m_open = false;
};

bool writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

void removeStore(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    const QFileInfo info(path);
    for (const QFileInfo &left :
         QDir(info.absolutePath())
             .entryInfoList({info.fileName() + QStringLiteral(".*")}, QDir::Files | QDir::Hidden))
        QFile::remove(left.absoluteFilePath());
}

} // namespace

QString TortureRun::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Save:
        return QStringLiteral("save");
    case Kind::Comment:
        return QStringLiteral("comment");
    case Kind::Act:
        return QStringLiteral("act");
    case Kind::Import:
        return QStringLiteral("import");
    case Kind::Migrate:
        return QStringLiteral("migrate");
    case Kind::ExportSite:
        return QStringLiteral("export-site");
    }
    return {};
}

TortureRun::TortureRun(Options options)
    : m_options(std::move(options))
    , m_store(m_options.work + QStringLiteral("/store.sqlite"))
    , m_site(m_options.work + QStringLiteral("/site"))
    , m_random(m_options.seed)
    , m_env(QProcessEnvironment::systemEnvironment())
{
    m_env.remove(QStringLiteral("BYLINE_DB"));
    // A lock held by a killed writer is released with its process; nobody waits for long.
    m_env.insert(QStringLiteral("BYLINE_BUSY_TIMEOUT_MS"), QStringLiteral("2000"));
}

TortureRun::Outcome TortureRun::launch(const QStringList &args, int killAfterMs,
                                       const QString &store)
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.setProgram(m_options.cli);
    process.setArguments(QStringList {QStringLiteral("--db"), store.isEmpty() ? m_store : store}
                         + args);
    process.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start();
    Outcome outcome;
    if (!process.waitForStarted(30000)) {
        outcome.err = process.errorString();
        return outcome;
    }
    if (killAfterMs >= 0 && !process.waitForFinished(std::max(killAfterMs, 1)))
        ::kill(pid_t(process.processId()), SIGKILL);
    process.waitForFinished(300000);
    outcome.ms = timer.elapsed();
    outcome.killed = process.exitStatus() == QProcess::CrashExit;
    outcome.exitCode = outcome.killed ? -1 : process.exitCode();
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return outcome;
}

bool TortureRun::prepare(QString &error)
{
    if (!QDir().mkpath(m_options.work)) {
        error = QStringLiteral("cannot create %1").arg(m_options.work);
        return false;
    }
    removeStore(m_store);
    const Outcome init = launch({QStringLiteral("init"), QStringLiteral("--demo")});
    if (init.exitCode != 0) {
        error = QStringLiteral("init --demo failed: %1").arg(init.err);
        return false;
    }
    // How long byline-cli takes to start and stop doing nothing: kills are spread from half of
    // that (the store is opened) to just past the end of each kind of operation.
    QList<qint64> startups;
    for (int i = 0; i < 5; ++i)
        startups.append(
            launch({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1")}).ms);
    std::sort(startups.begin(), startups.end());
    m_figures.startupMs = double(startups.at(2));
    {
        Reader reader(m_store);
        const QStringList uids
            = reader.column(QStringLiteral("SELECT uid FROM articles ORDER BY id"));
        if (uids.size() < 6) {
            error = QStringLiteral("the demo newsroom has %1 articles, 6 needed").arg(uids.size());
            return false;
        }
        m_allArticles = uids;
        m_saveArticles = uids.mid(0, 3);
        m_actArticles = uids.mid(3, 3);
    }
    const QString templateFile = m_options.work + QStringLiteral("/template.json");
    const Outcome exported = launch({QStringLiteral("export"), templateFile,
                                     QStringLiteral("--article"), m_allArticles.last()});
    QFile file(templateFile);
    if (exported.exitCode != 0 || !file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("export of the import template failed: %1").arg(exported.err);
        return false;
    }
    m_importTemplate = QJsonDocument::fromJson(file.readAll()).object();
    QDir(m_site).removeRecursively();
    const Outcome site = launch({QStringLiteral("export-site"), m_site});
    if (site.exitCode != 0) {
        error = QStringLiteral("the first export-site failed: %1").arg(site.err);
        return false;
    }
    m_lastSite = SiteSnapshot::of(m_site);
    for (int k = 0; k < kindCount; ++k)
        m_durationMs[Kind(k)] = m_figures.startupMs * 3;
    return true;
}

QString TortureRun::marker(const char *kind)
{
    return QStringLiteral("torture %1%2 %3")
        .arg(QLatin1String(kind))
        .arg(++m_counter, 6, 10, QLatin1Char('0'))
        .arg(m_options.seed);
}

void TortureRun::problem(const QString &text)
{
    if (m_figures.problems.size() < 50)
        m_figures.problems.append(text);
    if (m_options.verbose)
        QTextStream(stderr) << "torture: " << text << '\n';
}

int TortureRun::killMoment(Kind kind)
{
    // Three in ten run to the end: they are the acknowledged changes, and their durations
    // place the kills.
    if (std::uniform_int_distribution<int>(0, 9)(m_random) < 3)
        return -1;
    const double from = m_figures.startupMs / 2;
    const double to = std::max(m_durationMs.value(kind) * 1.1, from + 1);
    return int(std::uniform_real_distribution<double>(from, to)(m_random));
}

bool TortureRun::settle(Kind kind, const Outcome &outcome, const QStringList &what)
{
    ++m_figures.operations[kind];
    if (outcome.killed) {
        ++m_figures.kills;
        ++m_figures.killsOf[kind];
        return false;
    }
    if (outcome.exitCode != 0) {
        ++m_figures.unexpected;
        problem(QStringLiteral("%1 (%2) failed with exit %3 without being killed: %4")
                    .arg(kindName(kind), what.join(QLatin1Char(' ')))
                    .arg(outcome.exitCode)
                    .arg(outcome.err));
        return false;
    }
    double &mean = m_durationMs[kind];
    mean = mean * 0.8 + double(outcome.ms) * 0.2;
    return true;
}

QString TortureRun::pick(const QStringList &among)
{
    return among.at(std::uniform_int_distribution<qsizetype>(0, among.size() - 1)(m_random));
}

void TortureRun::conclude(Kind kind, const Outcome &outcome, Ledger::Kind change,
                          const QStringList &uids, const QStringList &markers,
                          const QStringList &what)
{
    const bool acknowledged = settle(kind, outcome, uids.mid(0, 1) + what);
    if (acknowledged || outcome.killed)
        m_ledger.add(change, acknowledged, uids, markers);
    if (outcome.killed)
        verifyStore(m_store, false);
}

void TortureRun::save()
{
    const QString uid = pick(m_saveArticles);
    const Outcome shown = launch({QStringLiteral("show"), uid, QStringLiteral("--json")});
    if (shown.exitCode != 0) {
        ++m_figures.unexpected;
        problem(QStringLiteral("show %1 failed: %2").arg(uid, shown.err));
        return;
    }
    QJsonObject article = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    const QString source = article.value(QStringLiteral("source_locale")).toString();
    QJsonObject translations = article.value(QStringLiteral("translations")).toObject();
    QJsonObject text = translations.value(source).toObject();
    const QString title = marker("save");
    text.insert(QStringLiteral("title"), title);
    translations.insert(source, text);
    article.insert(QStringLiteral("translations"), translations);
    const QString file = m_options.work + QStringLiteral("/save.json");
    writeJson(file, article);
    const Outcome saved = launch({QStringLiteral("save"), file, QStringLiteral("--as"), editor},
                                 killMoment(Kind::Save));
    conclude(Kind::Save, saved, Ledger::Kind::Save, {uid}, {title});
}

void TortureRun::comment()
{
    const QString uid = pick(m_allArticles);
    const QString text = marker("comment");
    const Outcome done = launch({QStringLiteral("comment"), uid, QStringLiteral("--as"), editor,
                                 QStringLiteral("--text"), text},
                                killMoment(Kind::Comment));
    conclude(Kind::Comment, done, Ledger::Kind::Comment, {uid}, {text});
}

void TortureRun::act()
{
    const QString uid = pick(m_actArticles);
    QString status;
    QString author;
    {
        Reader reader(m_store);
        status = reader.scalar(QStringLiteral("SELECT status FROM articles WHERE uid = ?"), {uid})
                     .toString();
        author = reader
                     .scalar(QStringLiteral("SELECT u.name FROM article_authors x "
                                            "JOIN users u ON u.id = x.user_id "
                                            "JOIN articles a ON a.id = x.article_id "
                                            "WHERE a.uid = ? ORDER BY x.position LIMIT 1"),
                             {uid})
                     .toString();
    }
    // Every state has a way on, so that the articles keep moving round the workflow.
    const QMap<QString, QStringList> next {
        {QStringLiteral("draft"), {QStringLiteral("submit")}},
        {QStringLiteral("submitted"),
         {QStringLiteral("approve"), QStringLiteral("request-changes")}},
        {QStringLiteral("approved"),
         {QStringLiteral("publish"), QStringLiteral("schedule"), QStringLiteral("spike")}},
        {QStringLiteral("scheduled"), {QStringLiteral("unschedule"), QStringLiteral("publish")}},
        {QStringLiteral("published"), {QStringLiteral("unpublish")}},
        {QStringLiteral("spiked"), {QStringLiteral("restore")}},
    };
    const QStringList actions = next.value(status);
    if (actions.isEmpty()) {
        ++m_figures.unexpected;
        problem(QStringLiteral("article %1 is in an unknown state \"%2\"").arg(uid, status));
        return;
    }
    const QString action = pick(actions);
    const QString text = marker("act");
    QStringList args {QStringLiteral("act"),
                      uid,
                      action,
                      QStringLiteral("--as"),
                      action == QLatin1String("submit") ? author : editor,
                      QStringLiteral("--comment"),
                      text};
    if (action == QLatin1String("schedule"))
        args << QStringLiteral("--at") << QStringLiteral("2031-03-04T05:06:00+00:00");
    const Outcome done = launch(args, killMoment(Kind::Act));
    conclude(Kind::Act, done, Ledger::Kind::Act, {uid}, {text}, {action, status});
}

void TortureRun::importArticles()
{
    QJsonObject document = m_importTemplate;
    const QJsonObject original
        = document.value(QStringLiteral("articles")).toArray().at(0).toObject();
    QJsonArray articles;
    QStringList uids;
    QStringList titles;
    for (int i = 0; i < importedPerFile; ++i) {
        QJsonObject article = original;
        const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString title = marker("import");
        article.insert(QStringLiteral("uid"), uid);
        for (const char *key : {"revisions", "history", "comments"})
            article.insert(QLatin1String(key), QJsonArray());
        const QString source = article.value(QStringLiteral("source_locale")).toString();
        QJsonObject translations = article.value(QStringLiteral("translations")).toObject();
        for (const QString &locale : translations.keys()) {
            QJsonObject text = translations.value(locale).toObject();
            text.insert(QStringLiteral("slug"),
                        QString(text.value(QStringLiteral("slug")).toString() + QLatin1Char('-')
                                + uid.left(8)));
            if (locale == source)
                text.insert(QStringLiteral("title"), title);
            translations.insert(locale, text);
        }
        article.insert(QStringLiteral("translations"), translations);
        articles.append(article);
        uids.append(uid);
        titles.append(title);
    }
    document.insert(QStringLiteral("articles"), articles);
    const QString file = m_options.work + QStringLiteral("/import.json");
    writeJson(file, document);
    const Outcome done = launch({QStringLiteral("import"), file, QStringLiteral("--as"), admin},
                                killMoment(Kind::Import));
    conclude(Kind::Import, done, Ledger::Kind::Import, uids, titles);
}

void TortureRun::migrate()
{
    const int latest = Storage::Database::latestSchemaVersion();
    const int version = std::uniform_int_distribution<int>(1, latest - 1)(m_random);
    const QString path = m_options.work + QStringLiteral("/old/old.sqlite");
    QDir().mkpath(QFileInfo(path).absolutePath());
    removeStore(path);
    auto contents = OldStore::create(path, version, oldStoreArticles, m_options.work);
    if (!contents) {
        ++m_figures.unexpected;
        problem(QStringLiteral("cannot build a store at schema %1: %2 %3")
                    .arg(version)
                    .arg(contents.error().message, contents.error().detail));
        return;
    }
    const QString what = QStringLiteral("from schema %1").arg(version);
    const Outcome done = launch({QStringLiteral("init")}, killMoment(Kind::Migrate), path);
    bool acknowledged = settle(Kind::Migrate, done, {what});
    if (done.killed) {
        {
            Reader reader(path);
            const QString integrity
                = reader.scalar(QStringLiteral("PRAGMA integrity_check")).toString();
            if (integrity != QLatin1String("ok")) {
                ++m_figures.corruptions;
                problem(QStringLiteral("a migration %1 killed after %2 ms left a damaged store: %3")
                            .arg(what)
                            .arg(done.ms)
                            .arg(integrity));
            }
        }
        // Running init again finishes the upgrade.
        const Outcome again = launch({QStringLiteral("init")}, -1, path);
        if (again.exitCode != 0) {
            ++m_figures.unexpected;
            problem(QStringLiteral("init after a migration %1 killed after %2 ms failed "
                                   "(exit %3): %4")
                        .arg(what)
                        .arg(done.ms)
                        .arg(again.exitCode)
                        .arg(again.err));
            return;
        }
        acknowledged = true;
    }
    if (!acknowledged)
        return;
    const Outcome checked = launch({QStringLiteral("check")}, -1, path);
    if (checked.exitCode != 0) {
        ++m_figures.corruptions;
        problem(
            QStringLiteral("check of a store migrated %1%2 failed (exit %3): %4 %5")
                .arg(what,
                     done.killed ? QStringLiteral(" (killed after %1 ms)").arg(done.ms) : QString())
                .arg(checked.exitCode)
                .arg(checked.out.simplified().left(300), checked.err.left(300)));
    }
    Reader reader(path);
    if (reader.scalar(QStringLiteral("PRAGMA user_version")).toInt() != latest) {
        ++m_figures.corruptions;
        problem(QStringLiteral("a store migrated %1 is not at schema %2").arg(what).arg(latest));
    }
    qsizetype found = 0;
    for (qsizetype i = 0; i < contents->uids.size(); ++i) {
        found += reader
                     .scalar(QStringLiteral("SELECT count(*) FROM translations t JOIN articles a "
                                            "ON a.id = t.article_id WHERE a.uid = ? AND "
                                            "t.title = ?"),
                             {contents->uids.at(i), contents->titles.at(i)})
                     .toInt();
    }
    m_figures.carried += found;
    if (found == contents->uids.size())
        ++m_figures.checkedOf[Kind::Migrate];
    if (found != contents->uids.size()) {
        m_figures.lost += int(contents->uids.size() - found);
        problem(QStringLiteral("a store migrated %1 holds %2 of its %3 articles")
                    .arg(what)
                    .arg(found)
                    .arg(contents->uids.size()));
    }
}

void TortureRun::exportSite()
{
    const Outcome done
        = launch({QStringLiteral("export-site"), m_site}, killMoment(Kind::ExportSite));
    if (settle(Kind::ExportSite, done, {m_site})) {
        m_lastSite = SiteSnapshot::of(m_site);
        return;
    }
    if (!done.killed)
        return;
    // The folder is the last site or the one this export was writing, which an export of the
    // same store elsewhere shows.
    const SiteSnapshot left = SiteSnapshot::of(m_site);
    const QString reference = m_options.work + QStringLiteral("/reference/site");
    QDir(reference).removeRecursively();
    QDir().mkpath(QFileInfo(reference).absolutePath());
    if (launch({QStringLiteral("export-site"), reference}).exitCode != 0) {
        ++m_figures.unexpected;
        problem(QStringLiteral("the reference export-site failed"));
        return;
    }
    const SiteSnapshot fresh = SiteSnapshot::of(reference);
    if (left == m_lastSite || left == fresh)
        ++m_figures.checkedOf[Kind::ExportSite];
    else {
        ++m_figures.corruptions;
        problem(QStringLiteral("export-site killed after %1 ms left neither the previous site nor "
                               "the new one: %2")
                    .arg(done.ms)
                    .arg(left.differences(fresh).join(QStringLiteral("; "))));
    }
    const Outcome next = launch({QStringLiteral("export-site"), m_site});
    if (next.exitCode != 0) {
        ++m_figures.unexpected;
        problem(QStringLiteral("export-site after a killed one failed (exit %1): %2")
                    .arg(next.exitCode)
                    .arg(next.err));
        return;
    }
    const QStringList staging = QDir(m_options.work)
                                    .entryList({QStringLiteral(".site.staging*")},
                                               QDir::AllEntries | QDir::Hidden | QDir::System);
    if (!staging.isEmpty()) {
        ++m_figures.corruptions;
        problem(QStringLiteral("the export after a killed one left %1").arg(staging.join(u' ')));
    }
    m_lastSite = SiteSnapshot::of(m_site);
    if (m_lastSite != fresh) {
        ++m_figures.corruptions;
        problem(QStringLiteral("two exports of one store differ: %1")
                    .arg(m_lastSite.differences(fresh).join(QStringLiteral("; "))));
    }
}

void TortureRun::verifyStore(const QString &path, bool everything)
{
    {
        Reader reader(path);
        if (!reader.isOpen()) {
            ++m_figures.corruptions;
            problem(QStringLiteral("the store cannot be opened after a kill"));
            return;
        }
        const QString integrity
            = reader.scalar(QStringLiteral("PRAGMA integrity_check")).toString();
        if (integrity != QLatin1String("ok")) {
            ++m_figures.corruptions;
            problem(QStringLiteral("PRAGMA integrity_check: %1").arg(integrity));
        }
        const Ledger::Verdict verdict = m_ledger.verify(reader.db(), everything);
        m_figures.lost += verdict.lost;
        m_figures.corruptions += verdict.torn;
        for (const QString &p : verdict.problems)
            problem(p);
        if (everything) {
            const QMap<Ledger::Kind, Kind> kinds {{Ledger::Kind::Save, Kind::Save},
                                                  {Ledger::Kind::Comment, Kind::Comment},
                                                  {Ledger::Kind::Act, Kind::Act},
                                                  {Ledger::Kind::Import, Kind::Import}};
            for (auto it = verdict.checked.cbegin(); it != verdict.checked.cend(); ++it)
                m_figures.checkedOf[kinds.value(it.key())] += it.value();
        }
    }
    const Outcome checked = launch({QStringLiteral("check")}, -1, path);
    if (checked.exitCode != 0) {
        ++m_figures.corruptions;
        problem(QStringLiteral("byline-cli check failed (exit %1): %2 %3")
                    .arg(checked.exitCode)
                    .arg(checked.out.simplified().left(300), checked.err.left(300)));
    }
}

void TortureRun::operate(Kind kind)
{
    switch (kind) {
    case Kind::Save:
        save();
        break;
    case Kind::Comment:
        comment();
        break;
    case Kind::Act:
        act();
        break;
    case Kind::Import:
        importArticles();
        break;
    case Kind::Migrate:
        migrate();
        break;
    case Kind::ExportSite:
        exportSite();
        break;
    }
}

TortureRun::Figures TortureRun::run()
{
    QElapsedTimer timer;
    timer.start();
    int shown = 0;
    while (m_figures.kills < m_options.kills) {
        operate(Kind(std::uniform_int_distribution<int>(0, kindCount - 1)(m_random)));
        if (m_options.verbose && m_figures.kills / 50 != shown / 50) {
            shown = m_figures.kills;
            QTextStream(stderr) << "torture: " << shown << " kills, " << timer.elapsed() / 1000
                                << " s\n";
        }
    }
    // At the end, every change acknowledged since the start.
    verifyStore(m_store, true);
    // And the site is the one the last acknowledged export wrote.
    if (SiteSnapshot::of(m_site) == m_lastSite) {
        ++m_figures.checkedOf[Kind::ExportSite];
    } else {
        ++m_figures.corruptions;
        problem(QStringLiteral("the site is not the one the last acknowledged export wrote"));
    }
    m_figures.elapsedMs = timer.elapsed();
    return m_figures;
}

} // namespace Byline::Torture
