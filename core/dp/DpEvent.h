#pragma once
// Events of the dynamic-programming tables. Filling an empty cell needs only the new value;
// overwriting one (the patience method for LIS) keeps old and new in the trace's value pool.
#include <cstdint>
#include <variant>

#include "core/trace/PackedValue.h"
#include "core/trace/Trace.h"

namespace stepwise::dp {

using CellId = std::uint32_t;  // row * cols + col

using trace::PackedValue;

namespace event {
/// An empty cell gets its value.
struct Fill { CellId cell; PackedValue value; };
/// A filled cell changes (the LIS patience method); old and new live in the trace's pool as doubles,
/// exact for every value below 2^53, far above any input a table can hold.
struct Overwrite { CellId cell; trace::ValueRef old; trace::ValueRef value; };
/// The traceback reaches `cell`.
struct Trace { CellId cell; };
}  // namespace event

using DpEvent = std::variant<event::Fill, event::Overwrite, event::Trace>;
static_assert(sizeof(DpEvent) <= 16, "DP events must stay small: a traced 2,000 x 2,000 table has 4M of them");
using DpTrace = trace::Trace<DpEvent>;

}  // namespace stepwise::dp
