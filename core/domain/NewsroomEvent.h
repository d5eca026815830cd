#pragma once

#include <QDateTime>
#include <QString>

namespace Byline {

// One change to the newsroom itself, as its audit trail keeps it: an import, a user added or
// changed, a setting or site string changed. (A workflow step is an article's AuditEntry.)
struct NewsroomEvent
{
    QDateTime at;
    QString user; // who did it; empty: the set-up of a store that had no users yet
    QString action; // import, user-added, user-changed, setting, site-string
    QString subject; // what: the file imported, the user's login, the setting's key
    QString detail; // what changed, in words ("role: editor -> admin")

    friend bool operator==(const NewsroomEvent &, const NewsroomEvent &) = default;
};

} // namespace Byline
