#include "core/storage/SearchText.h"

namespace Byline::SearchText {
namespace {

bool isLatinWithAccent(char16_t u)
{
    return (u >= 0x00C0 && u <= 0x024F) || (u >= 0x1E00 && u <= 0x1EFF);
}

bool isQuoteOrDash(char16_t u)
{
    switch (u) {
    case u'"':
    case u'\'':
    case u'-':
    case 0x00AB:
    case 0x00BB: // « »
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2039:
    case 0x203A: // ‹ ›
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212: // minus
        return true;
    default:
        return false;
    }
}

bool isDropped(char16_t u)
{
    switch (u) {
    case 0x055A: // Armenian apostrophe
    case 0x055B: // Armenian emphasis mark
    case 0x055C: // Armenian exclamation mark
    case 0x055E: // Armenian question mark
    case 0x00AD: // soft hyphen
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
        return true;
    default:
        return false;
    }
}

// Armenian ligatures spelled out, lower case.
QStringView ligature(char16_t u)
{
    switch (u) {
    case 0x0587:
        return u"եվ";
    case 0xFB13:
        return u"մն";
    case 0xFB14:
        return u"մե";
    case 0xFB15:
        return u"մի";
    case 0xFB16:
        return u"վն";
    case 0xFB17:
        return u"մխ";
    default:
        return {};
    }
}

// As SQLite's unicode61 tokenizer sees it (characters outside the BMP, such as emoji,
// separate words).
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

struct Span
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

QList<Span> wordSpans(QStringView folded)
{
    QList<Span> spans;
    qsizetype i = 0;
    while (i < folded.size()) {
        while (i < folded.size() && !isWordChar(folded[i]))
            ++i;
        const qsizetype begin = i;
        while (i < folded.size() && isWordChar(folded[i]))
            ++i;
        if (i > begin)
            spans.append({begin, i});
    }
    return spans;
}

bool wordMatches(QStringView word, const QList<Term> &terms)
{
    for (const Term &t : terms) {
        for (qsizetype w = 0; w < t.words.size(); ++w) {
            const QString &want = t.words.at(w);
            const bool prefix = t.prefix && w == t.words.size() - 1;
            if (prefix ? word.startsWith(want) : word == want)
                return true;
        }
    }
    return false;
}

QString escaped(QStringView text, bool html)
{
    return html ? text.toString().toHtmlEscaped() : text.toString();
}

} // namespace

QString fold(QStringView text, QList<qsizetype> *sourceIndex)
{
    QString out;
    out.reserve(text.size());
    if (sourceIndex) {
        sourceIndex->clear();
        sourceIndex->reserve(text.size());
    }
    auto put = [&](QChar c, qsizetype from) {
        out.append(c);
        if (sourceIndex)
            sourceIndex->append(from);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if (u < 0x80) { // ASCII, most of any text: no table lookups
            if (u == u'"' || u == u'\'' || u == u'-')
                put(QLatin1Char(' '), i);
            else
                put(QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u), i);
            continue;
        }
        if (u == 0x0451 || u == 0x0401) { // ё Ё
            put(QChar(0x0435), i);
            continue;
        }
        if (const QStringView spelled = ligature(u); !spelled.isEmpty()) {
            for (QChar s : spelled)
                put(s, i);
            continue;
        }
        if (isDropped(u) || c.category() == QChar::Mark_NonSpacing)
            continue;
        if (isQuoteOrDash(u)) {
            put(QLatin1Char(' '), i);
            continue;
        }
        if (c.isHighSurrogate() && i + 1 < text.size()) {
            put(c, i);
            put(text[i + 1], i + 1);
            ++i;
            continue;
        }
        QChar lower = c.toLower();
        if (isLatinWithAccent(lower.unicode()) && lower.decompositionTag() == QChar::Canonical)
            lower = lower.decomposition().at(0).toLower();
        // Upper-case Armenian letters: QChar::toLower knows them (Ա..Ֆ -> ա..ֆ).
        put(lower, i);
    }
    return out;
}

QStringList words(QStringView folded)
{
    QStringList result;
    for (const Span &s : wordSpans(folded))
        result.append(folded.mid(s.begin, s.end - s.begin).toString());
    return result;
}

