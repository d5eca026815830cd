#include "core/translation/QualityChecks.h"

#include "core/translation/Segments.h"

#include <QRegularExpression>
#include <QSet>

namespace Byline::QualityChecks {
namespace {

// Numbers as digits only ("1 200", "1,200" and "1200" are the same number).
QSet<QString> numbersIn(const QString &text)
{
    // Numbers standing alone: "3D" or "MP3" are names, not numbers a translation must keep.
    // Thousands may be grouped by one space, no-break space, comma or dot before exactly three
    // digits; a decimal part follows a dot or comma. "15, 2024" stays two numbers.
    static const QRegularExpression number(QStringLiteral(
        R"((?<![\p{L}\d])\d+(?:[ \x{00A0}\x{202F},.]\d{3}(?!\d))*(?:[.,]\d+)?(?![\p{L}\d]))"));
    QSet<QString> result;
    auto it = number.globalMatch(text);
    while (it.hasNext()) {
        QString digits = it.next().captured(0);
        digits.remove(QRegularExpression(QStringLiteral(R"([^\d])")));
        result.insert(digits);
    }
    return result;
}

QSet<QString> linksIn(const QString &text)
{
    static const QRegularExpression link(QStringLiteral(R"(\b(?:https?://|mailto:)[^\s)\]>»"]+)"));
    QSet<QString> result;
    auto it = link.globalMatch(text);
    while (it.hasNext()) {
        QString url = it.next().captured(0);
        while (!url.isEmpty() && QStringLiteral(".,;:!?").contains(url.back()))
            url.chop(1); // the sentence's punctuation, not the link's
        result.insert(url);
    }
    return result;
}

} // namespace

QString kindName(Warning::Kind kind)
{
    switch (kind) {
    case Warning::Kind::MissingNumber:
        return QStringLiteral("missing-number");
    case Warning::Kind::MissingLink:
        return QStringLiteral("missing-link");
    case Warning::Kind::UnbalancedQuotes:
        return QStringLiteral("unbalanced-quotes");
    case Warning::Kind::StraightQuotes:
        return QStringLiteral("straight-quotes");
    case Warning::Kind::LatinFullStop:
        return QStringLiteral("latin-full-stop");
    case Warning::Kind::ExpertSpelling:
        return QStringLiteral("expert-spelling");
    case Warning::Kind::HiddenCharacters:
        return QStringLiteral("hidden-characters");
    }
    return {};
}

QStringList hiddenCharacters(QStringView text)
{
    // Unicode's names: the same in every language, and what a search for the code finds.
    struct Named
    {
        char16_t code;
        const char *name;
    };
    static constexpr Named named[] = {
        {0x200B, "ZERO WIDTH SPACE"},
        {0x200E, "LEFT-TO-RIGHT MARK"},
        {0x200F, "RIGHT-TO-LEFT MARK"},
        {0x202A, "LEFT-TO-RIGHT EMBEDDING"},
        {0x202B, "RIGHT-TO-LEFT EMBEDDING"},
        {0x202C, "POP DIRECTIONAL FORMATTING"},
        {0x202D, "LEFT-TO-RIGHT OVERRIDE"},
        {0x202E, "RIGHT-TO-LEFT OVERRIDE"},
        {0x2060, "WORD JOINER"},
        {0x2066, "LEFT-TO-RIGHT ISOLATE"},
        {0x2067, "RIGHT-TO-LEFT ISOLATE"},
        {0x2068, "FIRST STRONG ISOLATE"},
        {0x2069, "POP DIRECTIONAL ISOLATE"},
        {0xFEFF, "ZERO WIDTH NO-BREAK SPACE"},
    };
    // Zero-width (non-)joiners (U+200C, U+200D) are left alone: some scripts need them.
    QStringList found;
    for (QChar c : text) {
        for (const Named &n : named) {
            if (c.unicode() != n.code)
                continue;
            const QString entry = QStringLiteral("U+%1 %2")
                                      .arg(uint(n.code), 4, 16, QLatin1Char('0'))
                                      .toUpper()
                                      .arg(QLatin1String(n.name));
            if (!found.contains(entry))
                found.append(entry);
        }
    }
    return found;
}

QList<Warning> checkSegment(const QString &segment, const QString &source,
                            const QString &translation, const QString &locale)
{
    QList<Warning> warnings;
    if (translation.trimmed().isEmpty())
        return warnings;
    const QSet<QString> translatedNumbers = numbersIn(translation);
    QStringList missingNumbers;
    for (const QString &n : numbersIn(source)) {
        if (!translatedNumbers.contains(n))
            missingNumbers.append(n);
    }
    missingNumbers.sort();
    for (const QString &n : std::as_const(missingNumbers))
        warnings.append({Warning::Kind::MissingNumber, segment, n});

    const QSet<QString> translatedLinks = linksIn(translation);
    QStringList missingLinks;
    for (const QString &l : linksIn(source)) {
        if (!translatedLinks.contains(l))
            missingLinks.append(l);
    }
    missingLinks.sort();
    for (const QString &l : std::as_const(missingLinks))
        warnings.append({Warning::Kind::MissingLink, segment, l});

    // Pairs of typographic quotes must balance; straight double quotes must come in pairs.
    const std::pair<QChar, QChar> pairs[] = {{QChar(0x00AB), QChar(0x00BB)}, // « »
                                             {QChar(0x201C), QChar(0x201D)}}; // “ ”
    for (const auto &[open, close] : pairs) {
        if (translation.count(open) != translation.count(close))
            warnings.append({Warning::Kind::UnbalancedQuotes, segment, QString(open) + close});
    }
    const qsizetype straight = translation.count(QLatin1Char('"'));
    if (straight % 2 != 0)
        warnings.append({Warning::Kind::UnbalancedQuotes, segment, QStringLiteral("\"")});
    if (locale == QLatin1String("ru") && straight > 0)
        warnings.append({Warning::Kind::StraightQuotes, segment, QStringLiteral("\" → « »")});

    if (locale == QLatin1String("hy")) {
        // An Armenian word directly followed by a Latin full stop or colon ends a sentence the
        // Latin way; the Armenian full stop is ։ (U+0589).
        static const QRegularExpression latinStop(
            QStringLiteral(R"([\x{0531}-\x{0587}][.:](?=\s|$))"));
        auto it = latinStop.globalMatch(translation);
        while (it.hasNext()) {
            const auto m = it.next();
            warnings.append(
                {Warning::Kind::LatinFullStop, segment,
                 translation.mid(qMax<qsizetype>(0, m.capturedStart() - 12),
                                 m.capturedEnd() - qMax<qsizetype>(0, m.capturedStart() - 12))});
        }
    }
    return warnings;
}

QList<Warning> checkLocale(const Article &article, const QString &locale,
                           const QList<Expert> &experts, const QList<Quote> &quotes)
{
    QList<Warning> warnings;
    const Translation *source = article.sourceTranslation();
    const Translation *target = article.translation(locale);
    if (!source || !target)
        return warnings;
    if (locale != article.sourceLocale) {
        for (const Segments::Segment &segment : Segments::of(*source)) {
            warnings += checkSegment(segment.key, segment.text,
                                     Segments::textOf(*target, segment.key), locale);
        }
    }
    for (const Segments::Segment &segment : Segments::of(*target)) {
        if (const QStringList hidden = hiddenCharacters(segment.text); !hidden.isEmpty()) {
            warnings.append(
                {Warning::Kind::HiddenCharacters, segment.key, hidden.join(QStringLiteral(", "))});
        }
    }
    // The experts this article quotes, spelled as the registry spells them in this locale.
    QSet<QString> quoted;
    for (const Block &b : source->blocks) {
        if (b.type != BlockType::Quote)
            continue;
        for (const Quote &q : quotes) {
            if (q.uid == b.quoteUid)
                quoted.insert(q.expertUid);
        }
    }
    for (const Expert &e : experts) {
        if (!quoted.contains(e.uid) || !e.names.contains(locale))
            continue;
        const QString right = e.names.value(locale).name;
        for (auto it = e.names.cbegin(); it != e.names.cend(); ++it) {
            const QString other = it->name;
            if (it.key() == locale || other.isEmpty() || other == right)
                continue;
            for (const Segments::Segment &segment : Segments::of(*target)) {
                if (segment.text.contains(other, Qt::CaseInsensitive)) {
                    warnings.append({Warning::Kind::ExpertSpelling, segment.key,
                                     QStringLiteral("%1 → %2").arg(other, right)});
                }
            }
        }
    }
    return warnings;
}

} // namespace Byline::QualityChecks
