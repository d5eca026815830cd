#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Byline::Bench {

class Random;
class Vocabulary;

// Writes newsroom-shaped text in one language: sentences of realistic length from the
// vocabulary's Zipf-weighted words, with an article's topic words coming back again and again,
// names, commas, and now and then **bold** or *italic*. Numbers and links are given by the
// caller, so that every translation of a paragraph keeps the same ones (as real translations
// do, and as the translation quality checks expect). The words make no sense together; their
// frequencies, lengths and scripts are what matter.
class Prose
{
public:
    Prose(const Vocabulary &vocabulary, Random &random);

    // Vocabulary ranks the text keeps returning to (about one word in ten).
    void setTopic(const QList<qsizetype> &ranks) { m_topic = ranks; }
    // Proper names (already capitalised) that sentences mention now and then.
    void setNames(const QStringList &names) { m_names = names; }

    [[nodiscard]] QString title();
    [[nodiscard]] QString heading();
    [[nodiscard]] QString sentences(int count, int extraWords = 0);
    // `numbers` go into random places; `link` (if any) becomes [a few words](link).
    [[nodiscard]] QString paragraph(int sentenceCount, const QStringList &numbers = {},
                                    const QString &link = {});

private:
    [[nodiscard]] QString word();
    [[nodiscard]] QStringList sentenceWords(int count);
    [[nodiscard]] int sentenceLength();
    [[nodiscard]] QString joined(QStringList words, bool withCommas) const;

    const Vocabulary &m_vocabulary;
    Random &m_random;
    QList<qsizetype> m_topic;
    QStringList m_names;
};

} // namespace Byline::Bench
