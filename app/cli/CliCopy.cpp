// byline-cli copy --from DB --to DB: a whole store into a new file or an empty database, on
// either engine (README.md, "Moving a newsroom"). The copying is core's (StoreCopier); this
// only reads the arguments and says how far it is.
#include "app/cli/Cli.h"
#include "app/cli/CliArgs.h"

#include "core/storage/StoreCopier.h"

#include <QElapsedTimer>
#include <QLocale>

namespace Byline::Cli {

int Cli::copy(Args &args)
{
    if (!args.positional.isEmpty())
        return usage(tr("copy takes only --from DB and --to DB"));
    if (!m_dbPath.isEmpty())
        return usage(tr("copy names its stores with --from and --to, not --db"));
    if (args.option("from").isEmpty() || args.option("to").isEmpty())
        return usage(tr("copy needs --from DB (the store to copy) and --to DB (a new file or an "
                        "empty database)"));
    using Stage = Storage::StoreCopier::Stage;
    Storage::StoreCopier copier(args.option("from"), args.option("to"));
    const QLocale numbers(QLocale::English); // 12,000: the CLI speaks English
    QElapsedTimer sinceLine;
    sinceLine.start();
    // Progress on standard error, two lines a second at most however fast the pages go;
    // standard output gets only the summary.
    copier.setProgress([&](Stage stage, const QString &table, qint64 done, qint64 total) {
        if (sinceLine.elapsed() < 500)
            return;
        sinceLine.restart();
        if (stage == Stage::Rows) {
            m_err << tr("Copying %1: %2 of %3")
                         .arg(table, numbers.toString(done), numbers.toString(total));
        } else {
            m_err << tr("Building the search index: %1 of %2 articles")
                         .arg(numbers.toString(done), numbers.toString(total));
        }
        m_err << '\n';
        m_err.flush();
    });
    auto copied = copier.run();
    if (!copied)
        return report(copied.error());
    m_out << tr("Copied %1 to %2: %n article(s), %3 rows in %4 tables and %5 search documents, "
                "in %6 s.",
                nullptr, int(copied->articles))
                 .arg(copied->from, copied->to, numbers.toString(copied->rows))
                 .arg(copied->tables)
                 .arg(numbers.toString(copied->searchDocuments))
                 .arg(double(copied->milliseconds) / 1000.0, 0, 'f', 1)
          << '\n';
    if (copied->toServer) {
        m_out << tr("Next, as the server's owner: \"byline-cli server setup %1\" gives the "
                    "newsroom's people their logins and rights there.")
                     .arg(copied->to)
              << '\n';
    }
    return Done;
}

} // namespace Byline::Cli
