#include "core/interchange/ArticleMerge.h"

#include <algorithm>

namespace Byline::Interchange {

namespace {

bool sameText(const Article &a, const Article &b)
{
    Article x = a;
    Article y = b;
    for (Article *z : {&x, &y}) {
        z->revisions.clear();
        z->history.clear();
        z->comments.clear();
    }
    return x == y;
}

// Two revisions record the same thing when all but their number agree.
bool sameRevision(const Revision &a, const Revision &b)
{
    return a.createdAt == b.createdAt && a.user == b.user && a.kind == b.kind
        && a.version == b.version && a.snapshot == b.snapshot;
}

bool holdsText(const QList<Revision> &revisions, int version, const QList<Translation> &text)
{
    return std::any_of(revisions.cbegin(), revisions.cend(), [&](const Revision &r) {
        return r.version == version && r.snapshot == text;
    });
}

QList<Revision> mergeRevisions(const QList<Revision> &stored, const QList<Revision> &incoming)
{
    QList<Revision> merged = stored;
    int next = 1;
    for (const Revision &r : stored)
        next = std::max(next, r.number + 1);
    for (const Revision &r : incoming) {
        const bool known = std::any_of(merged.cbegin(), merged.cend(),
                                       [&](const Revision &m) { return sameRevision(m, r); });
        if (known)
            continue;
        Revision added = r;
        added.number = next++;
        merged.append(added);
    }
    return merged;
}

QList<AuditEntry> mergeHistory(const QList<AuditEntry> &stored, const QList<AuditEntry> &incoming)
{
    QList<AuditEntry> merged = stored;
    for (const AuditEntry &e : incoming) {
        if (!merged.contains(e))
            merged.append(e);
    }
    std::stable_sort(merged.begin(), merged.end(),
                     [](const AuditEntry &a, const AuditEntry &b) { return a.at < b.at; });
    return merged;
}

bool sameComment(const Comment &a, const Comment &b)
{
    return a.at == b.at && a.user == b.user && a.locale == b.locale && a.text == b.text;
}

QList<Comment> mergeComments(const QList<Comment> &stored, const QList<Comment> &incoming)
{
    QList<Comment> merged = stored;
    int next = 1;
    for (const Comment &c : stored)
        next = std::max(next, c.number + 1);
    for (const Comment &c : incoming) {
        auto it = std::find_if(merged.begin(), merged.end(),
                               [&](const Comment &m) { return sameComment(m, c); });
        if (it == merged.end()) {
            Comment added = c;
            added.number = next++;
            merged.append(added);
        } else if (!it->resolvedAt && c.resolvedAt) {
            // Resolved on one side only: a resolution is news, keep it.
            it->resolvedAt = c.resolvedAt;
            it->resolvedBy = c.resolvedBy;
        }
    }
    return merged;
}

Revision revisionOf(const Article &a, RevisionKind kind)
{
    Revision r;
    r.createdAt = a.updatedAt;
    r.kind = kind;
    r.version = a.version;
    r.snapshot = a.translations;
    return r;
}

} // namespace

MergeResult mergeImported(const Article &stored, const Article &incoming)
{
    MergeResult result;
    const bool fileWins = incoming.version > stored.version;
    result.article = fileWins ? incoming : stored;
    QList<Revision> revisions = mergeRevisions(stored.revisions, incoming.revisions);

    if (sameText(stored, incoming)) {
        result.outcome = MergeOutcome::Unchanged;
    } else if (fileWins) {
        result.outcome = MergeOutcome::Updated;
        if (!holdsText(revisions, stored.version, stored.translations))
            revisions = mergeRevisions(revisions, {revisionOf(stored, RevisionKind::Save)});
    } else {
        result.outcome
            = incoming.version == stored.version ? MergeOutcome::Conflict : MergeOutcome::KeptNewer;
        if (!holdsText(revisions, incoming.version, incoming.translations)) {
            revisions = mergeRevisions(
                revisions,
                {revisionOf(incoming,
                            result.outcome == MergeOutcome::Conflict ? RevisionKind::Conflict
                                                                     : RevisionKind::Import)});
        }
    }
    result.article.revisions = revisions;
    result.article.history = mergeHistory(stored.history, incoming.history);
    result.article.comments = mergeComments(stored.comments, incoming.comments);
    result.changed = result.outcome == MergeOutcome::Updated
        || result.article.revisions != stored.revisions || result.article.history != stored.history
        || result.article.comments != stored.comments;
    return result;
}

} // namespace Byline::Interchange
