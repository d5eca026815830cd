#include "core/translation/Segments.h"

#include <QCryptographicHash>

namespace Byline::Segments {
namespace {

QString sourceTextOf(const Article &article, const QString &key)
{
    const Translation *source = article.sourceTranslation();
    return source ? textOf(*source, key) : QString();
}

} // namespace

QString stateName(State state)
{
    switch (state) {
    case State::Done:
        return QStringLiteral("done");
    case State::Stale:
        return QStringLiteral("stale");
    case State::Missing:
        return QStringLiteral("missing");
    }
    return {};
}

QString normalized(const QString &text)
{
    return text.simplified();
}

QString hash(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(normalized(text).toUtf8(), QCryptographicHash::Sha1).toHex());
}

QList<Segment> of(const Translation &t)
{
    QList<Segment> result;
    const std::pair<const char *, const QString *> fields[] = {
        {"title", &t.title},
        {"lead", &t.lead},
        {"seo_title", &t.seoTitle},
        {"seo_description", &t.seoDescription},
    };
    for (const auto &[key, text] : fields) {
        if (!text->trimmed().isEmpty())
            result.append({QString::fromLatin1(key), *text});
    }
    for (const Block &b : t.blocks) {
        if (b.type != BlockType::Quote && !b.text.trimmed().isEmpty())
            result.append({blockKey(b.id), b.text});
    }
    return result;
}

QString blockKey(const QString &blockId)
{
    return QStringLiteral("block:") + blockId;
}

QString blockIdOf(const QString &key)
{
    return key.startsWith(QLatin1String("block:")) ? key.mid(6) : QString();
}

QString textOf(const Translation &t, const QString &key)
{
    if (key == QLatin1String("title"))
        return t.title;
    if (key == QLatin1String("lead"))
        return t.lead;
    if (key == QLatin1String("seo_title"))
        return t.seoTitle;
    if (key == QLatin1String("seo_description"))
        return t.seoDescription;
    if (key.startsWith(QLatin1String("block:"))) {
        const QStringView id = QStringView(key).mid(6);
        for (const Block &b : t.blocks) {
            if (b.id == id && b.type != BlockType::Quote)
                return b.text;
        }
    }
    return {};
}

Coverage coverage(const Article &article, const QString &locale)
{
    Coverage c;
    c.locale = locale;
    const Translation *source = article.sourceTranslation();
    const Translation *target = article.translation(locale);
    c.present = target != nullptr;
    if (!source)
        return c;
    for (const Segment &segment : of(*source)) {
        SegmentStatus s;
        s.key = segment.key;
        s.source = segment.text;
        s.translation = target ? textOf(*target, segment.key) : QString();
        if (locale == article.sourceLocale) {
            s.state = State::Done;
        } else if (s.translation.trimmed().isEmpty()) {
            s.state = State::Missing;
        } else {
            const auto recorded = target->sources.constFind(segment.key);
            // Without a record of what it was made from, a translation cannot be trusted.
            const bool fresh = recorded != target->sources.cend()
                && normalized(*recorded) == normalized(segment.text);
            s.state = fresh ? State::Done : State::Stale;
            if (!fresh && recorded != target->sources.cend())
                s.previousSource = *recorded;
        }
        switch (s.state) {
        case State::Done:
            ++c.done;
            break;
        case State::Stale:
            ++c.stale;
            break;
        case State::Missing:
            ++c.missing;
            break;
        }
        c.segments.append(s);
    }
    return c;
}

void stamp(const Article *stored, Article &proposed, bool trustRecorded)
{
    const Translation *source = proposed.sourceTranslation();
    if (!source)
        return;
    const QList<Segment> segments = of(*source);
    for (Translation &t : proposed.translations) {
        if (t.locale == proposed.sourceLocale) {
            t.sources.clear();
            continue;
        }
        const Translation *before = stored ? stored->translation(t.locale) : nullptr;
        QMap<QString, QString> sources;
        for (const Segment &segment : segments) {
            const QString now = textOf(t, segment.key);
            if (now.trimmed().isEmpty())
                continue;
            const auto recorded = t.sources.constFind(segment.key);
            if (trustRecorded) {
                // An import keeps what the file says and invents nothing.
                if (recorded != t.sources.cend())
                    sources.insert(segment.key, *recorded);
                continue;
            }
            const QString was = before ? textOf(*before, segment.key) : QString();
            const bool retranslated = normalized(now) != normalized(was);
            if (retranslated)
                sources.insert(segment.key, segment.text); // translated now, from this source
            else if (recorded != t.sources.cend())
                sources.insert(segment.key, *recorded);
            // Untouched and never recorded: stays unconfirmed (stale) until someone confirms.
        }
        t.sources = sources;
    }
}

bool markDone(Article &article, const QString &locale, const QString &key)
{
    Translation *t = article.translation(locale);
    if (!t || locale == article.sourceLocale || textOf(*t, key).trimmed().isEmpty())
        return false;
    const QString source = sourceTextOf(article, key);
    if (source.trimmed().isEmpty())
        return false;
    t->sources.insert(key, source);
    return true;
}

bool quoteStale(const Quote &quote, const QString &locale)
{
    if (locale == quote.spokenLocale || quote.texts.value(locale).trimmed().isEmpty())
        return false;
    const auto recorded = quote.sources.constFind(locale);
    return recorded == quote.sources.cend()
        || normalized(*recorded) != normalized(quote.texts.value(quote.spokenLocale));
}

void stampQuote(const Quote *stored, Quote &proposed, bool trustRecorded)
{
    const QString original = proposed.texts.value(proposed.spokenLocale);
    QMap<QString, QString> sources;
    for (auto it = proposed.texts.cbegin(); it != proposed.texts.cend(); ++it) {
        if (it.key() == proposed.spokenLocale || it.value().trimmed().isEmpty())
            continue;
        const auto recorded = proposed.sources.constFind(it.key());
        if (trustRecorded) {
            if (recorded != proposed.sources.cend())
                sources.insert(it.key(), *recorded);
            continue;
        }
        const QString was = stored ? stored->texts.value(it.key()) : QString();
        const bool retranslated = normalized(was) != normalized(it.value());
        if (retranslated)
            sources.insert(it.key(), original);
        else if (recorded != proposed.sources.cend())
            sources.insert(it.key(), *recorded);
    }
    proposed.sources = sources;
}

} // namespace Byline::Segments
