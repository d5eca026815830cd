#pragma once

#include <cstddef>
#include <cstdint>

// A libFuzzer mutator for JSON inputs (tests/fuzz/FuzzImport.cpp): byte changes mostly break a
// document's JSON, so that a run stops at the parser. Half of the time this one changes a
// single value of a document that is JSON, keeping it JSON, so that runs reach the reader's own
// checks: a number at or beyond a limit, another text, a value of another type, an item
// removed or repeated.
namespace Byline::Fuzz::JsonMutator {

[[nodiscard]] size_t mutate(uint8_t *data, size_t size, size_t maxSize, unsigned int seed);

} // namespace Byline::Fuzz::JsonMutator
