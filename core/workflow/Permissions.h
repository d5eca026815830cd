#pragma once

#include "core/domain/Article.h"
#include "core/domain/Quote.h"
#include "core/domain/User.h"
#include "core/workflow/Action.h"

namespace Byline::Permissions {

// Whether `user`'s role lets them take `action` on `article` (on one locale when `locale` is
// not empty), whatever the article's state. The state machine says what the state allows.
//  journalist: submit their own articles
//  editor:     every article action, and approve/request changes/publish/unpublish a locale
//  translator: submit (mark ready for review) the locales they translate
//  admin:      no workflow (users, sections, locales and site settings)
[[nodiscard]] bool mayAct(const User &user, Action action, const Article &article,
                          const QString &locale = {});

// Whether `user` may save `proposed` over `stored`. On refusal, `why` says what they may not
// change. Journalists edit their own drafts; editors anything; translators only the text of
// their own locales (never the source locale, never metadata).
// A translator or journalist may not change (or remove) a translation an editor approved:
// an editor sends it back first, so no text reaches readers unreviewed.
[[nodiscard]] bool mayEdit(const User &user, const Article &stored, const Article &proposed,
                           QString *why = nullptr);

// What an editor can ask before anything is typed: whether a change to the text of `locale`
// (a locale the article may not have yet: adding it), or to the article's section, authors
// or editor, would be allowed by mayEdit. On refusal, `why` says why, in mayEdit's words.
[[nodiscard]] bool mayEditText(const User &user, const Article &stored, const QString &locale,
                               QString *why = nullptr);
[[nodiscard]] bool mayEditDetails(const User &user, const Article &stored, QString *why = nullptr);

// Whether `user` may confirm that a stale segment of `locale` still fits its changed source:
// editors, and translators into that locale (never the source locale).
[[nodiscard]] bool mayConfirm(const User &user, const Article &article, const QString &locale);

// Whether `user` may write the translation of `quote` into `locale`; `usedIn`: the articles
// that quote it (a quote's words are shared by all of them). Never the locale it was said in
// (those are the expert's own words). Editors: any quote. Translators: into the locales they
// translate. Journalists: a quote only their own drafts use (or no article yet): like their
// article text, and a quote in a colleague's article is that colleague's or a translator's.
// Admins: no. A translator or journalist may not change the words in a locale where an article
// quoting it has an approved translation: an editor sends that back first, as for articles.
// On refusal, `why` says why and what to do.
[[nodiscard]] bool mayTranslateQuote(const User &user, const Quote &quote,
                                     const QList<Article> &usedIn, const QString &locale,
                                     QString *why = nullptr);
// Whether `user` may confirm that the translation of `quote` into `locale` still holds after
// its original changed: whoever may translate it (the words stay, so an approved translation
// quoting it does not stop a confirmation).
[[nodiscard]] bool mayConfirmQuote(const User &user, const Quote &quote,
                                   const QList<Article> &usedIn, const QString &locale,
                                   QString *why = nullptr);

// Whether `user` may start a new article: journalists and editors.
[[nodiscard]] bool mayCreate(const User &user);

// Whether `user` may change how an expert is spelled, and their role and country, in `locale`
// (in every locale when `locale` is empty): editors and admins any; journalists any (they
// add the experts they interview); translators only in the locales they translate. On refusal,
// `why` says why.
[[nodiscard]] bool mayEditExpert(const User &user, const QString &locale = {},
                                 QString *why = nullptr);
// Whether `user` may add a new expert to the registry: journalists, editors and admins.
[[nodiscard]] bool mayAddExperts(const User &user, QString *why = nullptr);

// Whether `user` may merge two records of one expert: editors and admins.
[[nodiscard]] bool mayMergeExperts(const User &user);

// Whether `user` may manage the newsroom: its users and roles, sections, locales and site
// settings (name, time zone, links, site strings). Active admins only. On refusal, `why` says
// who may.
[[nodiscard]] bool mayManageNewsroom(const User &user, QString *why = nullptr);

} // namespace Byline::Permissions
