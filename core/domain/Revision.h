#pragma once

#include "core/domain/Translation.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace Byline {

enum class RevisionKind { Save, Conflict, Restore, Import };

[[nodiscard]] QString revisionKindName(RevisionKind kind);
[[nodiscard]] std::optional<RevisionKind> revisionKindFromName(QStringView name);

// What an article's text was after one save (or a save that lost a conflict).
struct Revision
{
    int number = 0;
    QDateTime createdAt;
    QString user;  // may be empty
    RevisionKind kind = RevisionKind::Save;
    int version = 0;  // the article version this revision records
    QList<Translation> snapshot;

    friend bool operator==(const Revision &, const Revision &) = default;
};

} // namespace Byline
