#pragma once
// What PolicyView draws for a policy run at its current step, extracted once per step: the marks
// of every step so far on a virtual-time axis, the refresh boundaries, and the core's state now
// (resilience::policyNow). A plain value, so a test can check it against the run.
#include <QColor>
#include <QPalette>
#include <QString>
#include <vector>

#include "core/resilience/PolicyNow.h"

namespace stepwise::ui {

/// One step on the timeline.
struct PolicyMark {
    enum class Shape { Clock, Success, Failure, Backoff, GaveUp, Permitted, Waited, Rejected };
    Shape shape = Shape::Clock;
    double at = 0;        // seconds of virtual time: the step's moment (an arrival, an attempt)
    double waitFrom = 0;  // a wait drawn as a bar [waitFrom, waitTo]: a backoff, a wait for a permit
    double waitTo = 0;    // or a slot (equal to waitFrom: no wait)
    double holdTo = 0;    // bulkhead: the slot is held over [waitTo, holdTo]
    int row = 0;          // retry: the operation's row; bulkhead: the slot (the last row: refused); else 0
    std::uint32_t number = 0;  // operation, request or call
    bool current = false;
};

struct PolicyPicture {
    resilience::PolicyKind kind = resilience::PolicyKind::Retry;
    std::vector<PolicyMark> marks;        // the latest steps so far, oldest first
    std::vector<double> boundaries;       // rate limiter: refresh boundaries within [0, end], seconds
    std::vector<std::pair<double, double>> permitsLine;  // rate limiter: (time, permits) after each step
    int rows = 1;                         // timeline rows (operations shown, slots)
    int firstRow = 0;                     // retry: the operation number − 1 of row 0
    double now = 0, end = 1;              // seconds
    resilience::PolicyNow state;
};

/// Most marks drawn: the latest ones (older are too thin to tell apart).
inline constexpr std::size_t maxPolicyMarks = 400;
/// Most timeline rows: retry operations (the latest), bulkhead slots (the first).
inline constexpr int maxPolicyRows = 8;

PolicyPicture policyPicture(const resilience::PolicyItemRun& run);

/// The view's colours for a light or dark palette: text 4.5:1 on the base, marks 3:1.
struct PolicyColours {
    QColor base, text, dim, grid, ok, bad, wait, current, fill;
    static PolicyColours forPalette(const QPalette& palette);
};

}  // namespace stepwise::ui
