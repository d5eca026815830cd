#include "core/storage/BackupFile.h"

#include "core/storage/Database.h"
#include "core/storage/IntegrityChecker.h"
#include "core/storage/SqliteFile.h"
#include "core/storage/SqliteHeader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Byline::Storage {
namespace {

Error damaged(const QString &path, const QString &why)
{
    return {ErrorCode::StorageCorrupt,
            QObject::tr("%1 is damaged (%2), so it cannot be used as a backup. Nothing was "
                        "changed; use another backup.")
                .arg(path, why),
            why};
}

Error notAStore(const QString &path, const QString &what)
{
    return {ErrorCode::InvalidInput,
            QObject::tr("%1 is not a Byline backup (%2). Nothing was changed; give a file made "
                        "by \"byline-cli backup\" or by the desk's daily backup.")
                .arg(path, what),
            {}};
}

// The store's own checks, on a copy at the latest schema (the rules name today's tables).
Result<int> checkStore(const QString &path)
{
    Database::Options options;
    options.path = path;
    options.migrate = false;
    options.readOnly = true;
    // The store's words ("restore it from a backup") do not fit a backup: damage is said here.
    const auto judged = [&path](const Error &error) {
        return error.code == ErrorCode::StorageCorrupt
            ? damaged(path, error.detail.isEmpty() ? error.message : error.detail)
            : error;
    };
    auto db = Database::open(options);
    if (!db)
        return std::unexpected(judged(db.error()));
    auto problems = IntegrityChecker(**db).run();
    if (!problems)
        return std::unexpected(judged(problems.error()));
    int notes = 0;
    for (const IntegrityChecker::Problem &problem : std::as_const(*problems)) {
        if (problem.kind == IntegrityChecker::Problem::Kind::Damage)
            return std::unexpected(damaged(path, problem.text));
        ++notes;
    }
    return notes;
}

} // namespace

Result<BackupFile::Facts> BackupFile::verify(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return fail(ErrorCode::NotFound,
                    QObject::tr("There is no file %1. Nothing was changed; check the name of "
                                "the backup.")
                        .arg(path));
    }
    if (!info.isFile()) {
        return std::unexpected(notAStore(path, QObject::tr("it is not a file")));
    }
    auto header = SqliteHeader::read(path);
    if (!header)
        return std::unexpected(header.error());
    if (!header->isSqlite())
        return std::unexpected(notAStore(path, QObject::tr("it is not an SQLite database")));
    if (!header->isWellFormed() || header->isCutShort()) {
        return std::unexpected(
            damaged(path,
                    QObject::tr("the file is shorter than the database it should hold; was it "
                                "cut off while copying?")));
    }

    Facts facts;
    facts.bytes = header->fileSize();
    facts.pageSize = header->pageSize();
    SqliteFile file = SqliteFile::open(path, SqliteFile::Mode::ReadOnly);
    const auto version = file.isOpen() ? file.number("PRAGMA user_version") : std::nullopt;
    const auto id = version ? file.number("PRAGMA application_id") : std::nullopt;
    const auto tables = id ? file.number("SELECT count(*) FROM sqlite_master") : std::nullopt;
    const auto ours = tables ? file.number("SELECT count(*) FROM sqlite_master WHERE type = "
                                           "'table' AND name IN ('articles', 'users')")
                             : std::nullopt;
    if (!ours)
        return std::unexpected(damaged(path, file.errorText()));
    const int latest = Database::latestSchemaVersion();
    // As Database::open judges a store: tables without a schema version, another program's
    // id, or a version past ours without Byline's id belong to another program.
    // Byline's own tables are there in every schema (a store older than the application id
    // has nothing else to tell it by).
    if ((*version == 0 && *tables > 0) || (*id != 0 && *id != Database::applicationId)
        || (*version > latest && *id != Database::applicationId) || (*version > 0 && *ours != 2)) {
        return std::unexpected(
            notAStore(path, QObject::tr("it is another program's SQLite database")));
    }
    if (*version == 0)
        return std::unexpected(notAStore(path, QObject::tr("it holds no store")));
    if (*version > latest) {
        return fail(ErrorCode::StorageTooNew,
                    QObject::tr("%1 was made by a newer Byline (schema %2; this program knows up "
                                "to %3). Nothing was changed; update Byline to restore it.")
                        .arg(path)
                        .arg(*version)
                        .arg(latest));
    }
    facts.schemaVersion = int(*version);
    const auto articles = file.number("SELECT count(*) FROM articles");
    if (!articles)
        return std::unexpected(damaged(path, file.errorText()));
    facts.articles = *articles;

    if (facts.schemaVersion == latest) {
        file = SqliteFile();
        auto notes = checkStore(path);
        if (!notes)
            return std::unexpected(notes.error());
        facts.notes = *notes;
        return facts;
    }
    // An older schema: SQLite's own checks here; a restore migrates a copy and checks that.
    const auto integrity = file.column("PRAGMA integrity_check", 1);
    if (!integrity)
        return std::unexpected(damaged(path, file.errorText()));
    if (integrity->value(0) != QLatin1String("ok"))
        return std::unexpected(damaged(path, integrity->value(0)));
    const auto orphans = file.column("PRAGMA foreign_key_check", 1);
    if (!orphans)
        return std::unexpected(damaged(path, file.errorText()));
    if (!orphans->isEmpty())
        return std::unexpected(damaged(path, QObject::tr("rows refer to missing rows")));
    return facts;
}

} // namespace Byline::Storage
