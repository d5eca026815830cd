#include "core/site/SiteExporter.h"

#include "core/FileErrors.h"
#include "core/TimeFormat.h"
#include "core/site/Html.h"
#include "core/site/PageLoader.h"
#include "core/site/PageRenderer.h"
#include "core/site/SiteIcon.h"
#include "core/site/SiteOutput.h"
#include "core/storage/ArticleRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>
#include <optional>
#include <thread>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace Byline {
namespace {

const char *const marker = ".byline-site";
// Raise when pages come out differently for the same content (the renderer, the page's head):
// --changed-only then writes every page once more.
const char *const pageFormat = "page format 2";

struct Entry
{
    QString uid;
    QString sectionUid;
    QString title;
    QString lead;
    QString url;
    QDateTime publishedAt;
    QDateTime modifiedAt;
    QList<PageData::Link> alternates;
    QString xDefault;
};

QString xml(const QString &text)
{
    return Html::escape(text); // & < > " ' are XML's five as well
}

QString rfc822(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
        + QStringLiteral(" +0000");
}

// sitemap.xml with `urls` (<url> entries), and robots.txt naming it. The protocol allows 50,000
// addresses and 50 MB in one file: a bigger site gets files of `limit` addresses
// (sitemap-1.xml, ...) and sitemap.xml becomes their index.
Result<> writeSitemap(const QString &folder, const QString &base, const QStringList &urls,
                      int limit, SiteOutput &out)
{
    const QString head
        = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                         "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    const qsizetype maxBytes = 45 * 1024 * 1024; // under the protocol's 50 MB, with room
    QList<QByteArray> parts;
    QByteArray part;
    int inPart = 0;
    for (const QString &url : urls) {
        const QByteArray bytes = url.toUtf8();
        if (inPart > 0 && (inPart >= limit || part.size() + bytes.size() > maxBytes)) {
            parts.append(part + "</urlset>\n");
            part.clear();
            inPart = 0;
        }
        if (inPart == 0)
            part = head.toUtf8();
        part += bytes;
        ++inPart;
    }
    parts.append((inPart == 0 ? head.toUtf8() : part) + "</urlset>\n");
    if (parts.size() == 1) {
        if (auto w = out.write(folder + QStringLiteral("/sitemap.xml"), parts.first()); !w)
            return w;
    } else {
        QByteArray index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QString name = QStringLiteral("/sitemap-%1.xml").arg(i + 1);
            if (auto w = out.write(folder + name, parts.at(i)); !w)
                return w;
            index += QStringLiteral("<sitemap><loc>%1</loc></sitemap>\n")
                         .arg(xml(base + name))
                         .toUtf8();
        }
        index += "</sitemapindex>\n";
        if (auto w = out.write(folder + QStringLiteral("/sitemap.xml"), index); !w)
            return w;
    }
    // Crawlers need the sitemap's full address: none without the site's address.
    QString robots = QStringLiteral("User-agent: *\nAllow: /\n");
    if (!base.isEmpty())
        robots += QStringLiteral("Sitemap: %1/sitemap.xml\n").arg(base);
    return out.write(folder + QStringLiteral("/robots.txt"), robots.toUtf8());
}

// Renders and writes pages on a second thread while the first reads the next article from
// the store (a connection belongs to one thread; rendering needs none). A bounded queue keeps
// memory flat; the first error stops the work.
class PageWriter
{
public:
    explicit PageWriter(SiteOutput &out)
        : m_out(out)
        , m_thread([this] { work(); })
    {
    }
    ~PageWriter() { finish(); }

    void add(QString path, PageData page)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_queue.size() < 64 || m_failed; });
        m_queue.push_back({std::move(path), std::move(page)});
        m_ready.notify_one();
    }
    // Waits for every page; the first failure, if any.
    Result<> finish()
    {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
            m_ready.notify_one();
        }
        if (m_thread.joinable())
            m_thread.join();
        std::lock_guard lock(m_mutex);
        if (m_failed)
            return std::unexpected(*m_error);
        return {};
    }

