#include "tests/bench/Measurements.h"

#include "core/interchange/Exporter.h"
#include "core/interchange/Importer.h"
#include "core/models/ArticleListModel.h"
#include "core/services/EditService.h"
#include "core/storage/ArticleLists.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/storage/UserRepository.h"
#include "tests/bench/ArchiveGenerator.h"
#include "tests/bench/Random.h"
#include "tests/bench/Vocabulary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace Byline::Bench::Measurements {
namespace {

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

double millis(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

Memory memory()
{
    Memory m;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return m;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() < 2)
            continue;
        if (parts.first() == "VmRSS:")
            m.rssKb = parts.at(1).toLongLong();
        else if (parts.first() == "VmHWM:")
            m.hwmKb = parts.at(1).toLongLong();
    }
    return m;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(qBound<qsizetype>(0, rank - 1, values.size() - 1));
}

Result<Import> importArchive(Storage::Database &db, const ArchiveGenerator &generator, int batch,
                             const std::function<void(int)> &progress)
{
    Import result;
    Interchange::Importer importer(db);
    // The archive is made up by the benchmark itself, like the sample newsroom: no person
    // imports it (the parts after the first would need one: the first brings the people).
    importer.setShippedBy(QStringLiteral("the benchmark's generated archive"));
    batch = qMax(1, batch);
    // The first part carries the newsroom, so there is one even for an archive of no articles.
    for (int first = 0; first == 0 || first < generator.articleCount(); first += batch) {
        QElapsedTimer timer;
        timer.start();
        const QByteArray json = generator.json(first, batch, first == 0);
        result.generateSeconds += seconds(timer);
        result.jsonBytes += json.size();

        // Importer::importJson() is these three calls; made one by one to time the phases.
        timer.restart();
        auto known = importer.known();
        if (!known)
            return std::unexpected(known.error());
        auto doc = Interchange::Importer::parse(json, *known);
        if (!doc)
            return std::unexpected(doc.error());
        result.parseSeconds += seconds(timer);
        timer.restart();
        auto written = importer.write(*doc);
        if (!written)
            return std::unexpected(written.error());
        result.writeSeconds += seconds(timer);

        result.articles += written->articles;
        for (const Article &a : std::as_const(doc->articles))
            result.articleLocales += a.translations.size();
        if (progress)
            progress(result.articles);
    }
    return result;
}

Result<ListOpen> openList(const QString &storePath)
{
    ListOpen result;
    QElapsedTimer timer;
    timer.start();
    Storage::Database::Options options;
    options.path = storePath;
    auto db = Storage::Database::open(options);
    if (!db)
        return std::unexpected(db.error());
    result.openMs = millis(timer);
    ArticleListModel model(**db);
    if (!model.lastError().isEmpty())
        return fail(ErrorCode::StorageFailure, model.lastError());
    // What a view asks for to paint its first screen of rows.
    const int visible = qMin(model.rowCount(), 60);
    qsizetype characters = 0;
    for (int row = 0; row < visible; ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            characters += model.data(model.index(row, column)).toString().size();
    }
    result.firstRowsMs = millis(timer);
    result.rows = model.rowCount();
    result.memory = memory();
    if (visible > 0 && characters == 0)
        return fail(ErrorCode::StorageFailure,
                    QStringLiteral("The article list showed empty rows."));
    return result;
}

QString toLine(const ListOpen &list)
{
    return QStringLiteral("open_ms=%1 first_rows_ms=%2 rows=%3 rss_kb=%4 hwm_kb=%5")
        .arg(list.openMs, 0, 'f', 3)
        .arg(list.firstRowsMs, 0, 'f', 3)
        .arg(list.rows)
        .arg(list.memory.rssKb)
        .arg(list.memory.hwmKb);
}

Result<ListOpen> fromLine(const QString &line)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(open_ms=([\d.]+) first_rows_ms=([\d.]+) rows=(\d+) rss_kb=(\d+) hwm_kb=(\d+))"));
    const auto match = pattern.match(line);
    if (!match.hasMatch()) {
        return fail(
            ErrorCode::InvalidInput,
            QStringLiteral("probe-list printed something unexpected: %1").arg(line.left(200)));
    }
    ListOpen list;
    list.openMs = match.captured(1).toDouble();
    list.firstRowsMs = match.captured(2).toDouble();
    list.rows = match.captured(3).toInt();
    list.memory.rssKb = match.captured(4).toLongLong();
    list.memory.hwmKb = match.captured(5).toLongLong();
    return list;
}

