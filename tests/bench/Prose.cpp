#include "tests/bench/Prose.h"

#include "tests/bench/Random.h"
#include "tests/bench/Vocabulary.h"

namespace Byline::Bench {

Prose::Prose(const Vocabulary &vocabulary, Random &random)
    : m_vocabulary(vocabulary)
    , m_random(random)
{
}

QString Prose::word()
{
    if (!m_topic.isEmpty() && m_random.chance(60))
        return m_vocabulary.word(m_random.pick(m_topic));
    return m_vocabulary.word(m_vocabulary.zipfRank(m_random));
}

int Prose::sentenceLength()
{
    // A triangular spread around the language's usual length: Russian sentences are shorter
    // in words than English ones, Armenian ones in between.
    const int spread = m_vocabulary.locale() == u"ru" ? 9
        : m_vocabulary.locale() == u"hy"              ? 10
                                                      : 11;
    return 4 + m_random.range(0, spread) + m_random.range(0, spread);
}

QStringList Prose::sentenceWords(int count)
{
    QStringList words;
    words.reserve(count + 1);
    for (int i = 0; i < count; ++i)
        words.append(word());
    if (!m_names.isEmpty() && m_random.chance(80)) {
        // One draw per statement: the order of evaluation of arguments is unspecified.
        const qsizetype at = qsizetype(m_random.below(quint64(words.size()) + 1));
        words.insert(at, m_random.pick(m_names));
    }
    words.first() = m_vocabulary.capitalized(words.first());
    return words;
}

QString Prose::joined(QStringList words, bool withCommas) const
{
    QString text;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0)
            text += QLatin1Char(' ');
        text += words.at(i);
        if (withCommas && i > 0 && i + 2 < words.size() && m_random.chance(70))
            text += QLatin1Char(',');
    }
    return text;
}

QString Prose::sentences(int count, int extraWords)
{
    QString text;
    for (int s = 0; s < count; ++s) {
        if (s > 0)
            text += QLatin1Char(' ');
        text
            += joined(sentenceWords(sentenceLength() + extraWords), true) + m_vocabulary.fullStop();
    }
    return text;
}

QString Prose::paragraph(int sentenceCount, const QStringList &numbers, const QString &link)
{
    QList<QStringList> sentences;
    for (int s = 0; s < sentenceCount; ++s)
        sentences.append(sentenceWords(sentenceLength()));
    // The given numbers, each after a random word of a random sentence, never next to another
    // number ("1997, 2003" would read as one number to the quality checks, and to people).
    auto isNumber = [](const QStringList &words, qsizetype i) {
        return i >= 0 && i < words.size() && words.at(i).at(0).isDigit();
    };
    for (const QString &number : numbers) {
        QStringList &words = sentences[qsizetype(m_random.below(quint64(sentenceCount)))];
        qsizetype at = 1 + qsizetype(m_random.below(quint64(words.size())));
        while (isNumber(words, at - 1) || isNumber(words, at))
            at = at % words.size() + 1; // ends: 4+ words and at most one number so far
        words.insert(at, number);
    }
    // Markup around a few words of one sentence: the link, else now and then bold or italic.
    const int roll = int(m_random.below(1000));
    if (!link.isEmpty() || roll < 150) {
        QStringList &words = sentences[qsizetype(m_random.below(quint64(sentenceCount)))];
        const int length = m_random.range(1, 3);
        const int first = int(m_random.below(quint64(qMax<qsizetype>(1, words.size() - length))));
        const int last = qMin(int(words.size()) - 1, first + length - 1);
        const QString open = !link.isEmpty() ? QStringLiteral("[")
            : roll < 100                     ? QStringLiteral("**")
                                             : QStringLiteral("*");
        const QString close = !link.isEmpty() ? QStringLiteral("](") + link + QLatin1Char(')')
            : roll < 100                      ? QStringLiteral("**")
                                              : QStringLiteral("*");
        words[first].prepend(open);
        words[last].append(close);
    }
    QString text;
    for (const QStringList &words : std::as_const(sentences)) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += joined(words, true) + m_vocabulary.fullStop();
    }
    return text;
}

QString Prose::heading()
{
    QStringList words;
    const int count = m_random.range(2, 6);
    for (int i = 0; i < count; ++i)
        words.append(word());
    words.first() = m_vocabulary.capitalized(words.first());
    return joined(words, false);
}

QString Prose::title()
{
    QStringList words;
    const int count = m_random.range(5, 11);
    for (int i = 0; i < count; ++i)
        words.append(i == 0 && !m_topic.isEmpty() ? m_vocabulary.word(m_random.pick(m_topic))
                                                  : word());
    if (!m_names.isEmpty() && m_random.chance(150))
        words.append(m_random.pick(m_names));
    words.first() = m_vocabulary.capitalized(words.first());
    return joined(words, false);
}

} // namespace Byline::Bench