private:
    struct Job
    {
        QString path;
        PageData page;
    };
    void work()
    {
        for (;;) {
            Job job;
            {
                std::unique_lock lock(m_mutex);
                m_ready.wait(lock, [this] { return !m_queue.empty() || m_done; });
                if (m_queue.empty())
                    return;
                job = std::move(m_queue.front());
                m_queue.pop_front();
                m_space.notify_one();
                if (m_failed)
                    continue;
            }
            auto written = m_out.write(job.path, PageRenderer::render(job.page).toUtf8());
            std::lock_guard lock(m_mutex);
            if (!written && !m_failed) {
                m_failed = true;
                m_error = written.error();
                m_space.notify_all();
            }
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<Job> m_queue;
    bool m_done = false;
    bool m_failed = false;
    std::optional<Error> m_error;
    SiteOutput &m_out;
    std::thread m_thread; // last: started once everything above exists
};

// Swaps two paths at once (Linux renameat2 RENAME_EXCHANGE); false where not supported.
bool exchange(const QString &a, const QString &b)
{
#ifdef SYS_renameat2
    const QByteArray pa = QFile::encodeName(a);
    const QByteArray pb = QFile::encodeName(b);
    return ::syscall(SYS_renameat2, AT_FDCWD, pa.constData(), AT_FDCWD, pb.constData(),
                     2 /* RENAME_EXCHANGE */)
        == 0;
#else
    Q_UNUSED(a)
    Q_UNUSED(b)
    return false;
#endif
}

// Removes a folder of the export's own making; a link there is removed as a link, never
// followed (what it points to was not written by the export).
void removeOwn(const QString &path)
{
    if (QFileInfo(path).isSymLink())
        QFile::remove(path);
    else
        QDir(path).removeRecursively();
}

// In place: a file no longer on the site, and its folders up to `site` that it leaves empty. A
// file that cannot be removed is an error before the manifest forgets it (it would stay live).
Result<> removeFromSite(const QString &file, const QString &site)
{
    if (::unlink(QFile::encodeName(file).constData()) != 0 && errno != ENOENT) {
        const int error = errno;
        return std::unexpected(FileErrors::describe(
            error, site,
            QObject::tr("Cannot remove %1, which is no longer published: %2. Remove it by hand "
                        "or export again.")
                .arg(file, QString::fromLocal8Bit(std::strerror(error)))));
    }
    for (QString dir = QFileInfo(file).absolutePath();
         dir.size() > site.size() && QDir().rmdir(dir); dir = QFileInfo(dir).absolutePath()) { }
    return {};
}

// The staging folders (".NAME.staging-PID", and ".old" beside one) that exports killed before
// they finished left beside the site: those of processes that no longer run.
void removeStaleStaging(const QString &parent, const QString &name)
{
    static const QString pattern = QStringLiteral("^\\.%1\\.staging-(\\d+)(\\.old)?$");
    const QRegularExpression ours(pattern.arg(QRegularExpression::escape(name)));
    const QFileInfoList entries = QDir(parent).entryInfoList(QDir::AllEntries | QDir::Hidden
                                                             | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        const auto match = ours.match(entry.fileName());
        if (!match.hasMatch())
            continue;
        bool ok = false;
        const qint64 pid = match.captured(1).toLongLong(&ok);
        const bool running = ok && pid > 0 && pid <= std::numeric_limits<pid_t>::max()
            && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
        if (!running)
            removeOwn(entry.absoluteFilePath());
    }
}

} // namespace

