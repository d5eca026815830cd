#include "core/storage/Migrator.h"

#include "core/Log.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>

#include <algorithm>

namespace Byline::Storage {

namespace {
// The advisory lock a server's upgrade holds ("BYLN").
constexpr qint64 advisoryLock = 0x42594C4E;

QString &sourceDirectory()
{
    static QString directory = QStringLiteral(":/byline/migrations");
    return directory;
}
} // namespace

void Migrator::setSourceDirectory(const QString &directory)
{
    sourceDirectory() = directory.isEmpty() ? QStringLiteral(":/byline/migrations") : directory;
}

QList<Migrator::Step> Migrator::steps(bool server)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})_([a-z0-9_]+)\.sql$)"));
    QList<Step> result;
    const QDir dir(sourceDirectory() + (server ? QStringLiteral("/postgres") : QString()));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        result.append({match.captured(1).toInt(), match.captured(2), dir.filePath(file)});
    }
    std::sort(result.begin(), result.end(),
              [](const Step &a, const Step &b) { return a.version < b.version; });
    return result;
}

int Migrator::latestVersion(bool server)
{
    const QList<Step> all = steps(server);
    return all.isEmpty() ? 0 : all.last().version;
}

QStringList Migrator::splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    bool inDollarQuote = false;
    for (const QString &line : sql.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))))
            continue;
        if (current.isEmpty()) {
            // A SQLite trigger's body ends with a line "END;"; a PostgreSQL trigger only
            // names its function and ends like any statement.
            inTrigger = trimmed.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)
                && !sql.contains(QLatin1String("EXECUTE FUNCTION"));
        }
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollarQuote = !inDollarQuote;
        current += line + QLatin1Char('\n');
        const bool ends = inDollarQuote ? false
            : inTrigger ? trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                        : trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

Result<> Migrator::migrate(Database &db, int target)
{
    if (target < 0)
        target = latestVersion(db.isServer());
    if (db.isServer()) {
        // Another desk may be upgrading the same server: wait for it, then read the version
        // again (the first to lock does the work; the rest find it done).
        auto locked = db.scalar(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(advisoryLock));
        if (!locked)
            return std::unexpected(locked.error());
        auto version = db.scalar(QStringLiteral("SELECT value FROM byline_meta "
                                                "WHERE key = 'schema_version'"));
        if (version && !version->isNull())
            db.m_schemaVersion = version->toInt();
    }
    const auto unlock = qScopeGuard([&db] {
        if (db.isServer())
            (void)db.scalar(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(advisoryLock));
    });
    for (const Step &step : steps(db.isServer())) {
        if (step.version <= db.m_schemaVersion || step.version > target)
            continue;
        QFile file(step.resource);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(
                ErrorCode::StorageFailure,
                QObject::tr("The migration %1 is missing from this build.").arg(step.resource));
        }
        const QString what = QObject::tr("upgrading the store to schema %1").arg(step.version);
        auto tx = Transaction::begin(db, what);
        if (!tx)
            return std::unexpected(tx.error());
        for (const QString &statement : splitStatements(QString::fromUtf8(file.readAll()))) {
            if (auto done = db.run(statement, {}, what); !done)
                return std::unexpected(done.error());
        }
        if (db.isServer()) {
            if (auto set = db.run(QStringLiteral("UPDATE byline_meta SET value = ? "
                                                 "WHERE key = 'schema_version'"),
                                  {QString::number(step.version)}, what);
                !set)
                return std::unexpected(set.error());
            if (auto committed = tx->commit(); !committed)
                return std::unexpected(committed.error());
            db.m_schemaVersion = step.version;
            qCInfo(lcStorage) << "migrated" << db.path() << "to schema" << step.version;
            continue;
        }
        // PRAGMA takes no bound values; the number comes from our own file name.
        if (auto set
            = db.run(QStringLiteral("PRAGMA user_version = %1").arg(step.version), {}, what);
            !set) {
            return std::unexpected(set.error());
        }
        if (auto id
            = db.run(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId), {},
                     what);
            !id) {
            return std::unexpected(id.error());
        }
        if (auto committed = tx->commit(); !committed)
            return std::unexpected(committed.error());
        db.m_schemaVersion = step.version;
        qCInfo(lcStorage) << "migrated" << db.path() << "to schema" << step.version << step.name;
    }
    return {};
}

} // namespace Byline::Storage
