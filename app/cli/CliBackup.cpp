// byline-cli backup FILE | restore FILE (README.md, "Backups").
#include "app/cli/Cli.h"
#include "app/cli/CliArgs.h"

#include "core/storage/Backup.h"
#include "core/storage/Database.h"

#include <QFileInfo>

namespace Byline::Cli {
namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', 1);
}

QString seconds(qint64 milliseconds)
{
    return QString::number(double(milliseconds) / 1000.0, 'f', 1);
}

} // namespace

int Cli::backup(Args &args)
{
    if (args.positional.size() != 1)
        return usage(tr("backup needs the FILE to write the backup to"));
    auto db = openStore();
    if (!db)
        return report(db.error());
    auto done = Storage::Backup(**db).backupTo(args.positional.first());
    if (!done)
        return report(done.error());
    m_out << tr("Backed up %1 to %2: %3 MB, %n article(s), in %4 s; the copy passed its check.",
                nullptr, int(done->articles))
                 .arg((*db)->path(), done->file, megabytes(done->bytes),
                      seconds(done->milliseconds))
          << '\n';
    if (done->notes > 0) {
        m_out << tr("The store has %n problem(s) in its content or search index, and so has the "
                    "copy: \"byline-cli check\" lists them.",
                    nullptr, done->notes)
              << '\n';
    }
    return Done;
}

int Cli::restoreBackup(Args &args)
{
    // Restoring into a store that does not exist yet makes it: nothing to keep a copy of.
    const bool fresh
        = !QFileInfo::exists(m_dbPath.isEmpty() ? Storage::Database::defaultPath() : m_dbPath);
    auto db = openStore(fresh);
    if (!db)
        return report(db.error());
    auto done = Storage::Backup(**db).restoreFrom(args.positional.first(), {}, !fresh);
    if (!done)
        return report(done.error());
    if (!done->safetyCopy.isEmpty()) {
        m_out << (done->safetyCopyDamaged
                      ? tr("The store as it was (damaged) is kept in %1.").arg(done->safetyCopy)
                      : tr("The store as it was is kept in %1; restore that file the same way to "
                           "undo this.")
                            .arg(done->safetyCopy))
              << '\n';
    }
    if (done->migratedFrom > 0) {
        m_out << tr("The backup was at schema %1 and was brought up to schema %2.")
                     .arg(done->migratedFrom)
                     .arg(Storage::Database::latestSchemaVersion())
              << '\n';
    }
    m_out << tr("Restored %1 from %2: %3 MB, %n article(s), in %4 s.", nullptr, int(done->articles))
                 .arg((*db)->path(), done->file, megabytes(done->bytes),
                      seconds(done->milliseconds))
          << '\n';
    if (done->notes > 0) {
        m_out << tr("The backup has %n problem(s) in its content or search index: \"byline-cli "
                    "check\" lists them (\"check --repair\" rebuilds the index).",
                    nullptr, done->notes)
              << '\n';
    }
    return Done;
}

} // namespace Byline::Cli
