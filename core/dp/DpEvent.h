#pragma once
// Events of the dynamic-programming tables. Filling an empty cell needs only the new value;
// overwriting one (the patience method for LIS) keeps old and new in the trace's value pool.
#include <cstdint>
#include <limits>
#include <optional>
#include <variant>

#include "core/trace/Trace.h"

namespace stepwise::dp {

using CellId = std::uint32_t;  // row * cols + col

namespace event {
/// An empty cell gets a value that fits in 32 bits (nearly every cell of every table).
struct Fill { CellId cell; std::int32_t value; };
/// An empty cell gets a wider value (or ∞), kept in the trace's pool as a double: exact below 2^53,
/// far above any total the inputs allow.
struct FillWide { CellId cell; trace::ValueRef value; };
/// A filled cell changes (the LIS patience method); the pool holds the old value at `values` and the
/// new one right after it.
struct Overwrite { CellId cell; trace::ValueRef values; };
/// The traceback reaches `cell`.
struct Trace { CellId cell; };
}  // namespace event

/// Every alternative is 8 bytes or less, so an event is 12: a traced 2,000 x 2,000 table is 48 MB.
using DpEvent = std::variant<event::Fill, event::FillWide, event::Overwrite, event::Trace>;
static_assert(sizeof(DpEvent) <= 12, "DP events must stay small: a traced 2,000 x 2,000 table has 4M of them");

/// The cell a fill event sets (Fill or FillWide); nullopt for the others.
inline std::optional<CellId> filledCell(const DpEvent& e) {
    if (auto* f = std::get_if<event::Fill>(&e)) return f->cell;
    if (auto* w = std::get_if<event::FillWide>(&e)) return w->cell;
    return std::nullopt;
}

/// Records that `cell` was filled with v, in the narrow form when v fits.
template <class Tracer>
void emitFill(Tracer& tracer, CellId cell, std::int64_t v) {
    if (v >= INT32_MIN && v <= INT32_MAX) {
        tracer.emit(event::Fill{cell, static_cast<std::int32_t>(v)});
    } else {
        const double wide = v == INT64_MAX ? std::numeric_limits<double>::infinity() : static_cast<double>(v);
        tracer.emit(event::FillWide{cell, tracer.keep(wide)});
    }
}

using DpTrace = trace::Trace<DpEvent>;

}  // namespace stepwise::dp
