#include "ui/language/Labels.h"

namespace Byline {

QString Labels::role(Role role)
{
    switch (role) {
    case Role::Journalist:
        return tr("journalist");
    case Role::Editor:
        return tr("editor");
    case Role::Translator:
        return tr("translator");
    case Role::Admin:
        return tr("admin");
    }
    return {};
}

QString Labels::qualityWarning(const QualityChecks::Warning &w)
{
    using Kind = QualityChecks::Warning::Kind;
    switch (w.kind) {
    case Kind::MissingNumber:
        return tr("the number %1 of the source is missing").arg(w.detail);
    case Kind::MissingLink:
        return tr("the link %1 of the source is missing").arg(w.detail);
    case Kind::UnbalancedQuotes:
        return tr("a quotation mark is opened but not closed");
    case Kind::StraightQuotes:
        return tr("straight quotes \"…\" instead of «…»");
    case Kind::LatinFullStop:
        return tr("a Latin full stop or colon ends an Armenian sentence (use ։)");
    case Kind::ExpertSpelling:
        return tr("the expert's name is spelled differently from the registry: %1").arg(w.detail);
    case Kind::HiddenCharacters:
        return tr("invisible or direction-changing characters that make the text read otherwise "
                  "than it looks: %1")
            .arg(w.detail);
    }
    return w.detail;
}

QString Labels::segment(const QString &key)
{
    if (key == QLatin1String("title"))
        return tr("Headline");
    if (key == QLatin1String("lead"))
        return tr("Lead");
    if (key == QLatin1String("seo_title"))
        return tr("SEO title");
    if (key == QLatin1String("seo_description"))
        return tr("SEO description");
    return tr("Paragraph %1").arg(key.mid(6));
}

QString Labels::segment(const QString &key, const Translation &source)
{
    if (!key.startsWith(QLatin1String("block:")))
        return segment(key);
    const QStringView id = QStringView(key).mid(6);
    for (qsizetype i = 0; i < source.blocks.size(); ++i) {
        if (source.blocks.at(i).id != id)
            continue;
        const int number = int(i + 1);
        switch (source.blocks.at(i).type) {
        case BlockType::Heading:
            return tr("Heading (block %1)").arg(number);
        case BlockType::PullQuote:
            return tr("Pull quote (block %1)").arg(number);
        case BlockType::Quote:
            return tr("Expert quote (block %1)").arg(number);
        case BlockType::Paragraph:
            return tr("Paragraph (block %1)").arg(number);
        }
    }
    return segment(key);
}

QString Labels::segmentState(Segments::State state)
{
    switch (state) {
    case Segments::State::Done:
        return tr("done");
    case Segments::State::Stale:
        return tr("stale");
    case Segments::State::Missing:
        return tr("missing");
    }
    return {};
}

QString Labels::wordDiffHtml(const QList<WordDiff::Piece> &pieces, WordDiff::Piece::Kind show)
{
    using Kind = WordDiff::Piece::Kind;
    QString html;
    for (const WordDiff::Piece &p : pieces) {
        const QString text = p.text.toHtmlEscaped();
        switch (p.kind) {
        case Kind::Same:
            html += text;
            break;
        case Kind::Removed:
            if (show != Kind::Added)
                html += QStringLiteral("<span style=\"background:#fbd0d0;color:#5c0000;"
                                       "text-decoration:line-through\">%1</span>")
                            .arg(text);
            break;
        case Kind::Added:
            if (show != Kind::Removed)
                html += QStringLiteral("<span style=\"background:#c9f0c9;color:#003d00;"
                                       "text-decoration:underline\">%1</span>")
                            .arg(text);
            break;
        }
    }
    return html;
}

} // namespace Byline
