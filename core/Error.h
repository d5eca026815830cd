#pragma once

#include <QString>

#include <expected>

namespace Byline {

// What went wrong, in terms a front end can turn into words and exit codes.
enum class ErrorCode {
    InvalidInput, // malformed or out-of-range data from a person or a file
    NotFound, // no such article, user, store...
    Conflict, // a newer save exists, a duplicate, an invalid transition
    PermissionDenied, // the acting user's role does not allow it
    StorageLocked, // another program holds the write lock past the busy timeout
    StorageCorrupt, // not a Byline store, truncated, malformed
    StorageReadOnly, // the file or its folder cannot be written
    StorageFull, // no room left on the device
    StorageTooNew, // written by a newer Byline
    StorageFailure, // anything else the storage layer reports
    ServerUnreachable, // the newsroom server cannot be reached, or the connection to it was lost
    Io, // reading or writing an ordinary file
    Cancelled, // the person stopped long work before it finished; nothing was changed
};

struct Error
{
    ErrorCode code = ErrorCode::StorageFailure;
    QString message; // one sentence for a person: what happened and what to do
    QString detail; // technical detail (driver text, offsets), may be empty
};

template<class T = void>
using Result = std::expected<T, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(ErrorCode code, QString message,
                                                 QString detail = {})
{
    return std::unexpected(Error {code, std::move(message), std::move(detail)});
}

} // namespace Byline
