#include "tests/language/TextChecks.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Byline::Test::TextChecks {
namespace {

// A piece of `text` around [start, end), for a failure message.
QString excerpt(const QString &text, qsizetype start, qsizetype end)
{
    const qsizetype from = qMax<qsizetype>(0, start - 16);
    const qsizetype to = qMin(text.size(), end + 12);
    return text.mid(from, to - from).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QStringList excerpts(const QString &text, const QRegularExpression &re)
{
    QStringList found;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        found.append(excerpt(text, m.capturedStart(), m.capturedEnd()));
    }
    return found;
}

bool isArmenian(QChar c)
{
    // Letters, and the marks that sit on a word (՛ emphasis, ՜ exclamation, ՞ question).
    const char16_t u = c.unicode();
    return (u >= 0x0531 && u <= 0x0556) || (u >= 0x0561 && u <= 0x0587)
        || (u >= 0x055B && u <= 0x055E);
}

// What is not prose: placeholders (%1, %L1, %n, {year}), markup, entities and URLs, each
// replaced by a space so that it neither joins nor hides words.
QString withoutCode(const QString &text)
{
    static const QRegularExpression code(QStringLiteral(
        R"re(%L?\d+|%n|\{\w+\}|<[^<>]*>|&#?\w+;|(?:https?|ftp|postgresql)://[^\s"«»<>]+)re"));
    QString out = text;
    return out.replace(code, QStringLiteral(" "));
}

// The text without the & that marks an accelerator ("Со&хранить"); "&&" is one ampersand.
QString withoutAccelerators(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&') && i + 1 < text.size()) {
            if (text[i + 1] == QLatin1Char('&'))
                ++i;
            else if (text[i + 1].isLetter())
                continue;
        }
        out.append(text[i]);
    }
    return out;
}

} // namespace

QStringList mixedScriptWords(const QString &text, const QStringList &knownNames)
{
    const QString prose = withoutCode(withoutAccelerators(text));
    QStringList found;
    qsizetype i = 0;
    while (i < prose.size()) {
        if (!prose[i].isLetter()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        QSet<QChar::Script> scripts;
        while (i < prose.size() && (prose[i].isLetter() || prose[i].isMark())) {
            const QChar::Script s = prose[i].script();
            if (s == QChar::Script_Latin || s == QChar::Script_Cyrillic
                || s == QChar::Script_Armenian)
                scripts.insert(s);
            ++i;
        }
        const QString word = prose.mid(start, i - start);
        if (scripts.size() > 1 && !knownNames.contains(word) && !found.contains(word))
            found.append(word);
    }
    return found;
}

QStringList latinPunctuationInArmenian(const QString &text)
{
    // Abbreviations keep the Latin full stop (2026 թ., 2026–2027 թթ.).
    static const QSet<QString> abbreviations = {QStringLiteral("թ"), QStringLiteral("թթ")};
    static const QString closing = QStringLiteral(")]»\"'’”");
    const QString prose = withoutCode(text);
    const bool armenianText = std::any_of(prose.cbegin(), prose.cend(), isArmenian);
    QStringList found;
    for (qsizetype i = 0; i < prose.size(); ++i) {
        const QChar c = prose[i];
        if (c != QLatin1Char('.') && c != QLatin1Char('?') && c != QLatin1Char('!')
            && c != QLatin1Char(':'))
            continue;
        qsizetype j = i - 1;
        while (j >= 0 && closing.contains(prose[j]))
            --j;
        const bool afterArmenian = j >= 0 && isArmenian(prose[j]);
        if (c != QLatin1Char('.')) {
            if (afterArmenian)
                found.append(excerpt(prose, i, i + 1));
            continue;
        }
        // A full stop: after an Armenian word, before one (the text goes on in Armenian), or
        // ending a sentence of Armenian text, unless it is an ellipsis or an abbreviation's.
        if ((i > 0 && prose[i - 1] == QLatin1Char('.'))
            || (i + 1 < prose.size() && prose[i + 1] == QLatin1Char('.')))
            continue;
        qsizetype w = i - 1;
        while (w >= 0 && prose[w].isLetter())
            --w;
        if (abbreviations.contains(prose.mid(w + 1, i - 1 - w)))
            continue;
        qsizetype k = i + 1;
        while (k < prose.size() && prose[k] == QLatin1Char(' '))
            ++k;
        const bool spaced = k > i + 1;
        while (k < prose.size() && (prose[k] == QChar(0x00AB) || prose[k] == QLatin1Char('(')))
            ++k;
        const bool beforeArmenian = spaced && k < prose.size() && isArmenian(prose[k]);
        const bool endsSentence
            = i + 1 == prose.size() || (spaced && k < prose.size() && prose[k].isUpper());
        if (afterArmenian || beforeArmenian || (armenianText && endsSentence))
            found.append(excerpt(prose, i, i + 1));
    }
    return found;
}

QStringList armenianQuestionsWithoutStop(const QString &text)
{
    // A sentence is what lies between two ։ (or line breaks); one that holds ՞ must end with ։.
    const QString prose = withoutCode(text);
    QStringList found;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= prose.size(); ++i) {
        const bool stop = i < prose.size() && prose[i] == QChar(0x0589);
        if (i < prose.size() && !stop && prose[i] != QLatin1Char('\n'))
            continue;
        const QString sentence = prose.mid(start, i - start).trimmed();
        if (!stop && sentence.contains(QChar(0x055E)) && !sentence.endsWith(QChar(0x2026)))
            found.append(sentence.right(40));
        start = i + 1;
    }
    return found;
}

