#include "core/services/SaveMerge.h"

namespace Byline::SaveMerge {
namespace {

// A translation's text and its people, without its workflow (state, live time), which a save
// never changes.
std::optional<Translation> content(const Translation *t)
{
    if (!t)
        return std::nullopt;
    Translation c = *t;
    c.state = TranslationState::InProgress;
    c.publishedAt.reset();
    return c;
}

// The three-way rule for one part: which side's value the merge takes, or none (both changed).
enum class Take { Theirs, Mine, Neither };

template<class T>
Take choose(const T &base, const T &mine, const T &theirs)
{
    if (mine == base || mine == theirs)
        return Take::Theirs; // unchanged here, or changed alike
    if (theirs == base)
        return Take::Mine;
    return Take::Neither;
}

template<class T>
bool merge(const T &base, const T &mine, T &merged)
{
    switch (choose(base, mine, merged)) {
    case Take::Theirs:
        return true;
    case Take::Mine:
        merged = mine;
        return true;
    case Take::Neither:
        break;
    }
    return false;
}

} // namespace

std::optional<Article> byLanguage(const Article &base, const Article &mine, const Article &theirs)
{
    Article merged = theirs;
    merged.revisions.clear();
    merged.history.clear();
    merged.comments.clear();
    if (!merge(base.sectionUid, mine.sectionUid, merged.sectionUid)
        || !merge(base.sourceLocale, mine.sourceLocale, merged.sourceLocale)
        || !merge(base.editor, mine.editor, merged.editor)
        || !merge(base.authors, mine.authors, merged.authors)) {
        return std::nullopt;
    }
    QStringList locales;
    for (const Article *a : {&theirs, &mine, &base}) {
        for (const Translation &t : a->translations) {
            if (!locales.contains(t.locale))
                locales.append(t.locale);
        }
    }
    for (const QString &locale : std::as_const(locales)) {
        const std::optional<Translation> b = content(base.translation(locale));
        const std::optional<Translation> m = content(mine.translation(locale));
        const std::optional<Translation> t = content(theirs.translation(locale));
        switch (choose(b, m, t)) {
        case Take::Theirs:
            break;
        case Take::Mine: {
            Translation *kept = merged.translation(locale);
            if (!m) {
                merged.translations.removeIf(
                    [&locale](const Translation &x) { return x.locale == locale; });
            } else if (kept) {
                const TranslationState state = kept->state;
                const std::optional<QDateTime> live = kept->publishedAt;
                *kept = *m;
                kept->state = state;
                kept->publishedAt = live;
            } else {
                merged.translations.append(*mine.translation(locale));
            }
            break;
        }
        case Take::Neither:
            return std::nullopt;
        }
    }
    return merged;
}

} // namespace Byline::SaveMerge
