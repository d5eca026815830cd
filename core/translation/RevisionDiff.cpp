#include "core/translation/RevisionDiff.h"

namespace Byline::RevisionDiff {
namespace {

const Translation *find(const QList<Translation> &list, const QString &locale)
{
    for (const Translation &t : list) {
        if (t.locale == locale)
            return &t;
    }
    return nullptr;
}

QString blockText(const Translation &t, const QString &id)
{
    for (const Block &b : t.blocks) {
        if (b.id == id)
            return b.type == BlockType::Quote ? QStringLiteral("quote ") + b.quoteUid : b.text;
    }
    return {};
}

} // namespace

QList<Change> compare(const QList<Translation> &from, const QList<Translation> &to)
{
    QStringList locales;
    for (const Translation &t : from)
        locales.append(t.locale);
    for (const Translation &t : to) {
        if (!locales.contains(t.locale))
            locales.append(t.locale);
    }
    QList<Change> changes;
    const Translation empty;
    for (const QString &locale : std::as_const(locales)) {
        const Translation *x = find(from, locale);
        const Translation *y = find(to, locale);
        const bool added = !x;
        const bool removed = !y;
        x = x ? x : &empty;
        y = y ? y : &empty;
        auto field
            = [&](Change::Field f, const QString &id, const QString &before, const QString &after) {
                  if (before == after)
                      return;
                  changes.append({locale, f, id, added, removed, WordDiff::compare(before, after)});
              };
        field(Change::Field::Title, {}, x->title, y->title);
        field(Change::Field::Lead, {}, x->lead, y->lead);
        field(Change::Field::SeoTitle, {}, x->seoTitle, y->seoTitle);
        field(Change::Field::SeoDescription, {}, x->seoDescription, y->seoDescription);
        field(Change::Field::Slug, {}, x->slug, y->slug);
        QStringList ids;
        for (const Block &b : x->blocks)
            ids.append(b.id);
        for (const Block &b : y->blocks) {
            if (!ids.contains(b.id))
                ids.append(b.id);
        }
        for (const QString &id : std::as_const(ids))
            field(Change::Field::Block, id, blockText(*x, id), blockText(*y, id));
    }
    return changes;
}

} // namespace Byline::RevisionDiff
