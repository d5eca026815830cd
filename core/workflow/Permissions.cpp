#include "core/workflow/Permissions.h"

#include <QObject>

namespace Byline::Permissions {
namespace {

// What readers see of a translation.
bool samePage(const Translation &a, const Translation &b)
{
    return a.title == b.title && a.lead == b.lead && a.seoTitle == b.seoTitle
        && a.seoDescription == b.seoDescription && a.slug == b.slug && a.blocks == b.blocks;
}

// Everything a save may change of a translation (its state is workflow, not a save's).
bool sameWork(const Translation &a, const Translation &b)
{
    return samePage(a, b) && a.sources == b.sources && a.translator == b.translator;
}

const Translation *find(const QList<Translation> &list, const QString &locale)
{
    for (const Translation &t : list) {
        if (t.locale == locale)
            return &t;
    }
    return nullptr;
}

bool refuse(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return false;
}

// Who may work on a quote's translation into `locale`, whatever the articles' states.
bool mayWorkOnQuote(const User &user, const Quote &quote, const QList<Article> &usedIn,
                    const QString &locale, QString *why)
{
    if (!user.active)
        return refuse(why, QObject::tr("%1 is no longer active in this newsroom.").arg(user.name));
    if (locale == quote.spokenLocale) {
        return refuse(why,
                      QObject::tr("The quote was said in %1: those are the expert's own "
                                  "words, not a translation.")
                          .arg(locale));
    }
    switch (user.role) {
    case Role::Editor:
        return true;
    case Role::Admin:
        return refuse(why,
                      QObject::tr("Admins manage the newsroom; quotes are translated by "
                                  "translators, journalists and editors."));
    case Role::Translator:
        if (!user.locales.contains(locale))
            return refuse(why,
                          QObject::tr("%1 does not translate into %2.").arg(user.name, locale));
        return true;
    case Role::Journalist:
        for (const Article &a : usedIn) {
            if (!a.authors.contains(user.name) || a.state != WorkflowState::Draft) {
                return refuse(why,
                              QObject::tr("The quote is also used in an article that is "
                                          "not a draft of %1's; ask its translator or an "
                                          "editor to translate it.")
                                  .arg(user.name));
            }
        }
        return true;
    }
    return false;
}

} // namespace

bool mayAct(const User &user, Action action, const Article &article, const QString &locale)
{
    if (!user.active)
        return false;
    const bool wholeArticle = locale.isEmpty();
    switch (user.role) {
    case Role::Editor:
        if (wholeArticle)
            return true;
        return action == Action::Submit || action == Action::Approve
            || action == Action::RequestChanges || action == Action::Publish
            || action == Action::Unpublish;
    case Role::Journalist:
        return wholeArticle && action == Action::Submit && article.authors.contains(user.name);
    case Role::Translator:
        return !wholeArticle && action == Action::Submit && locale != article.sourceLocale
            && user.locales.contains(locale);
    case Role::Admin:
        return false;
    }
    return false;
}

bool mayEdit(const User &user, const Article &stored, const Article &proposed, QString *why)
{
    auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (!user.active)
        return refuse(QObject::tr("%1 is no longer active in this newsroom.").arg(user.name));
    if (user.role == Role::Editor)
        return true;
    // An approved translation changes only after an editor sent it back. (The source text
    // follows the article's own workflow: journalists edit it only while it is a draft.)
    for (const Translation &before : stored.translations) {
        if (before.state != TranslationState::Approved || before.locale == stored.sourceLocale)
            continue;
        const Translation *after = find(proposed.translations, before.locale);
        if (!after) {
            return refuse(QObject::tr("The %1 translation is approved; only an editor may remove "
                                      "it.")
                              .arg(before.locale));
        }
        if (!samePage(before, *after)) {
            return refuse(
                QObject::tr("The %1 text is approved%2; ask an editor to send it back "
                            "(request changes on %1) before changing it. Your text was "
                            "not saved; keep it until then.")
                    .arg(before.locale,
                         before.publishedAt ? QObject::tr(" and on the site") : QString()));
        }
    }
    switch (user.role) {
    case Role::Editor:
        return true;
    case Role::Admin:
        return refuse(QObject::tr("Admins manage the newsroom; editing articles is for "
                                  "journalists, editors and translators."));
    case Role::Journalist:
        if (!stored.authors.contains(user.name))
            return refuse(QObject::tr("%1 is not an author of this article.").arg(user.name));
        if (stored.state != WorkflowState::Draft)
            return refuse(QObject::tr("The article is no longer a draft; ask an editor to send "
                                      "it back (request changes) to edit it."));
        return true;
    case Role::Translator:
        break;
    }
    // Translators: only the text of their own locales.
    if (proposed.sectionUid != stored.sectionUid || proposed.sourceLocale != stored.sourceLocale
        || proposed.authors != stored.authors || proposed.editor != stored.editor) {
        return refuse(QObject::tr("Translators change translations only, not the article's "
                                  "section, authors or editor."));
    }
    QStringList locales;
    for (const Translation &t : stored.translations)
        locales.append(t.locale);
    for (const Translation &t : proposed.translations) {
        if (!locales.contains(t.locale))
            locales.append(t.locale);
    }
    for (const QString &locale : std::as_const(locales)) {
        const Translation *before = find(stored.translations, locale);
        const Translation *after = find(proposed.translations, locale);
        const bool changed = (before == nullptr) != (after == nullptr)
            || (before && after && !sameWork(*before, *after));
        if (!changed)
            continue;
        if (locale == stored.sourceLocale)
            return refuse(
                QObject::tr("Translators may not change the source text (%1).").arg(locale));
        if (!user.locales.contains(locale)) {
            return refuse(QObject::tr("%1 does not translate into %2.").arg(user.name, locale));
        }
    }
    return true;
}

bool mayEditText(const User &user, const Article &stored, const QString &locale, QString *why)
{
    // Asks mayEdit itself about a made-up change, so the two can never disagree.
    Article proposed = stored;
    if (Translation *t = proposed.translation(locale)) {
        t->title += QStringLiteral(" \u2026");
    } else {
        Translation added;
        added.locale = locale;
        added.title = QStringLiteral("\u2026");
        proposed.translations.append(added);
    }
    return mayEdit(user, stored, proposed, why);
}

bool mayEditDetails(const User &user, const Article &stored, QString *why)
{
    Article proposed = stored;
    proposed.sectionUid += QStringLiteral("\u2026");
    return mayEdit(user, stored, proposed, why);
}

bool mayConfirm(const User &user, const Article &article, const QString &locale)
{
    if (!user.active || locale == article.sourceLocale)
        return false;
    return user.role == Role::Editor
        || (user.role == Role::Translator && user.locales.contains(locale));
}

bool mayTranslateQuote(const User &user, const Quote &quote, const QList<Article> &usedIn,
                       const QString &locale, QString *why)
{
    if (!mayWorkOnQuote(user, quote, usedIn, locale, why))
        return false;
    if (user.role == Role::Editor)
        return true;
    for (const Article &a : usedIn) {
        const Translation *t = a.translation(locale);
        if (t && t->state == TranslationState::Approved) {
            const QString headline
                = a.sourceTranslation() ? a.sourceTranslation()->title.simplified() : a.uid;
            return refuse(why,
                          QObject::tr("The quote is in the approved %1 text of \"%2\"; ask "
                                      "an editor to send it back (request changes on %1) "
                                      "before changing its words.")
                              .arg(locale, headline));
        }
    }
    return true;
}

bool mayConfirmQuote(const User &user, const Quote &quote, const QList<Article> &usedIn,
                     const QString &locale, QString *why)
{
    return mayWorkOnQuote(user, quote, usedIn, locale, why);
}

bool mayCreate(const User &user)
{
    return user.active && (user.role == Role::Journalist || user.role == Role::Editor);
}

bool mayEditExpert(const User &user, const QString &locale, QString *why)
{
    auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (!user.active)
        return refuse(QObject::tr("%1 is no longer active in this newsroom.").arg(user.name));
    if (user.role != Role::Translator)
        return true;
    if (locale.isEmpty()) {
        return refuse(QObject::tr("Translators change the experts' names, roles and countries "
                                  "only in their own languages."));
    }
    if (!user.locales.contains(locale))
        return refuse(QObject::tr("%1 does not translate into %2.").arg(user.name, locale));
    return true;
}

bool mayAddExperts(const User &user, QString *why)
{
    if (user.role == Role::Translator) {
        if (why)
            *why = QObject::tr("Translators spell the experts in their languages; journalists "
                               "and editors add new experts.");
        return false;
    }
    return mayEditExpert(user, {}, why);
}

bool mayMergeExperts(const User &user)
{
    return user.active && (user.role == Role::Editor || user.role == Role::Admin);
}

bool mayManageNewsroom(const User &user, QString *why)
{
    if (user.active && user.role == Role::Admin)
        return true;
    if (why) {
        *why = user.active ? QObject::tr("Only an admin may change the newsroom's settings and "
                                         "users; %1 is not an admin. Ask an admin to make the "
                                         "change.")
                                 .arg(user.name)
                           : QObject::tr("%1 is no longer active in this newsroom.").arg(user.name);
    }
    return false;
}

} // namespace Byline::Permissions
