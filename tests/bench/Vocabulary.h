#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Byline::Bench {

class Random;

// The words of one language the generator writes in, ranked by frequency: a few hundred real
// common words (written for this benchmark) followed by a long tail of made-up words built
// from the language's syllables in its own script. Words are drawn with Zipf-like weights, so
// that texts have what a search index meets in a real archive: a handful of very frequent
// words and many rare ones.
class Vocabulary
{
public:
    // "ru", "en" or "hy"; anything else gets the English one.
    [[nodiscard]] static const Vocabulary &of(QStringView locale);

    [[nodiscard]] const QString &locale() const { return m_locale; }
    [[nodiscard]] qsizetype size() const { return m_words.size(); }
    [[nodiscard]] qsizetype commonCount() const { return m_common; }
    [[nodiscard]] const QString &word(qsizetype rank) const { return m_words.at(rank); }

    // A rank drawn with weight 1 / (rank + 2): about two thirds of the draws are common words.
    [[nodiscard]] qsizetype zipfRank(Random &random) const;

    // The word as it starts a sentence (Armenian "և" becomes "Եվ").
    [[nodiscard]] QString capitalized(const QString &word) const;
    // What ends a sentence: "." or the Armenian full stop "։".
    [[nodiscard]] QString fullStop() const;

    // A URL slug: Latin letters, digits and "-", transliterated from Cyrillic and Armenian.
    [[nodiscard]] static QString slug(const QString &text, qsizetype maxLength = 80);

private:
    Vocabulary(QString locale, const char *commonWords, qsizetype tailWords);
    void addTail(qsizetype count);

    QString m_locale;
    QStringList m_words;
    qsizetype m_common = 0;
    QList<quint64> m_commonWeights; // cumulative
    QList<quint64> m_tailWeights; // cumulative
};

} // namespace Byline::Bench
