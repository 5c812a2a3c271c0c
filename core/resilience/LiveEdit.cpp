#include "core/resilience/LiveEdit.h"

#include "core/common/InputError.h"

namespace stepwise::resilience {
namespace {

/// --duration as the item reads it (60 s by default).
Time durationOf(const catalogue::Options& o) {
    const auto text = o.get("duration");
    if (!text) return DependencyModel{}.duration;
    const auto d = parseDuration(*text, second);
    if (!d) throw InputError("--duration: '" + *text + "' is not a duration (like 60s or 2m)");
    return *d;
}

/// Makes room for a change at `t`: the run goes on 10 s past it.
void reach(catalogue::Options& o, Time t) {
    if (t < durationOf(o)) return;
    o.set("duration", compactDuration((t / second + 10) * second));
}

}  // namespace

bool usesDependency(const catalogue::Options& options) { return options.has("dependency"); }

Time changeTime(const BreakerItemRun& run) {
    if (run.atStart()) return 0;
    const BreakerSim& s = run.sim();
    const CallToken& t = s.tokens()[s.tokenIndex()];
    return t.kind == CallToken::Kind::Advance ? s.now() : s.now() + millisecond;
}

DependencyLevels levelsNow(const catalogue::Options& options, const BreakerItemRun& run) {
    const auto text = options.get("dependency");
    if (!text) return {};
    const Time now = run.atStart() ? 0 : run.sim().now();
    return levelsAt(parseDependency(*text), now);
}

catalogue::Options withDependencyChange(const catalogue::Options& options, const BreakerItemRun& run,
                                        DependencyPhase change) {
    const auto text = options.get("dependency");
    if (!text) throw InputError("--dependency: this run is a fixed call list (--calls); the dependency controls need --dependency");
    change.from = changeTime(run);
    catalogue::Options out = options;
    out.set("dependency", dependencyText(withPhase(parseDependency(*text), change)));
    reach(out, change.from);
    return out;
}

DependencyPhase recovery(const catalogue::Options& options) {
    DependencyPhase p;
    p.errorPercent = 0;
    const auto text = options.get("dependency");
    p.latency = text ? levelsAt(parseDependency(*text), 0).latency : DependencyLevels{}.latency;
    return p;
}

DependencyPhase outage() {
    DependencyPhase p;
    p.errorPercent = 100;
    return p;
}

catalogue::Options withStateToken(const catalogue::Options& options, const BreakerItemRun& run,
                                  const CallToken& token) {
    catalogue::Options out = options;
    if (usesDependency(options)) {
        std::vector<DependencyAction> actions = parseActions(options.text("actions"));
        const Time at = changeTime(run);
        // After every action at or before that time (those may be shown already).
        auto where = actions.begin();
        while (where != actions.end() && where->at <= at) ++where;
        actions.insert(where, DependencyAction{at, token});
        out.set("actions", actionsText(actions));
        reach(out, at);
        return out;
    }
    std::vector<CallToken> tokens = run.spec().tokens;
    const std::size_t after = run.atStart() ? 0 : run.sim().tokenIndex() + 1;
    tokens.insert(tokens.begin() + static_cast<std::ptrdiff_t>(after), token);
    std::string list;
    for (const auto& t : tokens) list += (list.empty() ? "" : ",") + tokenText(t);
    out.set("calls", list);
    return out;
}

}  // namespace stepwise::resilience
