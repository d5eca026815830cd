#include "core/services/EditService.h"

#include "core/Clock.h"
#include "core/Log.h"
#include "core/interchange/Limits.h"
#include "core/services/SaveMerge.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/InboxRepository.h"
#include "core/storage/LocaleRepository.h"
#include "core/storage/SectionRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/UserRepository.h"
#include "core/translation/Segments.h"
#include "core/workflow/Notices.h"
#include "core/workflow/Permissions.h"

#include <QObject>
#include <QUuid>

#include <algorithm>

namespace Byline {

Result<Article> EditService::create(const QString &userName, const QString &sectionUid,
                                    const QString &sourceLocale, const QString &title)
{
    const QString headline = title.simplified();
    if (headline.isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("A new article needs a headline: type one, it can change later."));
    }
    if (headline.size() > Interchange::Limits::shortText) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The headline is too long (%1 characters; at most %2).")
                        .arg(headline.size())
                        .arg(Interchange::Limits::shortText));
    }
    auto tx = Storage::Transaction::begin(m_db, QObject::tr("creating an article"));
    if (!tx)
        return std::unexpected(tx.error());
    auto user = Storage::UserRepository(m_db).require(userName);
    if (!user)
        return std::unexpected(user.error());
    if (!Permissions::mayCreate(*user)) {
        return fail(ErrorCode::PermissionDenied,
                    QObject::tr("%1 may not start articles: journalists and editors do.")
                        .arg(user->displayName.isEmpty() ? user->name : user->displayName));
    }
    auto sections = Storage::SectionRepository(m_db).all();
    if (!sections)
        return std::unexpected(sections.error());
    if (std::ranges::none_of(*sections, [&](const Section &s) { return s.uid == sectionUid; })) {
        return fail(ErrorCode::NotFound,
                    QObject::tr("There is no section %1 in the store.").arg(sectionUid));
    }
    auto locales = Storage::LocaleRepository(m_db).all();
    if (!locales)
        return std::unexpected(locales.error());
    if (std::ranges::none_of(*locales, [&](const Locale &l) { return l.code == sourceLocale; })) {
        return fail(ErrorCode::NotFound,
                    QObject::tr("The store has no language \"%1\".").arg(sourceLocale));
    }

    Article article;
    article.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    article.sectionUid = sectionUid;
    article.sourceLocale = sourceLocale;
    article.authors = {user->name};
    Translation source;
    source.locale = sourceLocale;
    source.title = headline;
    source.blocks = {Block {QStringLiteral("b1"), BlockType::Paragraph, {}, {}}};
    article.translations = {source};
    if (auto done = Storage::ArticleRepository(m_db).create(article, user->name); !done)
        return std::unexpected(done.error());
    if (auto committed = tx->commit(); !committed)
        return std::unexpected(committed.error());
    return article;
}

Result<> EditService::save(Article &article, const QString &userName, const Article *base,
                           bool *mergedOut)
{
    // The permission check reads what the save will replace: both under one write lock (the
    // store's on SQLite, the article's row on a server).
    auto tx
        = Storage::Transaction::begin(m_db, QObject::tr("saving the article %1").arg(article.uid));
    if (!tx)
        return std::unexpected(tx.error());
    auto user = Storage::UserRepository(m_db).require(userName);
    if (!user)
        return std::unexpected(user.error());
    Storage::ArticleRepository articles(m_db);
    if (auto locked = articles.lock(article.uid); !locked)
        return locked;
    auto stored = articles.find(article.uid);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return fail(ErrorCode::NotFound, QObject::tr("There is no article %1.").arg(article.uid));
    Article saved = article;
    // Overtaken by someone else's save: what each of them changed since this person loaded
    // the article is kept, part by part. Translated segments are stamped against the source
    // this person translated from (the base), so what the other save changed in the source
    // shows as stale.
    const bool overtaken = base && base->uid == article.uid && base->version == article.version
        && (*stored)->version != article.version;
    bool merged = false;
    if (overtaken) {
        Segments::stamp(base, saved);
        if (auto both = SaveMerge::byLanguage(*base, saved, **stored)) {
            saved = std::move(*both);
            merged = true;
        }
    }
    // What this person changes: against the store, or (overtaken, a conflict) against what
    // they loaded, so that the other save's changes are not taken for theirs.
    QString why;
    const Article &before = overtaken && !merged ? *base : **stored;
    if (!Permissions::mayEdit(*user, before, saved, &why))
        return fail(ErrorCode::PermissionDenied, why);
    if (!saved.translation(saved.sourceLocale)) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The article has no text in its source locale (%1).")
                        .arg(saved.sourceLocale));
    }
    if (!overtaken)
        Segments::stamp(&**stored, saved);
    if (auto done = articles.save(saved, userName, RevisionKind::Save, &**stored); !done) {
        if (done.error().code == ErrorCode::Conflict) {
            // The losing text was kept as a revision: that must be committed too.
            if (auto committed = tx->commit(); !committed)
                return std::unexpected(committed.error());
        }
        return done;
    }
    if (auto told = Storage::InboxRepository(m_db).deliver(
            Notices::ofSave(**stored, saved, userName, Clock::now()));
        !told)
        return std::unexpected(told.error());
    if (auto committed = tx->commit(); !committed)
        return std::unexpected(committed.error());
    if (merged)
        qCInfo(lcStorage) << "saved" << article.uid << "merged with a save made meanwhile";
    if (mergedOut)
        *mergedOut = merged;
    article = saved;
    return {};
}

Result<int> EditService::restore(const QString &uid, int number, const QString &userName)
{
    auto tx = Storage::Transaction::begin(m_db, QObject::tr("restoring a revision of %1").arg(uid));
    if (!tx)
        return std::unexpected(tx.error());
    auto user = Storage::UserRepository(m_db).require(userName);
    if (!user)
        return std::unexpected(user.error());
    Storage::ArticleRepository articles(m_db);
    if (auto locked = articles.lock(uid); !locked)
        return std::unexpected(locked.error());
    auto stored = articles.find(uid, Storage::ArticleRepository::Load::WithHistory);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return fail(ErrorCode::NotFound, QObject::tr("There is no article %1.").arg(uid));
    const Revision *revision = nullptr;
    for (const Revision &r : (*stored)->revisions) {
        if (r.number == number)
            revision = &r;
    }
    if (!revision) {
        return fail(ErrorCode::NotFound,
                    QObject::tr("The article %1 has no revision %2; \"byline-cli revisions %1\" "
                                "lists them.")
                        .arg(uid)
                        .arg(number));
    }
    Article restored = **stored;
    restored.translations = revision->snapshot;
    QString why;
    if (!Permissions::mayEdit(*user, **stored, restored, &why))
        return fail(ErrorCode::PermissionDenied, why);
    if (auto saved = articles.save(restored, userName, RevisionKind::Restore, &**stored); !saved)
        return std::unexpected(saved.error());
    if (auto told = Storage::InboxRepository(m_db).deliver(
            Notices::ofSave(**stored, restored, userName, Clock::now()));
        !told)
        return std::unexpected(told.error());
    if (auto committed = tx->commit(); !committed)
        return std::unexpected(committed.error());
    return int((*stored)->revisions.size()) + 1;
}

} // namespace Byline
