#include "core/services/ExpertService.h"

#include "core/storage/ExpertRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/UserRepository.h"
#include "core/workflow/Permissions.h"

#include <QObject>
#include <QUuid>

namespace Byline {

Result<> ExpertService::save(Expert &expert, const QString &userName)
{
    auto user = Storage::UserRepository(m_db).require(userName);
    if (!user)
        return std::unexpected(user.error());
    bool hasName = false;
    for (auto it = expert.names.cbegin(); it != expert.names.cend(); ++it) {
        if (it->name.trimmed().isEmpty()) {
            if (it->role.trimmed().isEmpty() && it->country.trimmed().isEmpty())
                continue;
            return fail(ErrorCode::InvalidInput,
                        QObject::tr("The %1 spelling has a role or country but no name; write "
                                    "the name as it is spelled in %1, or clear the role and "
                                    "country.")
                            .arg(it.key()));
        }
        hasName = true;
    }
    if (!hasName) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("An expert needs a name in at least one language."));
    }
    // Locales left entirely empty are not kept.
    for (auto it = expert.names.begin(); it != expert.names.end();)
        it = it->name.trimmed().isEmpty() ? expert.names.erase(it) : std::next(it);

    auto tx = Storage::Transaction::begin(m_db, QObject::tr("saving an expert"));
    if (!tx)
        return std::unexpected(tx.error());
    Storage::ExpertRepository experts(m_db);
    Expert before;
    QString why;
    if (expert.uid.isEmpty()) {
        if (!Permissions::mayAddExperts(*user, &why))
            return fail(ErrorCode::PermissionDenied, why);
    } else {
        auto all = experts.all();
        if (!all)
            return std::unexpected(all.error());
        bool found = false;
        for (const Expert &e : std::as_const(*all)) {
            if (e.uid == expert.uid) {
                before = e;
                found = true;
            }
        }
        if (!found && !Permissions::mayAddExperts(*user, &why))
            return fail(ErrorCode::PermissionDenied, why);
    }
    QStringList locales = expert.names.keys();
    for (const QString &locale : before.names.keys()) {
        if (!locales.contains(locale))
            locales.append(locale);
    }
    for (const QString &locale : std::as_const(locales)) {
        if (expert.names.value(locale) != before.names.value(locale)
            && !Permissions::mayEditExpert(*user, locale, &why)) {
            return fail(ErrorCode::PermissionDenied, why);
        }
    }
    Expert saved = expert;
    if (saved.uid.isEmpty())
        saved.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto done = experts.upsert(saved); !done)
        return done;
    if (auto done = tx->commit(); !done)
        return done;
    expert = saved;
    return {};
}

Result<> ExpertService::merge(const QString &keepUid, const QString &dropUid,
                              const QString &userName)
{
    auto user = Storage::UserRepository(m_db).require(userName);
    if (!user)
        return std::unexpected(user.error());
    if (!Permissions::mayMergeExperts(*user)) {
        return fail(ErrorCode::PermissionDenied,
                    QObject::tr("%1 may not merge experts: that is for editors and admins.")
                        .arg(user->name));
    }
    return Storage::ExpertRepository(m_db).merge(keepUid, dropUid);
}

} // namespace Byline
