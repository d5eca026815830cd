#include "core/site/InlineMarkup.h"

#include "core/site/Html.h"

#include <QList>

namespace Byline::InlineMarkup {

// Walks the text once. Open tags are kept on a stack, so that "**a *b** c*" still nests
// properly.
QString toHtml(const QString &text)
{
    QString out;
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
            const qsizetype close = text.indexOf(u']', i + 1);
            if (close > i && close + 1 < text.size() && text.at(close + 1) == u'(') {
                // The target ends at the ")" that balances its "(" (URLs may hold parentheses).
                qsizetype end = -1;
                for (qsizetype k = close + 2, depth = 1; k < text.size(); ++k) {
                    if (text.at(k) == u'(')
                        ++depth;
                    else if (text.at(k) == u')' && --depth == 0) {
                        end = k;
                        break;
                    }
                }
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
