#pragma once

#include <QDateTime>
#include <QString>

namespace Byline {

// Someone's desk has an article open (docs/ARCHITECTURE.md, "Presence"): advisory, it locks
// nothing, and it lasts only as long as that desk's connection to the store.
struct Presence
{
    QString session; // the desk's connection (Storage::Database::origin())
    QString articleUid;
    QString locale; // the language they work in
    QString user; // login
    QString displayName;
    QDateTime since; // UTC: when they opened it in this language

    friend bool operator==(const Presence &, const Presence &) = default;
};

} // namespace Byline
