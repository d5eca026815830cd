#include "ui/desk/CurrentUser.h"

#include "core/storage/UserRepository.h"

namespace Byline {

CurrentUser::CurrentUser(Storage::Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

void CurrentUser::set(const QString &name)
{
    m_user.reset();
    if (!name.isEmpty()) {
        if (auto found = Storage::UserRepository(m_db).find(name);
            found && *found && (*found)->active)
            m_user = **found;
    }
    Q_EMIT changed(m_user);
}

} // namespace Byline
