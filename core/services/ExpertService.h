#pragma once

#include "core/Error.h"
#include "core/domain/Expert.h"

namespace Byline::Storage {
class Database;
}

namespace Byline {

// Changing the experts registry as a person: the acting user's role is checked in core
// (Permissions::mayEditExpert, mayAddExperts, mayMergeExperts) and what is saved is checked
// for sense, then the store writes it (and reindexes the search).
class ExpertService
{
public:
    explicit ExpertService(Storage::Database &db)
        : m_db(db)
    {
    }

    // Adds or changes `expert` as `user`. An empty uid adds a new expert (the new uid is written
    // back). Only the locales whose spelling, role or country changed need `user`'s permission.
    // InvalidInput: no name at all, or a locale with a role or country but no name.
    [[nodiscard]] Result<> save(Expert &expert, const QString &user);

    // Two records of one person become `keepUid` (ExpertRepository::merge), as `user`.
    [[nodiscard]] Result<> merge(const QString &keepUid, const QString &dropUid,
                                 const QString &user);

private:
    Storage::Database &m_db;
};

} // namespace Byline