QStringList straightQuotes(const QString &text)
{
    // What a person types at a prompt or reads as code keeps its quotes: shell arguments
    // (--display-name "Full Name", en="Anna Petrosyan"), JSON ("format": "byline/1"), code in
    // backticks, and the straight quote shown as a character ("…").
    static const QRegularExpression code(QStringLiteral(
        R"re(--[A-Za-z][\w-]*(?: +|=)"[^"\n]*"|\b[A-Za-z_]\w*="[^"\n]*"|"[^"\n]*" *: *"[^"\n]*")re"
        R"re(|`[^`\n]*`|"…")re"));
    QString prose = withoutCode(text);
    prose.replace(code, QStringLiteral(" "));
    static const QRegularExpression quote(QStringLiteral("\""));
    return excerpts(prose, quote);
}

QStringList breakingSpaces(const QString &text)
{
    // A number or a placeholder that stands for one, an ordinary space, then a unit: time,
    // dates, sizes, distances. The Russian «с» is seconds only at the end of a phrase ("за 5 с;"),
    // elsewhere it is the preposition ("%1 с %2").
    static const QRegularExpression unit(
        QStringLiteral(
            R"re((?:\d|%L?\d|%n|\{\w+\}) )re"
            R"re((?:мин|минут[аыу]?|сек|секунд[аыу]?|ч|час(?:а|ов|у)?|дн(?:я|ей)?|день|д|сут(?:ки|ок)|)re"
            R"re(недел[ьиеюяь]\w*|месяц\w*|год(?:а|у|ом)?|лет|г\.|гг\.|мс|км|м|см|мм|кг|тыс\.|млн|)re"
            R"re(млрд|байт\w*|[КМГТ]и?Б|руб\.|драм\w*|)re"
            R"re(րոպե(?:ն|ում|ից|ով|ի)?|վայրկյան(?:ը|ում|ից|ով|ի)?|վրկ|վ|ժ|ժամ(?:ը|ն|ում|վա|ից|ով)?|)re"
            R"re(օր(?:ը|ն|ում|վա|ից|ով)?|շաբաթ(?:ը|ն|ում|վա|ից|ով)?|ամիս|ամսվա|ամսում|)re"
            R"re(տարի(?:ն|ում|վա|ից)?|թվական(?:ը|ն|ի|ին|ից)?|թ\.|թթ\.|կմ|մ|սմ|մմ|կգ|բայթ\w*|[ԿՄԳՏ]ի?Բ|)re"
            R"re(հազ\.|մլն|մլրդ|դրամ\w*)(?![\p{L}\p{M}])|)re"
            R"re((?:\d|%L?\d|%n|\{\w+\}) (?:с|%)(?=$|[^\s\p{L}\p{N}%{]))re"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression dash(QStringLiteral(" [\u2014\u2013]"));
    return excerpts(text, unit) + excerpts(text, dash);
}

QStringList armenianArticleBeforeVowel(const QString &text)
{
    static const QRegularExpression article(QStringLiteral(
        "(?<=\\S)\u0568 (?:[\u0561\u0565\u0567\u0568\u056B\u0578\u0585]|[\u0531\u0535\u0537"
        "\u0538\u053B\u0548\u0555])"));
    return excerpts(text, article);
}

QList<Problem> check(const QString &text, const QString &locale, Kind kind,
                     const QStringList &knownNames)
{
    QList<Problem> problems;
    auto add = [&](const QString &rule, const QStringList &pieces) {
        for (const QString &piece : pieces)
            problems.append({rule, piece});
    };
    add(QStringLiteral("a word mixes scripts"), mixedScriptWords(text, knownNames));
    add(QStringLiteral("an ordinary space before a unit or a dash (use U+00A0)"),
        breakingSpaces(text));
    if (locale == QLatin1String("ru") || locale == QLatin1String("hy"))
        add(QStringLiteral("straight quotes in prose (use « »)"), straightQuotes(text));
    if (locale == QLatin1String("hy")) {
        add(QStringLiteral("Latin punctuation after an Armenian word (։ ․ ՝ ՞ ՜)"),
            latinPunctuationInArmenian(text));
        if (kind == Kind::Prose) {
            add(QStringLiteral("a question without its closing ։"),
                armenianQuestionsWithoutStop(text));
        }
        add(QStringLiteral("-ը before a vowel (-ն)"), armenianArticleBeforeVowel(text));
    }
    return problems;
}

QChar accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

QList<AcceleratorClash> acceleratorClashes(const QStringList &texts)
{
    QList<AcceleratorClash> clashes;
    QHash<QChar, QString> taken;
    for (const QString &text : texts) {
        const QChar key = accelerator(text);
        if (key.isNull())
            continue;
        if (const auto it = taken.constFind(key); it != taken.cend())
            clashes.append({key, *it, text});
        else
            taken.insert(key, text);
    }
    return clashes;
}

} // namespace Byline::Test::TextChecks
