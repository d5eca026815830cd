#include "core/workflow/EditService.h"

#include "core/storage/ArticleRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/UserRepository.h"
#include "core/translation/Segments.h"
#include "core/workflow/Permissions.h"

#include <QObject>

namespace Byline {
Result<> EditService::save(Article &article, const QString &userName)
{
    // The permission check reads what the save will replace: both under one write lock.
    auto tx
        = Storage::Transaction::begin(m_db, QObject::tr("saving the article %1").arg(article.uid));
    if (!tx)
        return std::unexpected(tx.error());
    auto user = Storage::UserRepository(m_db).require(userName);
    if (!user)
        return std::unexpected(user.error());
    Storage::ArticleRepository articles(m_db);
    auto stored = articles.find(article.uid);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return fail(ErrorCode::NotFound, QObject::tr("There is no article %1.").arg(article.uid));
    QString why;
    if (!Permissions::mayEdit(*user, **stored, article, &why))
        return fail(ErrorCode::PermissionDenied, why);
    if (!article.translation(article.sourceLocale)) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The article has no text in its source locale (%1).")
                        .arg(article.sourceLocale));
    }
    Segments::stamp(&**stored, article);
    Article saved = article;
    if (auto done = articles.save(saved, userName); !done) {
        if (done.error().code == ErrorCode::Conflict) {
            // The losing text was kept as a revision: that must be committed too.
            if (auto committed = tx->commit(); !committed)
                return std::unexpected(committed.error());
        }
        return done;
    }
    if (auto committed = tx->commit(); !committed)
        return std::unexpected(committed.error());
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
    if (auto saved = articles.save(restored, userName, RevisionKind::Restore); !saved)
        return std::unexpected(saved.error());
    if (auto committed = tx->commit(); !committed)
        return std::unexpected(committed.error());
    return int((*stored)->revisions.size()) + 1;
}

} // namespace Byline
