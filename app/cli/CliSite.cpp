// byline-cli render: the page a reader sees, through the same renderer as the site and the
// desk's preview.
#include "app/cli/Cli.h"
#include "app/cli/CliArgs.h"

#include "core/FileErrors.h"
#include "core/site/Html.h"
#include "core/site/PageLoader.h"
#include "core/site/PageRenderer.h"
#include "core/site/SiteExporter.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QSaveFile>

#include <cerrno>

namespace Byline::Cli {

int Cli::render(Args &args)
{
    if (args.positional.size() != 1)
        return usage(tr("render needs an article UID"));
    if (args.option("locale").isEmpty())
        return usage(tr("render needs --locale L (the page's language)"));
    PageRenderer::Options options;
    const QString theme = args.option("theme");
    if (!theme.isEmpty() && theme != QLatin1String("light") && theme != QLatin1String("dark"))
        return usage(tr("--theme is light or dark, not \"%1\"").arg(theme));
    options.dark = theme == QLatin1String("dark");
    auto db = openStore();
    if (!db)
        return report(db.error());
    auto page = PageLoader::load(**db, args.positional.first(), args.option("locale"),
                                 args.flag("preview") ? PageLoader::Mode::Preview
                                                      : PageLoader::Mode::Published);
    if (!page)
        return report(page.error());
    const QByteArray html = PageRenderer::render(*page, options).toUtf8();
    const QString target = args.option("output");
    if (target.isEmpty() || target == QLatin1String("-")) {
        m_out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(html) != html.size())
            return report({ErrorCode::Io, tr("Cannot write to standard output."), {}});
        return Done;
    }
    QSaveFile file(target);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit()) {
        // A full disk or a refused folder is a storage failure (exit 7), as for export.
        return report(
            FileErrors::describe(errno, target,
                                 tr("Cannot write %1: %2. Nothing was written; check the path.")
                                     .arg(target, file.errorString())));
    }
    return Done;
}

} // namespace Byline::Cli

namespace Byline::Cli {

int Cli::exportSite(Args &args)
{
    if (args.positional.size() != 1)
        return usage(tr("export-site needs the folder to write the site into"));
    auto db = openStore();
    if (!db)
        return report(db.error());
    SiteExporter::Options options;
    options.baseUrl = args.option("base-url");
    options.changedOnly = args.flag("changed-only");
    options.atomic = args.flag("atomic");
    if (options.atomic && !options.changedOnly)
        return usage(tr("--atomic goes with --changed-only (a full export is always swapped in "
                        "whole)"));
    if (!options.baseUrl.isEmpty() && Html::safeUrl(options.baseUrl).isEmpty())
        return usage(
            tr("--base-url needs an http or https address, not \"%1\"").arg(options.baseUrl));
    int shown = -1;
    options.progress = [&](int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 100;
        if (percent / 10 != shown / 10 && total > 200) {
            shown = percent;
            m_err << tr("exporting the site: %1%").arg(percent) << '\n';
            m_err.flush();
        }
    };
    auto exported = SiteExporter(**db).exportTo(args.positional.first(), options);
    if (!exported)
        return report(exported.error());
    m_out << tr("Wrote %1 pages, %2 home and section pages and %3 feeds to %4.")
                 .arg(exported->pages)
                 .arg(exported->listings)
                 .arg(exported->feeds)
                 .arg(args.positional.first())
          << '\n';
    if (options.changedOnly) {
        m_out << tr("Kept %1 unchanged pages from the last export; removed %2 no longer "
                    "published.")
                     .arg(exported->kept)
                     .arg(exported->removed)
              << '\n';
    }
    return Done;
}

} // namespace Byline::Cli
