#include "core/interchange/Importer.h"

#include "core/interchange/ArticleReader.h"
#include "core/interchange/DocumentStream.h"
#include "core/interchange/ImportWriter.h"
#include "core/interchange/JsonReader.h"
#include "core/interchange/JsonStream.h"
#include "core/interchange/ReadContext.h"
#include "core/storage/Ids.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace Byline::Interchange {
namespace {

// Progress is reported every this many articles (a report per article would flood a window).
constexpr int progressStep = 25;

std::unexpected<Error> cancelled()
{
    return fail(ErrorCode::Cancelled,
                QObject::tr("The import was cancelled; the store was not changed."));
}

// An import cancelled while indexing says so in the words of any other cancelled import.
Result<Importer::Report> indexed(Result<Importer::Report> written)
{
    if (!written && written.error().code == ErrorCode::Cancelled)
        return cancelled();
    return written;
}

ImportRights::Acting acting(bool shipped)
{
    return shipped ? ImportRights::Acting::Program : ImportRights::Acting::Person;
}

} // namespace

Result<Document> Importer::parse(const QByteArray &json, const Known &known)
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    Document doc;
    DocumentStream::Sink sink;
    sink.newsroom = [&](const Document &newsroom) -> Result<> {
        doc = newsroom;
        return {};
    };
    sink.article = [&](Article article) -> Result<> {
        doc.articles.append(std::move(article));
        return {};
    };
    if (auto read = DocumentStream(buffer, known).read(sink); !read)
        return std::unexpected(read.error());
    return doc;
}

Result<Article> Importer::parseArticle(const QByteArray &json, const Known &known)
{
    auto value = JsonStream::parse(json, JsonStream::Subject::Article);
    if (!value)
        return std::unexpected(value.error());
    if (!value->isObject()) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The article is not a JSON object. Start from what "
                                "\"byline-cli show UID --json\" prints."));
    }
    // Read as the first article of a document, so that messages name it the same way.
    ReadContext context(known);
    return ArticleReader(context).read(JsonReader::listItem(
        value->toObject(), QLatin1StringView("articles"), 0, QLatin1StringView("uid")));
}

Result<Importer::Known> Importer::known(bool withRegistry) const
{
    Known k;
    struct Keys
    {
        QSet<QString> *set;
        const char *table;
        const char *column;
    };
    const Keys tables[] = {
        {&k.locales, "locales", "code"}, {&k.sections, "sections", "uid"},
        {&k.users, "users", "name"},     {&k.experts, "experts", "uid"},
        {&k.quotes, "quotes", "uid"},
    };
    for (const auto &[set, table, column] : tables) {
        if (!withRegistry && (set == &k.experts || set == &k.quotes))
            continue;
        auto found = Storage::allKeys(m_db, table, column);
        if (!found)
            return std::unexpected(found.error());
        *set = *found;
    }
    return k;
}

Result<Importer::Report> Importer::write(const Document &document)
{
    ImportWriter writer(m_db, m_actor, sourceName(), acting(m_shipped));
    if (auto begun = writer.begin(document); !begun)
        return std::unexpected(begun.error());
    const int total = int(document.articles.size());
    int position = 0;
    for (const Article &a : document.articles) {
        if (m_progress.cancelled())
            return cancelled();
        if (position % progressStep == 0)
            m_progress.report(position, total);
        ++position;
        if (auto written = writer.article(a); !written)
            return std::unexpected(written.error());
    }
    if (m_progress.cancelled())
        return cancelled();
    m_progress.report(total, total);
    return indexed(writer.finish(m_progress));
}

Result<Importer::Report> Importer::importJson(const QByteArray &json)
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    return importFrom(buffer, json.size(),
                      QObject::tr("The document is empty; nothing was imported."));
}

Result<Importer::Report> Importer::importFrom(QIODevice &in, qint64 size, const QString &whenEmpty)
{
    auto k = known();
    if (!k)
        return std::unexpected(k.error());
    // Progress in KiB of the file read, as articles are written: a stream's articles are not
    // counted before they are read.
    const int totalKiB = int(size / 1024);
    int reported = -1;
    auto report = [&](qint64 bytes) {
        const int done = int(bytes / 1024);
        if (done != reported && (done - reported >= 64 || done == totalKiB)) {
            reported = done;
            // Of a pipe's document the size is not known: then only how far it is.
            m_progress.report(totalKiB > 0 ? std::min(done, totalKiB) : done, totalKiB);
        }
    };
    m_progress.report(0, totalKiB);
    ImportWriter writer(m_db, m_actor, sourceName(), acting(m_shipped));
    DocumentStream::Sink sink;
    sink.progress = report;
    sink.newsroom = [&](const Document &newsroom) {
        return writer.begin(newsroom);
    };
    sink.article = [&](Article article) -> Result<> {
        if (m_progress.cancelled())
            return cancelled();
        return writer.article(std::move(article));
    };
    DocumentStream stream(in, *k);
    if (auto done = stream.read(sink); !done) {
        if (stream.wasEmpty())
            return fail(ErrorCode::InvalidInput, whenEmpty);
        return std::unexpected(done.error());
    }
    if (m_progress.cancelled())
        return cancelled();
    if (totalKiB > 0) // a pipe's last report, the KiB read, stays
        m_progress.report(totalKiB, totalKiB);
    return indexed(writer.finish(m_progress));
}

QString Importer::sourceName() const
{
    return m_source.isEmpty() ? QObject::tr("a Byline document") : m_source;
}

Result<Importer::Report> Importer::importFile(const QString &path)
{
    QFile file;
    const bool standardInput = path == QLatin1String("-");
    if (standardInput) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return fail(ErrorCode::Io, QObject::tr("Cannot read standard input."));
        if (m_source.isEmpty())
            m_source = QObject::tr("standard input");
    } else {
        if (path.isEmpty())
            return fail(ErrorCode::InvalidInput, QObject::tr("No file was named to import."));
        if (!QFileInfo::exists(path)) {
            return fail(ErrorCode::NotFound,
                        QObject::tr("There is no file %1 to import.").arg(path));
        }
        file.setFileName(path);
        if (m_source.isEmpty())
            m_source = QFileInfo(path).fileName();
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(ErrorCode::Io,
                        QObject::tr("Cannot read %1: %2.").arg(path, file.errorString()));
        }
    }
    return importFrom(
        file, standardInput ? 0 : file.size(),
        standardInput ? QObject::tr("Nothing was received on standard input; nothing was imported.")
                      : QObject::tr("%1 is empty; nothing was imported.").arg(path));
}

} // namespace Byline::Interchange