Result<SiteExporter::Report> SiteExporter::exportTo(const QString &dirPath, const Options &options)
{
    QString target = QDir::cleanPath(QFileInfo(dirPath).absoluteFilePath());
    // A link (current -> releases/X) is resolved: the site goes into the folder it points to,
    // by the same rules, and the link stays as it is.
    if (const QFileInfo link(target); link.isSymLink()) {
        const QString real = link.canonicalFilePath();
        if (real.isEmpty()) {
            return fail(ErrorCode::Io,
                        QObject::tr("%1 is a link that points to %2, which does not exist. "
                                    "Nothing was written; create that folder or export into "
                                    "another one.")
                            .arg(target, link.symLinkTarget()));
        }
        target = real;
    }
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() && !targetInfo.isDir())
        return fail(ErrorCode::Io,
                    QObject::tr("%1 is a file, not a folder for the site.").arg(target));
    if (targetInfo.isDir() && !QDir(target).isEmpty()
        && !QFileInfo::exists(target + QLatin1Char('/') + QLatin1String(marker))) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("%1 holds files that are not a Byline site; they were left alone. "
                                "Export into an empty folder or a previous export.")
                        .arg(target));
    }
    const QString parent = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(parent)) {
        return std::unexpected(FileErrors::describe(
            errno, parent, QObject::tr("Cannot create the folder %1.").arg(parent)));
    }
    removeStaleStaging(parent, QFileInfo(target).fileName());
    // One export of a site at a time: in place, two would write the same files, and a swap
    // would pull the folder from under one. The lock is a file beside the site (the site's own
    // folder is replaced by a swap) and goes with the process.
    const QString lockPath = parent + QStringLiteral("/.%1.lock").arg(QFileInfo(target).fileName());
    struct Unlock
    {
        int fd = -1;
        ~Unlock()
        {
            if (fd >= 0)
                ::close(fd);
        }
    } lock;
    lock.fd = ::open(QFile::encodeName(lockPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (lock.fd < 0) {
        return std::unexpected(FileErrors::describe(
            errno, parent, QObject::tr("Cannot create %1 to export the site.").arg(lockPath)));
    }
    if (::flock(lock.fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno == EWOULDBLOCK) {
            return fail(ErrorCode::Conflict,
                        QObject::tr("Another export is writing %1 now. Wait for it to finish, "
                                    "then export again.")
                            .arg(target));
        }
        return std::unexpected(FileErrors::describe(
            errno, parent, QObject::tr("Cannot lock %1 to export the site.").arg(lockPath)));
    }
    // The newsroom's shared data (settings, strings, locales, sections, experts, quotes), read
    // once.
    auto shared = PageLoader::newsroom(m_db);
    if (!shared)
        return std::unexpected(shared.error());
    const auto *settings = &shared->settings;
    const auto *strings = &shared->strings;
    const auto *locales = &shared->locales;
    const auto *sections = &shared->sections;
    Storage::ArticleRepository articles(m_db);
    QString base
        = options.baseUrl.isEmpty() ? settings->value(QStringLiteral("base_url")) : options.baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);

    Report report;
    QHash<QString, QList<Entry>> byLocale; // locale -> articles, newest first later
    QHash<QString, PageData> chrome; // a page of each locale, for listings
    QHash<QString, QString> written; // path -> article, to catch two articles on one address
    auto live = articles.livePages();
    if (!live)
        return std::unexpected(live.error());

    // What is on the site, from one query: the listings, feeds, sitemap and every page's
    // "more of the section" come from it.
    struct Listed
    {
        QString uid;
        QString title;
        QString url;
        QDateTime publishedAt;
    };
    QHash<QString, QList<Listed>> bySection; // "locale/section" -> newest first
    QHash<QString, QList<const Storage::ArticleRepository::LivePage *>> byArticle;
    QStringList order; // uids, in the archive's order
    for (const auto &p : std::as_const(*live)) {
        bySection[p.locale + QLatin1Char('/') + p.sectionUid].append(
            {p.uid, p.title, base + PageLoader::articlePath(p.locale, p.slug, p.uid),
             p.publishedAt});
        if (!byArticle.contains(p.uid))
            order.append(p.uid);
        byArticle[p.uid].append(&p);
    }
    for (QList<Listed> &list : bySection) {
        std::stable_sort(list.begin(), list.end(), [](const Listed &a, const Listed &b) {
            return a.publishedAt > b.publishedAt;
        });
    }
    // The newest five others of the section, read in place: this runs for every page, and a
    // section holds thousands (a copy of the list per page made a 50,000-article export
    // quadratic).
    auto moreOf
        = [&bySection](const QString &uid, const QString &sectionUid, const QString &locale) {
              QList<PageData::Link> links;
              const auto section = bySection.constFind(locale + QLatin1Char('/') + sectionUid);
              if (section == bySection.cend())
                  return links;
              for (const Listed &l : *section) {
                  if (l.uid == uid)
                      continue;
                  links.append({l.title, l.url, locale, false});
                  if (links.size() == 5)
                      break;
              }
              return links;
          };
    const PageLoader::MoreArticles more = [&moreOf](const Article &a, const QString &locale) {
        return moreOf(a.uid, a.sectionUid, locale);
    };
    const QString defaultLocale = settings->value(QStringLiteral("default_locale"));

    // --changed-only: a page whose inputs are as at the last export is kept as it was. The
    // inputs: the article's version and live time, the address, its "more" and its
    // languages; and the newsroom's shared data (any change there rewrites every page).
    QCryptographicHash newsroomHash(QCryptographicHash::Sha1);
    for (auto it = shared->settings.cbegin(); it != shared->settings.cend(); ++it)
        newsroomHash.addData(
            (it.key() + QLatin1Char('=') + it.value() + QLatin1Char('\n')).toUtf8());
    for (auto l = shared->strings.cbegin(); l != shared->strings.cend(); ++l) {
        for (auto it = l->cbegin(); it != l->cend(); ++it)
            newsroomHash.addData(
                (l.key() + it.key() + QLatin1Char('=') + it.value() + QLatin1Char('\n')).toUtf8());
    }
    for (const Section &sec : std::as_const(shared->sections)) {
        newsroomHash.addData((sec.uid + sec.slug).toUtf8());
        for (auto it = sec.texts.cbegin(); it != sec.texts.cend(); ++it)
            newsroomHash.addData((it.key() + it->name + it->description).toUtf8());
    }
    for (const Locale &l : std::as_const(shared->locales))
        newsroomHash.addData((l.code + l.label + l.name).toUtf8());
    // The hashes in key order: a QHash's own order changes from one process to the next.
    auto sortedKeys = [](const auto &hash) {
        QStringList keys = hash.keys();
        keys.sort();
        return keys;
    };
    for (const QString &name : sortedKeys(shared->displayNames))
        newsroomHash.addData((name + shared->displayNames.value(name)).toUtf8());
    for (const QString &name : sortedKeys(shared->localNames)) {
        const QMap<QString, QString> &names = *shared->localNames.constFind(name);
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            newsroomHash.addData((name + it.key() + it.value()).toUtf8());
    }
    for (const QString &uid : sortedKeys(shared->experts)) {
        const Expert &e = *shared->experts.constFind(uid);
        for (auto it = e.names.cbegin(); it != e.names.cend(); ++it)
            newsroomHash.addData((e.uid + it.key() + it->name + it->role + it->country).toUtf8());
    }
    for (const QString &uid : sortedKeys(shared->quotes)) {
        const Quote &q = *shared->quotes.constFind(uid);
        newsroomHash.addData((q.uid + q.expertUid + q.spokenLocale).toUtf8());
        for (auto it = q.texts.cbegin(); it != q.texts.cend(); ++it)
            newsroomHash.addData((it.key() + it.value() + q.contexts.value(it.key())).toUtf8());
    }
    newsroomHash.addData(base.toUtf8());
    // How pages are written: a Byline that writes them otherwise rewrites every page once.
    newsroomHash.addData(QByteArrayView(pageFormat));
    const QString newsroomSignature = QString::fromLatin1(newsroomHash.result().toHex());
    QJsonObject previous;
    if (options.changedOnly) {
        QFile manifest(target + QLatin1Char('/') + QLatin1String(marker));
        if (manifest.open(QIODevice::ReadOnly))
            previous = QJsonDocument::fromJson(manifest.readAll()).object();
    }
    const bool sameNewsroom
        = previous.value(QStringLiteral("newsroom")).toString() == newsroomSignature;
    const QJsonObject previousPages = previous.value(QStringLiteral("pages")).toObject();
    // --changed-only writes in place: only the files that change, each whole, all renamed at
    // the end. A new newsroom signature (settings, strings, experts, the page format) changes
    // every page, and --atomic asks for old-or-new for the whole site: both build a new site
    // beside the old one and swap it in.
    const bool inPlace = options.changedOnly && !options.atomic && sameNewsroom
        && previous.value(QStringLiteral("format")).toString() == QLatin1String("byline-site/1");
    const QString staging = parent
        + QStringLiteral("/.%1.staging-%2")
              .arg(QFileInfo(target).fileName())
              .arg(QCoreApplication::applicationPid());
    const QString folder = inPlace ? target : staging;
    if (!inPlace) {
        removeOwn(staging);
        if (::mkdir(QFile::encodeName(staging).constData(), 0755) != 0) {
            return std::unexpected(FileErrors::describe(
                errno, parent, QObject::tr("Cannot create the staging folder %1.").arg(staging)));
        }
    }
    SiteOutput out(inPlace ? target : QString(), options.failWrite);
    struct Cleanup
    {
        QString path;
        SiteOutput &out;
        ~Cleanup()
        {
            out.abandon();
            if (!path.isEmpty())
                removeOwn(path);
        }
    } cleanup {inPlace ? QString() : staging, out};
    // Sorted here, made JSON at the end: a QJsonObject keeps its keys sorted, and inserting
    // 150,000 of them one by one in the archive's order moves the rest every time.
    QMap<QString, QString> pages;

    const int total = int(order.size());
    int done = 0;
    PageWriter writer(out);
    for (const QString &uid : std::as_const(order)) {
        if (options.cancel && options.cancel->load())
            return fail(ErrorCode::Cancelled,
                        QObject::tr("The export was cancelled; the site was not changed."));
        const auto ofArticle = byArticle.value(uid);
        std::optional<Article> article; // read only when a page of it must be written
        for (const Storage::ArticleRepository::LivePage *p : ofArticle) {
            const QString path = PageLoader::articlePath(p->locale, p->slug, uid);
            if (written.contains(path)) {
                return fail(ErrorCode::InvalidInput,
                            QObject::tr("The articles %1 and %2 both want the address %3; give one "
                                        "of them another slug. The site was not changed.")
                                .arg(written.value(path), uid, path));
            }
            written.insert(path, uid);
            // Never modified before it was published (a translation approved after its last
            // edit goes live later than that edit).
            Entry entry {uid,
                         p->sectionUid,
                         p->title,
                         p->lead,
                         base + path,
                         p->publishedAt,
                         qMax(p->updatedAt, p->publishedAt),
                         {},
                         {}};
            for (const auto *other : ofArticle) {
                const QString url = base + PageLoader::articlePath(other->locale, other->slug, uid);
                entry.alternates.append(
                    {other->locale, url, other->locale, other->locale == p->locale});
                if (other->locale == defaultLocale)
                    entry.xDefault = url;
            }
            if (entry.xDefault.isEmpty()) {
                for (const auto *other : ofArticle) {
                    if (other->locale == p->sourceLocale)
                        entry.xDefault
                            = base + PageLoader::articlePath(other->locale, other->slug, uid);
                }
            }
            QCryptographicHash signature(QCryptographicHash::Sha1);
            signature.addData(QStringLiteral("%1|%2|%3|%4")
                                  .arg(p->version)
                                  .arg(formatUtc(p->publishedAt), p->title, path)
                                  .toUtf8());
            for (const PageData::Link &l : moreOf(uid, p->sectionUid, p->locale))
                signature.addData((l.label + l.url).toUtf8());
            for (const PageData::Link &l : std::as_const(entry.alternates))
                signature.addData(l.url.toUtf8());
            const QString sig = QString::fromLatin1(signature.result().toHex());
            pages.insert(path, sig);
            byLocale[p->locale].append(entry);

            const QString oldFile = target + path + QStringLiteral("index.html");
            const QString newFile = folder + path + QStringLiteral("index.html");
            // The same inputs as last time, and the file still there (someone may have removed
            // it from the server): kept in place, or linked into the new site.
            const bool unchanged = options.changedOnly && sameNewsroom
                && previousPages.value(path).toString() == sig && QFileInfo::exists(oldFile);
            // A page is built when it is to be written, or as the listings' frame of its language.
            std::optional<PageData> page;
            if (!unchanged || !chrome.contains(p->locale)) {
                if (!article) {
                    auto found = articles.find(uid);
                    if (!found)
                        return std::unexpected(found.error());
                    if (!*found)
                        return fail(
                            ErrorCode::Conflict,
                            QObject::tr(
                                "The article %1 was removed during the export; export again.")
                                .arg(uid));
                    article = std::move(**found);
                }
                auto built = PageLoader::build(m_db, *shared, *article, p->locale,
                                               PageLoader::Mode::Published, base, more);
                if (!built)
                    return std::unexpected(built.error());
                if (!chrome.contains(p->locale))
                    chrome.insert(p->locale, *built);
                page = std::move(*built);
            }
            if (unchanged && inPlace) {
                ++report.kept; // where it is
                continue;
            }
            if (unchanged) {
                // The same bytes as last time: linked, not written again.
                QDir().mkpath(QFileInfo(newFile).absolutePath());
                if (::link(QFile::encodeName(oldFile).constData(),
                           QFile::encodeName(newFile).constData())
                        != 0
                    && !QFile::copy(oldFile, newFile)) {
                    return std::unexpected(FileErrors::describe(
                        errno, target,
                        QObject::tr("Cannot keep %1 in the new site.").arg(oldFile)));
                }
                ++report.kept;
                continue;
            }
            writer.add(newFile, std::move(*page));
            ++report.pages;
        }
        if (options.progress)
            options.progress(++done, total);
    }

    if (auto finished = writer.finish(); !finished)
        return std::unexpected(finished.error());

    // Home and section pages, RSS, per locale that has pages. A listing's alternates are the
    // same listing in the languages that have it, its x-default the default language's (or the
    // first that has it): never an article.
    QHash<QString, QSet<QString>> sectionsOf; // locale -> sections with pages in it
    for (auto it = byLocale.cbegin(); it != byLocale.cend(); ++it) {
        for (const Entry &e : *it)
            sectionsOf[it.key()].insert(e.sectionUid);
    }
    auto listingLinks = [&](PageData &frame, const QString &current, const QString &suffix,
                            const std::function<bool(const QString &)> &has) {
        frame.alternates.clear();
        frame.xDefaultUrl.clear();
        for (const Locale &other : std::as_const(*locales)) {
            if (!has(other.code))
                continue;
            const QString url = base + QStringLiteral("/%1/").arg(other.code) + suffix;
            frame.alternates.append({other.label, url, other.code, other.code == current});
            if (other.code == defaultLocale || frame.xDefaultUrl.isEmpty())
                frame.xDefaultUrl = url;
        }
        frame.canonicalUrl = base + QStringLiteral("/%1/").arg(current) + suffix;
    };
    auto hasPages = [&byLocale](const QString &code) {
        return byLocale.contains(code);
    };
    QStringList sitemap; // <url> entries, written out at the end
    // One <url> of the sitemap: the page, when it last changed, and its other languages.
    auto sitemapEntry
        = [](const QString &url, const QDateTime &modified, const QList<PageData::Link> &alternates,
             const QString &xDefault) -> QString {
        QString entry = QStringLiteral("<url><loc>%1</loc><lastmod>%2</lastmod>")
                            .arg(xml(url), modified.toUTC().toString(Qt::ISODate));
        for (const PageData::Link &alt : alternates) {
            entry += QStringLiteral("<xhtml:link rel=\"alternate\" hreflang=\"%1\" href=\"%2\"/>")
                         .arg(xml(alt.lang), xml(alt.url));
        }
        if (!xDefault.isEmpty()) {
            entry += QStringLiteral(
                         "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"%1\"/>")
                         .arg(xml(xDefault));
        }
        return entry + QStringLiteral("</url>\n");
    };
    auto newest = [](const QList<Entry> &entries, const QString &sectionUid = {}) {
        QDateTime last;
        for (const Entry &e : entries) {
            if ((sectionUid.isEmpty() || e.sectionUid == sectionUid)
                && (!last.isValid() || e.modifiedAt > last))
                last = e.modifiedAt;
        }
        return last;
    };
    // The authors of the articles in the feeds (the newest 50 of each language), read once each.
    QHash<QString, QStringList> authorsRead;
    auto authorsOf = [&](const QString &uid) -> Result<QStringList> {
        if (const auto known = authorsRead.constFind(uid); known != authorsRead.cend())
            return *known;
        auto found = articles.find(uid);
        if (!found)
            return std::unexpected(found.error());
        const QStringList authors = *found ? (*found)->authors : QStringList();
        authorsRead.insert(uid, authors);
        return authors;
    };
    QStringList homes;
    for (const Locale &l : std::as_const(*locales)) {
        auto it = byLocale.find(l.code);
        if (it == byLocale.end())
            continue;
        QList<Entry> &entries = *it;
        std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
            return a.publishedAt > b.publishedAt;
        });
        PageData frame = chrome.value(l.code);
        listingLinks(frame, l.code, {}, hasPages);
        const QMap<QString, QString> words = strings->value(l.code);
        QList<PageData::Link> items;
        for (const Entry &e : std::as_const(entries).mid(0, 100))
            items.append({e.title, e.url, l.code, false});
        if (auto w = out.write(
                folder + QStringLiteral("/%1/index.html").arg(l.code),
                PageRenderer::renderListing(frame, words.value(QStringLiteral("newsroom_name")),
                                            words.value(QStringLiteral("tagline")), items)
                    .toUtf8());
            !w) {
            return std::unexpected(w.error());
        }
        sitemap.append(
            sitemapEntry(frame.canonicalUrl, newest(entries), frame.alternates, frame.xDefaultUrl));
        ++report.listings;
        homes.append(l.code);
        for (const Section &s : std::as_const(*sections)) {
            QList<PageData::Link> inSection;
            for (const Entry &e : std::as_const(entries)) {
                if (e.sectionUid == s.uid)
                    inSection.append({e.title, e.url, l.code, false});
            }
            if (inSection.isEmpty())
                continue;
            PageData sectionFrame = frame;
            listingLinks(sectionFrame, l.code, s.slug + QLatin1Char('/'),
                         [&sectionsOf, &s](const QString &code) {
                             return sectionsOf.value(code).contains(s.uid);
                         });
            if (auto w = out.write(
                    folder + QStringLiteral("/%1/%2/index.html").arg(l.code, s.slug),
                    PageRenderer::renderListing(sectionFrame, s.texts.value(l.code).name,
                                                s.texts.value(l.code).description, inSection)
                        .toUtf8());
                !w) {
                return std::unexpected(w.error());
            }
            sitemap.append(sitemapEntry(sectionFrame.canonicalUrl, newest(entries, s.uid),
                                        sectionFrame.alternates, sectionFrame.xDefaultUrl));
            ++report.listings;
        }
        // The search page: every article of the language (without a script, a list to scan);
        // with it, byline.js filters them by the words typed, from index.json.
        {
            PageData searchFrame = frame;
            listingLinks(searchFrame, l.code, QStringLiteral("search/"), hasPages);
            QList<PageData::Link> all;
            QString index = QStringLiteral("[");
            for (const Entry &e : std::as_const(entries)) {
                all.append({e.title, e.url, l.code, false});
                if (index.size() > 1)
                    index += QLatin1Char(',');
                index += QStringLiteral("\n{\"t\": %1, \"u\": %2, \"x\": %3}")
                             .arg(Html::jsonString(e.title), Html::jsonString(e.url),
                                  Html::jsonString(e.lead));
            }
            index += QStringLiteral("\n]\n");
            if (auto w = out.write(folder + QStringLiteral("/%1/search/index.json").arg(l.code),
                                   index.toUtf8());
                !w)
                return std::unexpected(w.error());
            if (auto w
                = out.write(folder + QStringLiteral("/%1/search/index.html").arg(l.code),
                            PageRenderer::renderListing(
                                searchFrame, words.value(QStringLiteral("search_results")), {}, all,
                                {}, QStringLiteral("/%1/search/index.json").arg(l.code))
                                .toUtf8());
                !w) {
                return std::unexpected(w.error());
            }
            sitemap.append(sitemapEntry(searchFrame.canonicalUrl, newest(entries),
                                        searchFrame.alternates, searchFrame.xDefaultUrl));
            ++report.listings;
        }
        // RSS 2.0: the newest 50 in this language, with the Atom link to itself that feed
        // readers use, and the time the newest of them last changed.
        const QList<Entry> inFeed = std::as_const(entries).mid(0, 50);
        const QString feedUrl = base + QStringLiteral("/%1/rss.xml").arg(l.code);
        QString rss
            = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                             "xmlns:atom=\"http://www.w3.org/2005/Atom\" "
                             "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n"
                             "<title>%1</title>\n<link>%2</link>\n<description>%3</description>\n"
                             "<language>%4</language>\n<lastBuildDate>%5</lastBuildDate>\n"
                             "<atom:link href=\"%6\" rel=\"self\" type=\"application/rss+xml\"/>\n")
                  .arg(xml(words.value(QStringLiteral("newsroom_name"))),
                       xml(base + QStringLiteral("/%1/").arg(l.code)),
                       xml(words.value(QStringLiteral("tagline")).isEmpty()
                               ? words.value(QStringLiteral("newsroom_name"))
                               : words.value(QStringLiteral("tagline"))),
                       xml(l.code), rfc822(newest(inFeed)), xml(feedUrl));
        for (const Entry &e : inFeed) {
            auto authors = authorsOf(e.uid);
            if (!authors)
                return std::unexpected(authors.error());
            QStringList names;
            for (const QString &login : std::as_const(*authors))
                names.append(PageLoader::authorName(*shared, login, l.code));
            rss += QStringLiteral("<item>\n<title>%1</title>\n<link>%2</link>\n<guid "
                                  "isPermaLink=\"true\">%2</guid>\n"
                                  "<pubDate>%3</pubDate>\n<description>%4</description>\n")
                       .arg(xml(e.title), xml(e.url), rfc822(e.publishedAt), xml(e.lead));
            if (!names.isEmpty()) {
                rss += QStringLiteral("<dc:creator>%1</dc:creator>\n")
                           .arg(xml(names.join(QStringLiteral(", "))));
            }
            rss += QStringLiteral("</item>\n");
        }
        rss += QStringLiteral("</channel>\n</rss>\n");
        if (auto w = out.write(folder + QStringLiteral("/%1/rss.xml").arg(l.code), rss.toUtf8());
            !w)
            return std::unexpected(w.error());
        ++report.feeds;
        for (const Entry &e : std::as_const(entries))
            sitemap.append(sitemapEntry(e.url, e.modifiedAt, e.alternates, e.xDefault));
    }
    if (auto w = writeSitemap(folder, base, sitemap, options.sitemapLimit, out); !w)
        return std::unexpected(w.error());
    // The root sends readers to the newsroom's default language (or the first there is), and
    // lists the languages for those whose browser does not follow.
    const QString home = homes.contains(defaultLocale) ? defaultLocale : homes.value(0);
    if (!home.isEmpty()) {
        QList<PageData::Link> languages;
        for (const Locale &l : std::as_const(*locales)) {
            if (homes.contains(l.code))
                languages.append(
                    {l.name, QStringLiteral("/%1/").arg(l.code), l.code, l.code == home});
        }
        if (auto w
            = out.write(folder + QStringLiteral("/index.html"),
                        PageRenderer::renderLanguageChoice(chrome.value(home), languages).toUtf8());
            !w)
            return std::unexpected(w.error());
    }
    // The site's icon: the newsroom's or Byline's, and /favicon.ico, which browsers ask for
    // whatever a page says.
    const SiteIcon::Icon icon = SiteIcon::of(*settings);
    for (const auto &[file, bytes] :
         {std::pair {QStringLiteral("/assets/icon.png"), icon.png},
          std::pair {QStringLiteral("/assets/icon.svg"), icon.svg},
          std::pair {QStringLiteral("/favicon.ico"), SiteIcon::ico(icon.png)}}) {
        if (bytes.isEmpty())
            continue;
        if (auto w = out.write(folder + file, bytes); !w)
            return std::unexpected(w.error());
    }
    for (const char *asset : {"byline.css", "byline.js"}) {
        QFile in(QStringLiteral(":/byline/site/") + QLatin1String(asset));
        if (!in.open(QIODevice::ReadOnly))
            return fail(ErrorCode::StorageFailure,
                        QObject::tr("The site asset %1 is missing from this build.")
                            .arg(QLatin1String(asset)));
        if (auto w
            = out.write(folder + QStringLiteral("/assets/") + QLatin1String(asset), in.readAll());
            !w)
            return std::unexpected(w.error());
    }
    // The marker says this folder is a Byline site, and what each page was made from.
    QJsonObject manifest;
    manifest.insert(QStringLiteral("format"), QStringLiteral("byline-site/1"));
    manifest.insert(QStringLiteral("about"),
                    QStringLiteral("A static site written by Byline; the next export rewrites "
                                   "what changed (see its README, \"The published page\")."));
    manifest.insert(QStringLiteral("newsroom"), newsroomSignature);
    QJsonObject pageSignatures;
    for (auto it = pages.cbegin(); it != pages.cend(); ++it)
        pageSignatures.insert(it.key(), it.value()); // in key order: each goes at the end
    manifest.insert(QStringLiteral("pages"), pageSignatures);
    // Every other file the export wrote (listings, feeds, sitemaps, assets): in place, one that
    // is not written again (a section with nothing left in a language) is removed.
    QStringList others;
    for (const QString &file : out.written()) {
        const QString path = file.mid(folder.size());
        const bool page = path.endsWith(QLatin1String("/index.html"))
            && pages.contains(path.chopped(int(qstrlen("index.html"))));
        if (!page)
            others.append(path);
    }
    others.sort();
    manifest.insert(QStringLiteral("files"), QJsonArray::fromStringList(others));
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    const QString manifestPath = folder + QLatin1Char('/') + QLatin1String(marker);

    if (inPlace) {
        // Everything is written: the new files go in, the pages no longer on the site go, and
        // the manifest comes last. Killed before it, the next export finds the old manifest
        // and finishes the work.
        if (auto renamed = out.commit(); !renamed)
            return std::unexpected(renamed.error());
        const QSet<QString> current(others.cbegin(), others.cend());
        for (auto it = previousPages.constBegin(); it != previousPages.constEnd(); ++it) {
            // Still a page, or now another file of the site (a listing at the same address).
            if (pages.contains(it.key())
                || current.contains(it.key() + QStringLiteral("index.html")))
                continue;
            const QString gone = target + it.key();
            if (auto removed = removeFromSite(gone + QStringLiteral("index.html"), target);
                !removed)
                return std::unexpected(removed.error());
            ++report.removed;
        }
        for (const QJsonValue &file : previous.value(QStringLiteral("files")).toArray()) {
            const QString path = file.toString();
            // Only what an export of ours wrote: a path inside the site, nothing else.
            if (!path.startsWith(QLatin1Char('/')) || QDir::cleanPath(path) != path
                || current.contains(path))
                continue;
            if (auto removed = removeFromSite(target + path, target); !removed)
                return std::unexpected(removed.error());
        }
        // The new files are live already: a failure now says so.
        auto manifestWritten = out.write(manifestPath, manifestBytes);
        if (manifestWritten)
            manifestWritten = out.commit();
        if (!manifestWritten) {
            return fail(ErrorCode::Io,
                        QObject::tr("The changed pages of %1 are in place, but its record of "
                                    "them could not be written (%2). Export again: it will "
                                    "write them once more.")
                            .arg(target, manifestWritten.error().message));
        }
        report.files = out.files();
        return report;
    }
    if (auto w = out.write(manifestPath, manifestBytes); !w)
        return std::unexpected(w.error());
    report.files = out.files();

    // Swap: the target is the old site until this instant, the new one after it.
    if (!QFileInfo::exists(target)) {
        if (!QDir().rename(staging, target)) {
            return std::unexpected(FileErrors::describe(
                errno, target, QObject::tr("Cannot move the new site into %1.").arg(target)));
        }
        cleanup.path.clear();
        return report;
    }
    if (!exchange(staging, target)) {
        const QString old = staging + QStringLiteral(".old");
        if (!QDir().rename(target, old) || !QDir().rename(staging, target)) {
            return std::unexpected(FileErrors::describe(
                errno, target, QObject::tr("Cannot move the new site into %1.").arg(target)));
        }
        removeOwn(old);
    }
    // `staging` now holds the old site; the cleanup removes it.
    return report;
}

} // namespace Byline
