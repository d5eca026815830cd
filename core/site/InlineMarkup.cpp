#include "core/site/InlineMarkup.h"

#include "core/site/Html.h"

#include <QList>

#include <optional>

namespace Byline::InlineMarkup {

namespace {

// Where links may close, found in one pass each before the walk, so that a paragraph of many
// "[" or "(" that never close costs no more than its length (looking ahead from each of them
// cost its length squared: minutes for a block of 100,000 characters).
struct Closers
{
    QList<qsizetype> bracket; // at i: the first "]" at i or after, -1 when none
    QList<qsizetype> paren; // at a "(": the ")" that balances it, -1 when none

    explicit Closers(const QString &text)
        : bracket(text.size() + 1, -1)
        , paren(text.size(), -1)
    {
        for (qsizetype i = text.size() - 1; i >= 0; --i)
            bracket[i] = text.at(i) == u']' ? i : bracket[i + 1];
        QList<qsizetype> open;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == u'(')
                open.append(i);
            else if (text.at(i) == u')' && !open.isEmpty())
                paren[open.takeLast()] = i;
        }
    }
};

} // namespace

// Walks the text once. Open tags are kept on a stack, so that "**a *b** c*" still nests
// properly.
QString toHtml(const QString &text)
{
    QString out;
    // Only a text with a "[" can hold a link.
    const std::optional<Closers> closers
        = text.contains(u'[') ? std::optional<Closers>(std::in_place, text) : std::nullopt;
    QList<QStringView> open; // "strong", "em"
    auto toggle = [&](QStringView tag) {
        const qsizetype at = open.lastIndexOf(tag);
        if (at < 0) {
            open.append(tag);
            out += QLatin1Char('<') + tag + QLatin1Char('>');
            return;
        }
        const QList<QStringView> reopen = open.mid(at + 1);
        for (qsizetype k = open.size() - 1; k >= at; --k)
            out += QStringLiteral("</") + open.at(k) + QLatin1Char('>');
        open.resize(at);
        for (QStringView t : reopen) {
            open.append(t);
            out += QLatin1Char('<') + t + QLatin1Char('>');
        }
    };
    auto isOpen = [&](QStringView tag) {
        return open.contains(tag);
    };
    auto closes = [&](QStringView mark, qsizetype from) {
        return text.indexOf(mark, from) >= 0;
    };
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size() && QStringView(u"*[]()\\").contains(text.at(i + 1))) {
            out += Html::escape(QStringView(text).mid(i + 1, 1));
            i += 2;
            continue;
        }
        if (c == u'*' && i + 1 < text.size() && text.at(i + 1) == u'*'
            && (isOpen(u"strong") || closes(u"**", i + 2))) {
            toggle(u"strong");
            i += 2;
            continue;
        }
        if (c == u'*' && (isOpen(u"em") || closes(u"*", i + 1))) {
            toggle(u"em");
            i += 1;
            continue;
        }
        if (c == u'[') {
            const qsizetype close = closers->bracket.at(i + 1);
            if (close > i && close + 1 < text.size() && text.at(close + 1) == u'(') {
                // The target ends at the ")" that balances its "(" (URLs may hold parentheses).
                const qsizetype end = closers->paren.at(close + 1);
                if (end > close) {
                    const QString words = text.mid(i + 1, close - i - 1);
                    const QString target = Html::safeUrl(text.mid(close + 2, end - close - 2));
                    const QString shown = toHtml(words);
                    if (!target.isEmpty())
                        out += QStringLiteral("<a href=\"%1\">%2</a>")
                                   .arg(Html::escape(target), shown);
                    else
                        out += shown;
                    i = end + 1;
                    continue;
                }
            }
        }
        // Plain text up to the next character that may start a mark, at once.
        qsizetype end = i + 1;
        while (end < text.size() && text.at(end) != u'*' && text.at(end) != u'['
               && text.at(end) != u'\\')
            ++end;
        out += Html::escape(QStringView(text).mid(i, end - i));
        i = end;
    }
    for (qsizetype k = open.size() - 1; k >= 0; --k)
        out += QStringLiteral("</") + open.at(k) + QLatin1Char('>');
    return out;
}

} // namespace Byline::InlineMarkup
