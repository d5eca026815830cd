#include "tests/bench/HugoContent.h"

#include "core/site/InlineMarkup.h"
#include "core/site/PageLoader.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFile>

namespace Byline::Bench {
namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString yamlString(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

// Layouts with the parts of Byline's page: header with languages, headline, date, lead, body,
// quotes with the expert, sign-off, more of the section, footer.
const char *const single = R"(<!DOCTYPE html>
<html lang="{{ .Site.Language.Lang }}">
<head><meta charset="utf-8"><title>{{ .Title }} — {{ .Site.Title }}</title>
<meta name="description" content="{{ .Params.lead }}">
<link rel="canonical" href="{{ .Permalink }}">
{{ range .Translations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">{{ end }}
<link rel="stylesheet" href="/assets/byline.css"></head>
<body><header class="top"><a class="brand" href="{{ .Site.Home.Permalink }}">{{ .Site.Title }}</a>
<nav><ul>{{ range .AllTranslations }}<li><a href="{{ .Permalink }}">{{ .Language.LanguageName }}</a></li>{{ end }}</ul></nav></header>
<main><article><p class="section">{{ .Section }}</p><h1>{{ .Title }}</h1>
<p class="meta"><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2 January 2006, 15:04" }}</time></p>
<p class="lead">{{ .Params.lead }}</p><div class="body">{{ .Content }}</div>
<footer class="signoff">{{ delimit .Params.authors ", " }}</footer></article>
<section class="more"><ul>{{ range first 5 .CurrentSection.RegularPages }}<li><a href="{{ .Permalink }}">{{ .Title }}</a></li>{{ end }}</ul></section></main>
<footer class="site">© {{ .Site.Title }}</footer></body></html>
)";

const char *const list = R"(<!DOCTYPE html>
<html lang="{{ .Site.Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1><ul>{{ range first 100 .Pages }}<li><a href="{{ .Permalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>
)";

} // namespace

Result<int> writeHugoSite(Storage::Database &db, const QString &dir)
{
    auto shared = PageLoader::newsroom(db);
    if (!shared)
        return std::unexpected(shared.error());
    QString config = QStringLiteral(
        "baseURL = \"https://example.org/\"\ndefaultContentLanguage = \"en\"\n"
        "defaultContentLanguageInSubdir = true\ndisableKinds = [\"taxonomy\", \"term\"]\n"
        "[languages]\n");
    int weight = 1;
    for (const Locale &l : std::as_const(shared->locales)) {
        config += QStringLiteral("[languages.%1]\ncontentDir = \"content/%1\"\nlanguageName = "
                                 "\"%2\"\ntitle = %3\nweight = %4\n")
                      .arg(l.code, l.label,
                           yamlString(shared->strings.value(l.code).value(
                               QStringLiteral("newsroom_name"))))
                      .arg(weight++);
    }
    if (!writeFile(dir + QStringLiteral("/config.toml"), config.toUtf8())
        || !writeFile(dir + QStringLiteral("/layouts/_default/single.html"), single)
        || !writeFile(dir + QStringLiteral("/layouts/_default/list.html"), list)) {
        return fail(ErrorCode::Io, QStringLiteral("Cannot write the Hugo site in %1.").arg(dir));
    }
    Storage::ArticleRepository articles(db);
    auto uids = articles.uids();
    if (!uids)
        return std::unexpected(uids.error());
    int pages = 0;
    for (const QString &uid : std::as_const(*uids)) {
        auto article = articles.find(uid);
        if (!article)
            return std::unexpected(article.error());
        if (!*article || (*article)->state != WorkflowState::Published)
            continue;
        const Article &a = **article;
        QString section;
        for (const Section &s : std::as_const(shared->sections)) {
            if (s.uid == a.sectionUid)
                section = s.slug;
        }
        for (const Translation &t : a.translations) {
            if (!t.publishedAt)
                continue;
            QString md
                = QStringLiteral("---\ntitle: %1\ndate: %2\nlead: %3\ntranslationKey: %4\nslug: "
                                 "%5\nauthors: [%6]\n---\n\n")
                      .arg(yamlString(t.title), t.publishedAt->toUTC().toString(Qt::ISODate),
                           yamlString(t.lead), a.uid, yamlString(t.slug.isEmpty() ? a.uid : t.slug),
                           yamlString(a.authors.join(QStringLiteral(", "))));
            for (const Block &b : t.blocks) {
                switch (b.type) {
                case BlockType::Paragraph:
                    md += b.text + QStringLiteral("\n\n");
                    break;
                case BlockType::Heading:
                    md += QStringLiteral("## ") + b.text + QStringLiteral("\n\n");
                    break;
                case BlockType::PullQuote:
                    md += QStringLiteral("> ") + b.text + QStringLiteral("\n\n");
                    break;
                case BlockType::Quote: {
                    const Quote q = shared->quotes.value(b.quoteUid);
                    const ExpertName n = shared->experts.value(q.expertUid).names.value(t.locale);
                    const QString words = q.texts.value(t.locale).isEmpty()
                        ? q.texts.value(q.spokenLocale)
                        : q.texts.value(t.locale);
                    md += QStringLiteral("> %1\n>\n> — **%2**, %3, %4\n\n")
                              .arg(words, n.name, n.role, n.country);
                    break;
                }
                }
            }
            if (!writeFile(
                    dir + QStringLiteral("/content/%1/%2/%3.md").arg(t.locale, section, a.uid),
                    md.toUtf8()))
                return fail(ErrorCode::Io,
                            QStringLiteral("Cannot write Hugo content in %1.").arg(dir));
            ++pages;
        }
    }
    return pages;
}

} // namespace Byline::Bench
