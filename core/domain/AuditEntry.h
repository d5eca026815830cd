#pragma once

#include <QDateTime>
#include <QString>

namespace Byline {

// One workflow transition, as the audit trail keeps it.
struct AuditEntry
{
    QDateTime at;
    QString user;
    QString action;  // submit, approve, publish, ...
    QString from;    // workflow state names
    QString to;
    QString locale;  // empty when the whole article moved
    QString comment;

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

} // namespace Byline