Result<ListOpen> openListInNewProcess(const QString &program, const QString &storePath,
                                      const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, {QStringLiteral("probe-list"), QStringLiteral("--db"), storePath});
    if (!process.waitForStarted() || !process.waitForFinished(120000)
        || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return fail(ErrorCode::StorageFailure,
                    QStringLiteral("probe-list failed: %1")
                        .arg(QString::fromUtf8(process.readAllStandardError()).trimmed()));
    }
    return fromLine(QString::fromUtf8(process.readAllStandardOutput()).trimmed());
}

void typeWords(Article &article, const QString &words, Random &random)
{
    Translation *source = article.translation(article.sourceLocale);
    if (!source)
        return;
    QList<qsizetype> textBlocks;
    for (qsizetype b = 0; b < source->blocks.size(); ++b) {
        if (source->blocks.at(b).type != BlockType::Quote)
            textBlocks.append(b);
    }
    if (textBlocks.isEmpty()) {
        source->lead.prepend(words);
        return;
    }
    QString &text = source->blocks[random.pick(textBlocks)].text;
    const qsizetype space
        = text.indexOf(QLatin1Char(' '), qsizetype(random.below(quint64(text.size()))));
    text.insert(space < 0 ? 0 : space + 1, words);
}

Result<Article> load(Storage::Database &db, const QString &uid)
{
    auto loaded = Storage::ArticleRepository(db).find(uid);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, QStringLiteral("Article %1 vanished.").arg(uid));
    return std::move(**loaded);
}

Result<Saves> saveEdits(Storage::Database &db, int count, quint64 seed, bool followList,
                        const QString &user)
{
    Saves result;
    result.user = user;
    auto users = Storage::UserRepository(db).all();
    if (!users)
        return std::unexpected(users.error());
    for (const User &u : std::as_const(*users)) {
        if (result.user.isEmpty() && u.role == Role::Editor && u.active) {
            result.user = u.name;
            break;
        }
    }
    if (result.user.isEmpty())
        return fail(ErrorCode::NotFound,
                    QStringLiteral("The store has no active editor to save as."));
    Storage::ArticleRepository articles(db);
    auto uids = articles.uids();
    if (!uids)
        return std::unexpected(uids.error());
    if (uids->isEmpty())
        return result;

    Random random(Random::streamSeed(seed, "saves", 0));
    EditService edits(db);
    std::unique_ptr<ArticleListModel> list;
    if (followList)
        list = std::make_unique<ArticleListModel>(db);
    for (int i = 0; i < count; ++i) {
        const QString &uid = uids->at(qsizetype(random.below(quint64(uids->size()))));
        auto loaded = load(db, uid);
        if (!loaded)
            return std::unexpected(loaded.error());
        Article article = std::move(*loaded);

        // A few words typed into one text block of the source locale.
        const Vocabulary &vocabulary = Vocabulary::of(article.sourceLocale);
        QString words;
        const int typed = random.range(1, 4);
        for (int w = 0; w < typed; ++w)
            words += vocabulary.word(vocabulary.zipfRank(random)) + QLatin1Char(' ');
        typeWords(article, words, random);

        QElapsedTimer timer;
        timer.start();
        auto saved = edits.save(article, result.user);
        const double ms = millis(timer);
        if (!saved)
            return std::unexpected(saved.error());
        result.ms.append(ms);
        if (!list)
            continue;

        // The hub delivers from the event loop; the list reads and moves the one row.
        timer.restart();
        auto shown = [&] { // among the newest (saves in one second tie on their time)
            const int row = list->rowOf(article.uid);
            return row >= 0 && list->summary(row).version == article.version;
        };
        while (!shown() && timer.elapsed() < 5000)
            QCoreApplication::processEvents();
        result.listMs.append(millis(timer));
        if (!shown())
            return fail(ErrorCode::StorageFailure,
                        QStringLiteral("The list did not show the save of %1.").arg(uid));

        timer.restart();
        list->reload();
        auto backlog = Storage::ArticleLists(db).countNeedingTranslation();
        auto total = articles.count();
        result.reloadMs.append(millis(timer));
        if (!backlog || !total)
            return std::unexpected(!backlog ? backlog.error() : total.error());
    }
    return result;
}

Result<Export> exportStore(Storage::Database &db, const QString &file)
{
    Export result;
    QElapsedTimer timer;
    timer.start();
    const Interchange::Exporter exporter(db);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io,
                    QStringLiteral("Cannot write %1: %2.").arg(file, out.errorString()));
    auto written = exporter.write(out);
    if (!written)
        return std::unexpected(written.error());
    if (!out.commit())
        return fail(ErrorCode::Io,
                    QStringLiteral("Cannot write %1: %2.").arg(file, out.errorString()));
    result.seconds = seconds(timer);
    result.bytes = *written;
    auto count = Storage::ArticleRepository(db).count();
    if (!count)
        return std::unexpected(count.error());
    result.articles = int(*count);
    return result;
}

} // namespace Byline::Bench::Measurements
