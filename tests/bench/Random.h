#pragma once

#include <QString>
#include <QtGlobal>

#include <iterator>
#include <random>

namespace Byline::Bench {

// Seeded numbers that come out the same with every compiler and standard library:
// std::mt19937_64 is specified bit for bit, and the few distributions the generator needs are
// written here with integer arithmetic (std::uniform_int_distribution and friends are not
// specified, and differ between library versions).
class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {
    }

    // The seed of an independent stream: the archive's seed, what the stream is for, and which
    // one ("article", 17). Streams let any article be made without making the ones before it.
    [[nodiscard]] static quint64 streamSeed(quint64 seed, const char *kind, quint64 index)
    {
        quint64 h = 14695981039346656037ULL; // FNV-1a of the kind
        for (const char *p = kind; *p; ++p) {
            h ^= quint64(static_cast<unsigned char>(*p));
            h *= 1099511628211ULL;
        }
        return mix(seed ^ mix(h ^ mix(index + 0x9e3779b97f4a7c15ULL)));
    }

    [[nodiscard]] quint64 next() { return m_engine(); }

    // 0 <= result < bound. The modulo bias is below 2^-40 for the bounds used here.
    [[nodiscard]] quint64 below(quint64 bound) { return bound == 0 ? 0 : next() % bound; }

    // lo <= result <= hi
    [[nodiscard]] int range(int lo, int hi)
    {
        return lo + int(below(quint64(qint64(hi) - qint64(lo) + 1)));
    }

    // True with a probability of perMille / 1000.
    [[nodiscard]] bool chance(int perMille) { return below(1000) < quint64(perMille); }

    template<class List>
    [[nodiscard]] const auto &pick(const List &list)
    {
        return list[qsizetype(below(quint64(std::size(list))))];
    }

    // A version 4 UUID in its canonical lower-case form, made from this stream.
    [[nodiscard]] QString uid()
    {
        quint64 hi = next();
        quint64 lo = next();
        hi = (hi & ~0xf000ULL) | 0x4000ULL; // version 4
        lo = (lo & ~(3ULL << 62)) | (2ULL << 62); // RFC 4122 variant
        const QString h = QStringLiteral("%1").arg(hi, 16, 16, QLatin1Char('0'));
        const QString l = QStringLiteral("%1").arg(lo, 16, 16, QLatin1Char('0'));
        return h.left(8) + QLatin1Char('-') + h.mid(8, 4) + QLatin1Char('-') + h.mid(12, 4)
            + QLatin1Char('-') + l.left(4) + QLatin1Char('-') + l.mid(4);
    }

private:
    // SplitMix64's finaliser: spreads every input bit over the whole word.
    [[nodiscard]] static quint64 mix(quint64 x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9ULL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebULL;
        x ^= x >> 31;
        return x;
    }

    std::mt19937_64 m_engine;
};

} // namespace Byline::Bench