QList<Term> parse(QStringView query, bool prefixLast, qsizetype prefixFrom)
{
    QList<Term> terms;
    bool lastIsBare = false;
    qsizetype i = 0;
    auto closingFor = [](char16_t open) -> char16_t {
        switch (open) {
        case u'"':
            return u'"';
        case 0x00AB:
            return 0x00BB; // « »
        case 0x201C:
            return 0x201D; // “ ”
        case 0x201E:
            return 0x201C; // „ “
        default:
            return 0;
        }
    };
    while (i < query.size()) {
        const QChar c = query[i];
        if (c.isSpace()) {
            ++i;
            lastIsBare = false;
            continue;
        }
        if (const char16_t close = closingFor(c.unicode())) {
            qsizetype end = i + 1;
            while (end < query.size() && query[end].unicode() != close
                   && !(close == 0x201C && query[end].unicode() == 0x201D)) {
                ++end;
            }
            const QStringList phrase = words(fold(query.mid(i + 1, end - i - 1)));
            if (!phrase.isEmpty())
                terms.append({phrase, false});
            i = end + 1;
            lastIsBare = false;
            continue;
        }
        qsizetype end = i;
        while (end < query.size() && !query[end].isSpace() && !closingFor(query[end].unicode()))
            ++end;
        QStringView bare = query.mid(i, end - i);
        bool prefix = false;
        while (bare.endsWith(u'*')) {
            bare.chop(1);
            prefix = true;
        }
        const QStringList parts = words(fold(bare));
        if (!parts.isEmpty()) {
            terms.append({parts, prefix});
            lastIsBare = end >= query.size();
        } else {
            lastIsBare = false;
        }
        i = end;
    }
    // As one types, the last word is a prefix once it is long enough to say something (and,
    // for the index, to be found fast: indexPrefixFrom). A prefix asked for with * is taken
    // as asked.
    if (prefixLast && lastIsBare && !terms.isEmpty()
        && terms.last().words.last().size() >= prefixFrom) {
        terms.last().prefix = true;
    }
    // A one-letter prefix would match half the archive and say nothing.
    for (Term &t : terms) {
        if (t.prefix && t.words.last().size() < 2)
            t.prefix = false;
    }
    return terms;
}

QString matchExpression(const QList<Term> &terms)
{
    QStringList parts;
    for (const Term &t : terms) {
        // Words hold only letters and digits: no quote can end the string early.
        QString part = QLatin1Char('"') + t.words.join(QLatin1Char(' ')) + QLatin1Char('"');
        if (t.prefix)
            part += QLatin1Char('*');
        parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

QString tsQuery(const QList<Term> &terms)
{
    QStringList parts;
    for (const Term &t : terms) {
        QStringList words;
        for (const QString &w : t.words)
            words.append(QLatin1Char('\'') + w + QLatin1Char('\''));
        if (t.prefix && !words.isEmpty())
            words.last() += QStringLiteral(":*");
        parts.append(words.size() > 1
                         ? QLatin1Char('(') + words.join(QStringLiteral(" <-> ")) + QLatin1Char(')')
                         : words.join(QString()));
    }
    return parts.join(QStringLiteral(" & "));
}

bool matches(const QString &text, const QList<Term> &terms)
{
    const QString folded = fold(text);
    for (const Span &s : wordSpans(folded)) {
        if (wordMatches(QStringView(folded).mid(s.begin, s.end - s.begin), terms))
            return true;
    }
    return false;
}

QString snippet(const QString &text, const QList<Term> &terms, const QString &open,
                const QString &close, bool escapeHtml, int maxWords)
{
    QList<qsizetype> map;
    const QString folded = fold(text, &map);
    const QList<Span> spans = wordSpans(folded);
    if (spans.isEmpty())
        return {};
    QList<bool> hit(spans.size(), false);
    qsizetype first = -1;
    for (qsizetype w = 0; w < spans.size(); ++w) {
        hit[w] = wordMatches(QStringView(folded).mid(spans[w].begin, spans[w].end - spans[w].begin),
                             terms);
        if (hit[w] && first < 0)
            first = w;
    }
    const qsizetype from = first < 0 ? 0 : std::max<qsizetype>(0, first - maxWords / 3);
    const qsizetype to = std::min<qsizetype>(spans.size(), from + maxWords); // exclusive
    auto sourceBegin = [&](qsizetype w) {
        return map.at(spans[w].begin);
    };
    auto sourceEnd = [&](qsizetype w) {
        return map.at(spans[w].end - 1) + 1;
    };

    QString out;
    if (from > 0)
        out += QStringLiteral("… ");
    qsizetype at = from == 0 ? 0 : sourceBegin(from);
    const qsizetype stop = to == spans.size() ? text.size() : sourceEnd(to - 1);
    for (qsizetype w = from; w < to; ++w) {
        if (!hit[w])
            continue;
        out += escaped(QStringView(text).mid(at, sourceBegin(w) - at), escapeHtml);
        out += open
            + escaped(QStringView(text).mid(sourceBegin(w), sourceEnd(w) - sourceBegin(w)),
                      escapeHtml)
            + close;
        at = sourceEnd(w);
    }
    out += escaped(QStringView(text).mid(at, stop - at), escapeHtml);
    if (to < spans.size())
        out += QStringLiteral(" …");
    return out.simplified();
}

} // namespace Byline::SearchText
