#pragma once

#include "core/Error.h"
#include "core/domain/SavedSearch.h"

#include <QList>
#include <QVariantList>

namespace Byline::Storage {

class Database;

// Each person's saved searches. Names are unique per person (ignoring case and the spaces
// around them).
class SavedSearchRepository
{
public:
    explicit SavedSearchRepository(Database &db)
        : m_db(db)
    {
    }

    // The user's saved searches, by name.
    [[nodiscard]] Result<QList<SavedSearch>> forUser(const QString &user) const;

    // Keeps `search` for `search.user`; sets its id and creation time. InvalidInput for an
    // empty name or words, NotFound for an unknown user, Conflict when the user already has
    // a search of that name.
    [[nodiscard]] Result<> add(SavedSearch &search);
    // NotFound unless `id` is one of `user`'s searches; Conflict when the name is taken.
    [[nodiscard]] Result<> rename(qint64 id, const QString &user, const QString &name);
    [[nodiscard]] Result<> remove(qint64 id, const QString &user);

private:
    [[nodiscard]] Result<> checkName(const QString &user, const QString &name, qint64 except) const;
    // Runs a change of one of `user`'s searches; NotFound when it is no longer there.
    [[nodiscard]] Result<> changeOne(const QString &sql, const QVariantList &binds,
                                     const QString &user, const QString &what);

    Database &m_db;
};

} // namespace Byline::Storage
