#include "tests/bench/WriterCheck.h"

#include "core/storage/ArticleRepository.h"
#include "tests/bench/Writer.h"

#include <QHash>

#include <algorithm>

namespace Byline::Bench {
namespace {

// All the words of some translations, in one string to look markers up in.
QString textOf(const QList<Translation> &translations)
{
    QString text;
    for (const Translation &t : translations) {
        text += t.title + QLatin1Char('\n') + t.lead + QLatin1Char('\n');
        for (const Block &b : t.blocks)
            text += b.text + QLatin1Char('\n');
    }
    return text;
}

struct Stored
{
    QString text; // now
    struct Kept
    {
        int number;
        RevisionKind kind;
        QString text;
    };
    QList<Kept> revisions;
};

// Why `entry` is not in `article` (as `stored` has its text), or empty when it is.
QString missing(const WriterLog::Entry &entry, const Article &article, const Stored &stored)
{
    switch (entry.kind) {
    case WriterLog::Kind::Save: {
        if (entry.outcome == WriterLog::Outcome::Ok && stored.text.contains(entry.marker))
            return {};
        QStringList holding;
        for (const Stored::Kept &r : stored.revisions) {
            if (!r.text.contains(entry.marker))
                continue;
            if (entry.outcome == WriterLog::Outcome::Kept && r.kind == RevisionKind::Conflict)
                return {};
            holding.append(QString::number(r.number));
        }
        const QString where = holding.isEmpty()
            ? QStringLiteral("in no revision either")
            : QStringLiteral("only in revision %1").arg(holding.join(QStringLiteral(", ")));
        return entry.outcome == WriterLog::Outcome::Ok
            ? QStringLiteral("accepted as version %1, not in the text now (%2)")
                  .arg(entry.detail, where)
            : QStringLiteral("kept as a conflict, in no conflict revision (%1)").arg(where);
    }
    case WriterLog::Kind::Comment: {
        const int number = entry.detail.toInt();
        const QString text = Writer::commentText(entry.marker);
        if (std::ranges::any_of(article.comments, [&](const Comment &c) {
                return c.number == number && c.text == text;
            }))
            return {};
        return QStringLiteral("comment %1 is not there").arg(entry.detail);
    }
    case WriterLog::Kind::Act: {
        const QStringList step = entry.detail.split(QLatin1Char(' '));
        const QString comment = Writer::stepComment(entry.marker);
        if (step.size() == 3 && std::ranges::any_of(article.history, [&](const AuditEntry &e) {
                return e.action == step.at(0) && e.from == step.at(1) && e.to == step.at(2)
                    && e.comment == comment;
            }))
            return {};
        return QStringLiteral("%1 is not in the audit trail").arg(entry.detail);
    }
    }
    return {};
}

} // namespace

QString WriterCheck::describe(const Lost &lost)
{
    return QStringLiteral("%1 %2 of %3: %4")
        .arg(WriterLog::kindName(lost.entry.kind), lost.entry.marker, lost.entry.uid, lost.why);
}

Result<WriterCheck::Findings> WriterCheck::run(Storage::Database &db,
                                               const QList<WriterLog::Entry> &entries)
{
    QHash<QString, QList<WriterLog::Entry>> byArticle;
    QStringList order;
    for (const WriterLog::Entry &e : entries) {
        if (!e.acknowledged())
            continue;
        if (!byArticle.contains(e.uid))
            order.append(e.uid);
        byArticle[e.uid].append(e);
    }
    Findings findings;
    Storage::ArticleRepository articles(db);
    for (const QString &uid : std::as_const(order)) {
        const QList<WriterLog::Entry> &acknowledged = byArticle.value(uid);
        findings.checked += acknowledged.size();
        auto found = articles.find(uid, Storage::ArticleRepository::Load::WithHistory);
        if (!found)
            return std::unexpected(found.error());
        if (!*found) {
            for (const WriterLog::Entry &e : acknowledged)
                findings.lost.append({e, QStringLiteral("the article is gone")});
            continue;
        }
        const Article &article = **found;
        Stored stored;
        stored.text = textOf(article.translations);
        for (const Revision &r : article.revisions)
            stored.revisions.append({r.number, r.kind, textOf(r.snapshot)});
        for (const WriterLog::Entry &e : acknowledged) {
            const QString why = missing(e, article, stored);
            if (!why.isEmpty())
                findings.lost.append({e, why});
        }
    }
    return findings;
}

} // namespace Byline::Bench
