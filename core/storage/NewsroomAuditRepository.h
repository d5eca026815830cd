#pragma once

#include "core/Error.h"
#include "core/domain/NewsroomEvent.h"

#include <QList>

namespace Byline::Storage {

class Database;

// The newsroom's audit trail (schema 8): rows are added, never changed or removed.
class NewsroomAuditRepository
{
public:
    explicit NewsroomAuditRepository(Database &db)
        : m_db(db)
    {
    }

    // Adds `events` in the caller's transaction (an unknown user is refused: NotFound).
    [[nodiscard]] Result<> append(const QList<NewsroomEvent> &events);
    // The newest `limit` events, newest first.
    [[nodiscard]] Result<QList<NewsroomEvent>> recent(int limit = 200) const;

private:
    Database &m_db;
};

} // namespace Byline::Storage
