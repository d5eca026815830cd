#include "tests/bench/LiveProbe.h"

#include "core/models/ArticleListModel.h"
#include "core/services/EditService.h"
#include "core/services/PresenceBoard.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/ChangeWatcher.h"
#include "core/storage/Database.h"
#include "core/storage/PresenceRepository.h"
#include "tests/bench/BenchStore.h"
#include "tests/bench/Measurements.h"
#include "tests/bench/Random.h"
#include "tests/bench/Vocabulary.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QHash>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <functional>
#include <iostream>
#include <optional>

namespace Byline::Bench {
namespace {

qint64 nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

// The saver's line for one save, and reading it back.
struct Saved
{
    QString uid;
    int version = 0;
    qint64 committedUs = 0;
};

std::optional<Saved> parseSaved(const QByteArray &line)
{
    const QList<QByteArray> parts = line.trimmed().split(' ');
    if (parts.size() != 4 || parts.at(0) != "saved")
        return std::nullopt;
    return Saved {QString::fromUtf8(parts.at(1)), parts.at(2).toInt(), parts.at(3).toLongLong()};
}

} // namespace

Result<> LiveProbe::save(Storage::Database &db, const QString &user, const QStringList &articles,
                         int saves, int intervalMs)
{
    if (articles.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("live-saver needs articles."));
    Random random(Random::streamSeed(1, "live", 0));
    EditService edits(db);
    for (int i = 0; i < saves; ++i) {
        const QString &uid = articles.at(i % articles.size());
        auto loaded = Measurements::load(db, uid);
        if (!loaded)
            return std::unexpected(loaded.error());
        Article article = std::move(*loaded);
        const Vocabulary &vocabulary = Vocabulary::of(article.sourceLocale);
        Measurements::typeWords(article, vocabulary.word(vocabulary.zipfRank(random)) + u' ',
                                random);
        if (auto saved = edits.save(article, user); !saved)
            return saved;
        const qint64 committed = nowUs();
        std::cout << "saved " << uid.toStdString() << ' ' << article.version << ' ' << committed
                  << std::endl;
        // Not in step with anyone's timer: between half and one and a half intervals.
        QThread::msleep(ulong(intervalMs / 2 + int(random.below(quint64(intervalMs) + 1))));
    }
    return {};
}

Result<> LiveProbe::hold(Storage::Database &db, const QString &user, const QString &uid)
{
    if (auto entered = Storage::PresenceRepository(db).enter(uid, QStringLiteral("en"), user);
        !entered)
        return entered;
    std::cout << "present " << nowUs() << std::endl;
    for (;;)
        QThread::sleep(60); // until killed, as a desk that crashes
}

Result<LiveProbe::Latencies> LiveProbe::run(const BenchStore &store, const Options &options)
{
    auto db = store.open(options.desk);
    if (!db)
        return std::unexpected(db.error());
    ArticleListModel list(**db);
    Storage::ChangeWatcher watcher(**db);
    watcher.start(); // as the desk starts it (MainWindow)
    Latencies result;
    result.notified = watcher.isNotified();

    // When the list first showed each version of the saver's articles.
    QHash<QString, int> shownVersion;
    QHash<QString, QList<std::pair<int, qint64>>> shown; // uid -> (version, when)
    const auto look = [&] {
        const qint64 now = nowUs();
        for (const QString &uid : options.articles) {
            const int row = list.rowOf(uid);
            if (row < 0)
                continue;
            const int version = list.summary(row).version;
            if (version > shownVersion.value(uid)) {
                shownVersion.insert(uid, version);
                shown[uid].append({version, now});
            }
        }
    };
    look();
    shown.clear(); // what the list showed before the first save is no latency
    QObject::connect(&list, &ArticleListModel::dataChanged, &list, look);
    QObject::connect(&list, &ArticleListModel::rowsInserted, &list, look);
    QObject::connect(&list, &ArticleListModel::rowsMoved, &list, look);
    QObject::connect(&list, &ArticleListModel::modelReset, &list, look);
    QObject::connect(&list, &ArticleListModel::layoutChanged, &list, look);

    QList<Saved> saved;
    QProcess saver;
    saver.setProcessEnvironment(store.childEnvironment(options.saver));
    QObject::connect(&saver, &QProcess::readyReadStandardOutput, &list, [&] {
        while (saver.canReadLine()) {
            if (auto line = parseSaved(saver.readLine()))
                saved.append(*line);
        }
    });
    QEventLoop loop;
    QObject::connect(&saver, &QProcess::finished, &loop, &QEventLoop::quit);
    saver.start(options.program,
                {QStringLiteral("live-saver"), QStringLiteral("--db"),
                 store.childLocation(options.saver), QStringLiteral("--user"), options.saver,
                 QStringLiteral("--articles"), options.articles.join(QLatin1Char(',')),
                 QStringLiteral("--saves"), QString::number(options.saves),
                 QStringLiteral("--interval-ms"), QString::number(options.intervalMs)});
    if (!saver.waitForStarted())
        return fail(ErrorCode::Io,
                    QStringLiteral("The saver did not start: %1").arg(saver.errorString()));
    QTimer::singleShot(options.saves * options.intervalMs * 2 + 120000, &loop, &QEventLoop::quit);
    loop.exec();
    if (saver.state() != QProcess::NotRunning) {
        saver.kill();
        saver.waitForFinished();
        return fail(ErrorCode::StorageFailure, QStringLiteral("The saver did not finish."));
    }
    if (saver.exitCode() != 0) {
        return fail(ErrorCode::StorageFailure,
                    QStringLiteral("The saver failed: %1")
                        .arg(QString::fromUtf8(saver.readAllStandardError()).trimmed()));
    }
    while (saver.canReadLine()) {
        if (auto line = parseSaved(saver.readLine()))
            saved.append(*line);
    }

    // The last saves may still be on their way.
    const auto allShown = [&] {
        for (const Saved &s : std::as_const(saved)) {
            if (shownVersion.value(s.uid) < s.version)
                return false;
        }
        return true;
    };
    const QDeadlineTimer deadline(missedAfterMs);
    while (!allShown() && !deadline.hasExpired()) {
        QEventLoop wait;
        QTimer::singleShot(10, &wait, &QEventLoop::quit);
        wait.exec();
    }
    for (const Saved &s : std::as_const(saved)) {
        // The first time the list showed this version or a newer one (two saves of the same
        // article read in one look show only the second).
        std::optional<qint64> when;
        for (const auto &[version, at] : shown.value(s.uid)) {
            if (version >= s.version) {
                when = at;
                break;
            }
        }
        if (!when) {
            ++result.missed;
            continue;
        }
        result.ms.append(double(qMax<qint64>(0, *when - s.committedUs)) / 1000.0);
    }

    // Presence: a desk that opens an article, then crashes.
    PresenceBoard board(**db);
    board.setUser(options.desk);
    const QString &held = options.articles.constFirst();
    const auto waitFor = [](const std::function<bool()> &done) {
        const QDeadlineTimer until(missedAfterMs);
        while (!done() && !until.hasExpired()) {
            QEventLoop wait;
            QTimer::singleShot(5, &wait, &QEventLoop::quit);
            wait.exec();
        }
        return done();
    };
    for (int round = 0; round < options.presenceRounds; ++round) {
        QProcess holder;
        holder.setProcessEnvironment(store.childEnvironment(options.saver));
        holder.start(options.program,
                     {QStringLiteral("presence-holder"), QStringLiteral("--db"),
                      store.childLocation(options.saver), QStringLiteral("--user"), options.saver,
                      QStringLiteral("--article"), held});
        if (!holder.waitForStarted())
            return fail(
                ErrorCode::Io,
                QStringLiteral("The presence holder did not start: %1").arg(holder.errorString()));
        qint64 enteredUs = 0;
        const bool present = waitFor([&] {
            if (enteredUs == 0 && holder.canReadLine()) {
                const QList<QByteArray> parts = holder.readLine().trimmed().split(' ');
                if (parts.size() == 2 && parts.at(0) == "present")
                    enteredUs = parts.at(1).toLongLong();
            }
            if (holder.state() == QProcess::NotRunning)
                return true;
            return !board.others(held).isEmpty();
        });
        const qint64 shownUs = nowUs();
        if (holder.state() == QProcess::NotRunning) {
            return fail(ErrorCode::StorageFailure,
                        QStringLiteral("The presence holder failed: %1")
                            .arg(QString::fromUtf8(holder.readAllStandardError()).trimmed()));
        }
        while (enteredUs == 0 && holder.waitForReadyRead(missedAfterMs)) {
            const QList<QByteArray> parts = holder.readLine().trimmed().split(' ');
            if (parts.size() == 2 && parts.at(0) == "present")
                enteredUs = parts.at(1).toLongLong();
        }
        if (!present || enteredUs == 0) {
            ++result.presenceMissed;
            holder.kill();
            holder.waitForFinished();
            continue;
        }
        result.presenceShownMs.append(double(qMax<qint64>(0, shownUs - enteredUs)) / 1000.0);
        const qint64 killedUs = nowUs();
        holder.kill(); // SIGKILL: it says goodbye to nobody
        holder.waitForFinished();
        if (!waitFor([&] { return board.others(held).isEmpty(); })) {
            ++result.presenceMissed;
            continue;
        }
        result.presenceGoneMs.append(double(nowUs() - killedUs) / 1000.0);
    }
    return result;
}

} // namespace Byline::Bench
