#include "core/workflow/Notices.h"

#include "core/TimeFormat.h"
#include "core/translation/Segments.h"

#include <QRegularExpression>
#include <QSet>

namespace Byline::Notices {
namespace {

InboxEntry entry(InboxKind kind, const QString &user, const QString &uid, const QString &locale,
                 const QString &actor, const QDateTime &at)
{
    InboxEntry e;
    e.kind = kind;
    e.user = user;
    e.articleUid = uid;
    e.locale = locale;
    e.actor = actor;
    e.at = at;
    return e;
}

// Adds `e` unless its person already has an entry of the same kind, on the same locale, for
// this act.
void addOnce(QList<InboxEntry> &entries, InboxEntry e)
{
    for (const InboxEntry &x : std::as_const(entries)) {
        if (x.user == e.user && x.kind == e.kind && x.locale == e.locale)
            return;
    }
    entries.append(std::move(e));
}

int staleCount(const Article &article, const QString &locale)
{
    return Segments::coverage(article, locale).stale;
}

} // namespace

QStringList mentioned(const QString &text)
{
    // Logins are [a-z0-9._-] (SettingsService); a name ends before a closing full stop or
    // dash ("ask @ani.").
    static const QRegularExpression mention(
        QStringLiteral("(?<![\\p{L}\\p{N}@._-])@([A-Za-z0-9._-]*[A-Za-z0-9_])"));
    QStringList names;
    auto it = mention.globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1).toLower();
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QList<InboxEntry> ofComment(const QString &uid, const QString &locale, const QString &actor,
                            const QString &text, int number, const QDateTime &at)
{
    QList<InboxEntry> entries;
    for (const QString &name : mentioned(text)) {
        InboxEntry e = entry(InboxKind::Mentioned, name, uid, locale, actor, at);
        e.detail = text;
        e.comment = number;
        entries.append(e);
    }
    return entries;
}

QList<InboxEntry> ofStep(const Article &article, const Step &step)
{
    QList<InboxEntry> entries;
    const QString &uid = article.uid;
    const Translation *translation
        = step.locale.isEmpty() ? nullptr : article.translation(step.locale);
    switch (step.action) {
    case Action::RequestChanges: {
        const QStringList to
            = translation ? QStringList {translation->translator} : article.authors;
        for (const QString &user : to) {
            InboxEntry e = entry(InboxKind::SentBack, user, uid, step.locale, step.actor, step.at);
            e.detail = step.comment;
            e.comment = step.commentNumber;
            addOnce(entries, e);
        }
        // Someone the reason names hears of it too, unless it was sent back to them.
        for (InboxEntry &e :
             ofComment(uid, step.locale, step.actor, step.comment, step.commentNumber, step.at)) {
            if (!to.contains(e.user))
                addOnce(entries, std::move(e));
        }
        break;
    }
    case Action::Schedule:
        for (const QString &user : article.authors) {
            InboxEntry e = entry(InboxKind::Scheduled, user, uid, {}, step.actor, step.at);
            if (step.scheduledAt)
                e.detail = formatUtc(*step.scheduledAt);
            addOnce(entries, e);
        }
        break;
    case Action::Publish:
    case Action::Approve: {
        const bool wholeArticle = step.locale.isEmpty() && step.action == Action::Publish;
        if (wholeArticle) {
            for (const QString &user : article.authors)
                addOnce(entries, entry(InboxKind::Published, user, uid, {}, step.actor, step.at));
        }
        // Translations that go live: their translators hear of their own (an author who heard
        // of the whole article going live needs no second entry for it).
        for (const QString &locale : step.localesLive) {
            const Translation *t = article.translation(locale);
            if (!t || locale == article.sourceLocale || t->translator.isEmpty()
                || (wholeArticle && article.authors.contains(t->translator)))
                continue;
            addOnce(entries,
                    entry(InboxKind::Published, t->translator, uid, locale, step.actor, step.at));
        }
        break;
    }
    case Action::Submit:
    case Action::Unschedule:
    case Action::Unpublish:
    case Action::Spike:
    case Action::Restore:
        break;
    }
    entries.removeIf([](const InboxEntry &e) { return e.user.isEmpty(); });
    return entries;
}

QList<InboxEntry> ofSave(const Article &before, const Article &after, const QString &actor,
                         const QDateTime &at)
{
    QList<InboxEntry> entries;
    if (!after.editor.isEmpty() && after.editor != before.editor) {
        entries.append(entry(InboxKind::AssignedEditor, after.editor, after.uid, {}, actor, at));
    }
    // Only a change of the source can make a translation stale.
    const Translation *sourceBefore = before.sourceTranslation();
    const Translation *sourceAfter = after.sourceTranslation();
    const bool sourceChanged = before.sourceLocale != after.sourceLocale || !sourceBefore
        || !sourceAfter || !(*sourceBefore == *sourceAfter);
    for (const Translation &t : after.translations) {
        if (t.locale == after.sourceLocale || t.translator.isEmpty())
            continue;
        const Translation *was = before.translation(t.locale);
        if (!was || was->translator != t.translator) {
            entries.append(
                entry(InboxKind::AssignedTranslator, t.translator, after.uid, t.locale, actor, at));
            continue; // new to it: what is stale is part of the assignment
        }
        if (!sourceChanged)
            continue;
        const int staleNow = staleCount(after, t.locale);
        if (staleNow > 0 && staleCount(before, t.locale) == 0) {
            InboxEntry e = entry(InboxKind::Stale, t.translator, after.uid, t.locale, actor, at);
            e.detail = QString::number(staleNow);
            entries.append(e);
        }
    }
    return entries;
}

} // namespace Byline::Notices
