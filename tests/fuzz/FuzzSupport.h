#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

// What every fuzz target in tests/fuzz shares: the application object the core expects and the
// one way a target reports a broken property.
namespace Byline::Fuzz {

// Makes the QCoreApplication (translations, time zones and SQL drivers want one) and silences
// Qt's messages: a warning per input would slow the fuzzer down, not find anything.
void init(int *argc, char ***argv);

// A property failed: prints which one and the detail, then aborts, so that libFuzzer keeps the
// input as a crash (build/fuzz/crashes/ under scripts/fuzz).
[[noreturn]] void broken(const char *property, const QString &detail = {});

// The input as UTF-8 text, as the core gets text from files and people.
[[nodiscard]] QString text(const uint8_t *data, size_t size);

} // namespace Byline::Fuzz
