#pragma once
// Shared plumbing for the catalogue entries: table shape and labels for two-string problems,
// their three-neighbour dependencies, and running a computation with or without a recorder.
#include <memory>
#include <type_traits>

#include "core/dp/DpProblem.h"
#include "core/trace/Trace.h"

namespace stepwise::dp {

/// Rows are ε and the characters of a; columns ε and those of b. Throws InputError when a table
/// cell count would overflow 32-bit cell ids.
DpRun makeStringTableRun(const DpInput& in, const char* tableName, std::size_t cellLimit);

/// Up, left and up-left of a cell (those that exist).
std::vector<CellId> stringTableDependencies(CellId c, std::uint32_t cols);

/// Calls compute(tracer) with a RecordingTracer (filling run.trace/initial) or a NullTracer.
template <class Event, class Compute>
void recordOrRun(DpRun& run, bool record, std::size_t cellLimit, Compute&& compute) {
    if (record) {
        // Fills plus a traceback: at most two events per cell, so the limit scales with the table.
        trace::RecordingTracer<Event> tracer(2 * cellLimit + 16);
        tracer.reserve(static_cast<std::size_t>(run.rows) * run.cols + run.rows + run.cols + 1);
        compute(tracer);
        run.truncated = tracer.truncated();
        run.trace = tracer.take();
        run.initial = DpState::initial(run.rows, run.cols);
        run.recorded = true;
    } else {
        trace::NullTracer<Event> tracer;
        compute(tracer);
    }
}

}  // namespace stepwise::dp
