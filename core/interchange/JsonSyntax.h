#pragma once

#include "core/Error.h"

#include <QByteArray>

namespace Byline::Interchange::JsonSyntax {

// What JSON forbids and Qt's parser lets through, checked before it reads a document: a raw
// control character (NUL included) inside a text or between values, and a key given twice in
// one object (Qt would silently keep the last, so a file could say two things and mean one).
// InvalidInput names the line and column. Runs in one pass over the bytes.
[[nodiscard]] Result<> check(const QByteArray &json);

// The line and column (both from 1) of byte `offset`, as error messages give them.
struct Position
{
    qsizetype line = 1;
    qsizetype column = 1;
};
[[nodiscard]] Position positionOf(const QByteArray &json, qsizetype offset);

} // namespace Byline::Interchange::JsonSyntax
