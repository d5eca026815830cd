#include "core/translation/BlockMerge.h"

#include <algorithm>

namespace Byline::BlockMerge {
namespace {

const QString blockPrefix = QStringLiteral("block:");
const QString wholeLocale = QStringLiteral("translation");

// The fields a person edits, with their keys (the same as the translation segments').
struct Field
{
    const char *key;
    QString Translation::*member;
};
const Field fields[] = {
    {"title", &Translation::title},
    {"lead", &Translation::lead},
    {"slug", &Translation::slug},
    {"seo_title", &Translation::seoTitle},
    {"seo_description", &Translation::seoDescription},
};

const Block *findBlock(const Translation &t, QStringView id)
{
    for (const Block &b : t.blocks) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

qsizetype indexOfBlock(const Translation &t, QStringView id)
{
    for (qsizetype i = 0; i < t.blocks.size(); ++i) {
        if (t.blocks.at(i).id == id)
            return i;
    }
    return -1;
}

void compare(const Translation &m, const Translation &t, QList<Part> &out)
{
    for (const Field &f : fields) {
        if (m.*f.member != t.*f.member)
            out.append({m.locale, QLatin1String(f.key)});
    }
    for (const Block &b : m.blocks) {
        const Block *other = findBlock(t, b.id);
        if (!other || *other != b)
            out.append({m.locale, blockPrefix + b.id});
    }
    for (const Block &b : t.blocks) {
        if (!findBlock(m, b.id))
            out.append({m.locale, blockPrefix + b.id});
    }
}

// Takes one block as mine has it (or removes it, if mine does not have it).
void takeBlock(const Translation &m, Translation &result, const QString &id)
{
    const Block *mine = findBlock(m, id);
    const qsizetype at = indexOfBlock(result, id);
    if (!mine) {
        if (at >= 0)
            result.blocks.removeAt(at);
        return;
    }
    if (at >= 0) {
        result.blocks[at] = *mine;
        return;
    }
    // After the nearest block before it in my order that the result has.
    qsizetype insertAt = 0;
    for (qsizetype i = indexOfBlock(m, id) - 1; i >= 0; --i) {
        const qsizetype before = indexOfBlock(result, m.blocks.at(i).id);
        if (before >= 0) {
            insertAt = before + 1;
            break;
        }
    }
    result.blocks.insert(insertAt, *mine);
}

} // namespace

QList<Part> differences(const Article &mine, const Article &theirs)
{
    QList<Part> out;
    for (const Translation &t : theirs.translations) {
        if (const Translation *m = mine.translation(t.locale))
            compare(*m, t, out);
        else
            out.append({t.locale, wholeLocale});
    }
    for (const Translation &m : mine.translations) {
        if (!theirs.translation(m.locale))
            out.append({m.locale, wholeLocale});
    }
    return out;
}

Article merge(const Article &mine, const Article &theirs, const QList<Part> &fromMine)
{
    Article result = theirs;
    for (const Part &part : fromMine) {
        const Translation *m = mine.translation(part.locale);
        if (part.key == wholeLocale) {
            result.translations.removeIf(
                [&](const Translation &t) { return t.locale == part.locale; });
            if (m) {
                // In mine's position among the locales result has.
                qsizetype at = 0;
                for (const Translation &t : mine.translations) {
                    if (t.locale == part.locale)
                        break;
                    if (result.translation(t.locale))
                        ++at;
                }
                result.translations.insert(std::min(at, result.translations.size()), *m);
            }
            continue;
        }
        Translation *r = result.translation(part.locale);
        if (!m || !r)
            continue; // the locale itself is one side's only: taken whole or not at all
        if (part.key.startsWith(blockPrefix)) {
            takeBlock(*m, *r, part.key.mid(blockPrefix.size()));
            continue;
        }
        for (const Field &f : fields) {
            if (part.key == QLatin1String(f.key))
                (*r).*f.member = (*m).*f.member;
        }
    }
    return result;
}

} // namespace Byline::BlockMerge
