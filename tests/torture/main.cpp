// byline-torture: kills byline-cli at random moments and checks that nothing acknowledged is
// lost and nothing is damaged (scripts/torture runs it; README.md, "Reliability").
#include "tests/torture/TortureRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

using Byline::Torture::TortureRun;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("byline.*=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Kills byline-cli at random moments in save, comment, act, import, migrate and "
        "export-site, and checks the store and the site after every kill."));
    parser.addHelpOption();
    const QCommandLineOption cli(QStringLiteral("cli"), QStringLiteral("byline-cli to run"),
                                 QStringLiteral("PATH"));
    const QCommandLineOption kills(QStringLiteral("kills"), QStringLiteral("kills to make"),
                                   QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("random seed (to repeat a run)"),
                                  QStringLiteral("S"));
    const QCommandLineOption work(QStringLiteral("work"),
                                  QStringLiteral("folder for the stores (default: a temporary "
                                                 "one, removed unless something failed)"),
                                  QStringLiteral("DIR"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QStringLiteral("progress and problems as they happen"));
    parser.addOptions({cli, kills, seed, work, verbose});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.isSet(cli)) {
        err << "byline-torture: --cli PATH (byline-cli) is needed\n";
        return 2;
    }

    QTemporaryDir temporary(QDir::tempPath() + QStringLiteral("/byline-torture-XXXXXX"));
    TortureRun::Options options;
    options.cli = parser.value(cli);
    options.kills = parser.value(kills).toInt();
    options.seed = parser.isSet(seed) ? parser.value(seed).toUInt()
                                      : quint32(QDateTime::currentMSecsSinceEpoch());
    options.work = parser.isSet(work) ? parser.value(work) : temporary.path();
    options.verbose = parser.isSet(verbose);
    out << "byline-torture: seed " << options.seed << ", " << options.kills << " kills, in "
        << options.work << '\n';
    out.flush();

    TortureRun run(options);
    QString problem;
    if (!run.prepare(problem)) {
        err << "byline-torture: " << problem << '\n';
        temporary.setAutoRemove(false);
        return 1;
    }
    const TortureRun::Figures f = run.run();
    out << "kills: " << f.kills << '\n';
    int operations = 0;
    qint64 checked = 0;
    for (int k = 0; k < TortureRun::kindCount; ++k) {
        const auto kind = TortureRun::Kind(k);
        operations += f.operations.value(kind);
        checked += f.checkedOf.value(kind);
        out << "  " << TortureRun::kindName(kind) << ": " << f.operations.value(kind)
            << " operations, " << f.killsOf.value(kind) << " killed, " << f.checkedOf.value(kind)
            << " acknowledged changes checked\n";
    }
    out << "operations: " << operations << '\n';
    out << "acknowledged changes checked: " << checked
        << " (imports count their articles; upgrades carried " << f.carried
        << " articles of older stores)\n";
    out << "corruptions: " << f.corruptions << '\n';
    out << "lost changes: " << f.lost << '\n';
    out << "unexpected failures: " << f.unexpected << '\n';
    out << "byline-cli start-up: " << f.startupMs
        << " ms; run time: " << QString::number(f.elapsedMs / 1000.0, 'f', 1) << " s\n";
    for (const QString &p : f.problems)
        out << "  problem: " << p << '\n';
    const bool ok = f.corruptions == 0 && f.lost == 0 && f.unexpected == 0;
    if (!ok) {
        temporary.setAutoRemove(false);
        out << "byline-torture: FAILED (the stores are kept in " << options.work << ")\n";
    }
    return ok ? 0 : 1;
}
