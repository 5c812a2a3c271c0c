// The seeded dependency model behind `breaker --dependency`: its text forms (and their errors), the
// call list it makes (spacing, failure share, latency bounds, determinism, a change acting only
// from its time on), the item's options, and the live edits the room makes after a step.
#include "core/resilience/DependencyModel.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/catalogue/Catalogue.h"
#include "core/common/InputError.h"
#include "core/resilience/BreakerItemRun.h"
#include "core/resilience/LiveEdit.h"
#include "core/run/Run.h"

namespace stepwise::resilience {
namespace {

std::string errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const InputError& e) {
        return e.what();
    }
    return "(no error)";
}

/// The calls of a list with the time each is made at.
struct TimedCall {
    Time at;
    CallToken token;
};
std::vector<TimedCall> timedCalls(const std::vector<CallToken>& tokens) {
    std::vector<TimedCall> out;
    Time now = 0;
    for (const auto& t : tokens) {
        if (t.kind == CallToken::Kind::Advance) now += t.duration;
        else out.push_back({now, t});
    }
    return out;
}

bool sameToken(const CallToken& a, const CallToken& b) {
    return a.kind == b.kind && a.failed == b.failed && a.duration == b.duration && a.target == b.target;
}

TEST(DependencyModel, ParsesPhasesThatKeepWhatTheyOmitAndWritesThemBack) {
    const auto phases = parseDependency("0s:error=10%,latency=100ms,rate=5/s; 20s:error=100%;30s:rate=120/min,latency=2s");
    ASSERT_EQ(phases.size(), 3u);
    EXPECT_EQ(phases[1].from, 20 * second);
    EXPECT_FALSE(phases[1].latency.has_value());
    EXPECT_EQ(dependencyText(phases), "0s:error=10%,latency=100ms,rate=5/s;20s:error=100%;30s:latency=2s,rate=2/s");
    EXPECT_EQ(parseDependency(dependencyText(phases)), phases);
    const DependencyLevels at25 = levelsAt(phases, 25 * second);
    EXPECT_EQ(at25.errorPercent, 100);
    EXPECT_EQ(at25.latency, 100 * millisecond);
    EXPECT_EQ(at25.callsPerSecond, 5);
    EXPECT_EQ(levelsAt(phases, 30 * second).callsPerSecond, 2);
    EXPECT_EQ(levelsAt({}, 0), DependencyLevels{});
}

TEST(DependencyModel, MalformedPhasesAreClearErrorsNamingThePhase) {
    const std::pair<std::string, std::string> cases[] = {
        {"", "is empty"},
        {"0s:error=10%;", "phase 2 '' is empty"},
        {"error=10%", "phase 1 'error=10%' has no ':'"},
        {"soon:error=10%", "not a time"},
        {"0s:error=150%", "percentage from 0 to 100"},
        {"0s:error=-1%", "percentage from 0 to 100"},
        {"0s:error=ten", "percentage from 0 to 100"},
        {"0s:latency=fast", "expected a duration"},
        {"0s:rate=0/s", "from 0.1 to 1000"},
        {"0s:rate=5000/s", "from 0.1 to 1000"},
        {"0s:erorr=10%", "unknown field 'erorr'"},
        {"0s:error", "not a field=value"},
        {"0s:", "sets nothing"},
        {"0s:error=1%,error=2%", "sets error twice"},
        {"20s:error=1%;10s:error=2%", "phase 2 '10s:error=2%' starts at 10s, not after phase 1 (20s)"},
        {"2h:error=1%", "1 h"},
    };
    for (const auto& [text, expected] : cases) {
        SCOPED_TRACE(text);
        const std::string& phases = text;  // clang-14 cannot capture a structured binding
        const std::string message = errorOf([&] { parseDependency(phases); });
        EXPECT_NE(message.find("--dependency"), std::string::npos) << message;
        EXPECT_NE(message.find(expected), std::string::npos) << message;
    }
    EXPECT_NE(errorOf([] { parseActions("12s:forced-open"); }).find("not a !STATE"), std::string::npos);
    EXPECT_NE(errorOf([] { parseActions("12s:!sideways"); }).find("names no state"), std::string::npos);
    EXPECT_NE(errorOf([] { parseActions("12s:!open,3s:!closed"); }).find("actions go in time order"), std::string::npos);
    EXPECT_EQ(actionsText(parseActions("12s:!forced-open, 30s:!reset")), "12s:!forced-open,30s:!reset");
}

TEST(DependencyModel, CallsAreEvenlySpacedWithTheFailureShareAndLatencyBounds) {
    DependencyModel m;
    m.phases = parseDependency("0s:error=30%,latency=400ms,rate=20/s");
    m.duration = 600 * second;
    m.seed = 42;
    const auto calls = timedCalls(generateCalls(m));
    ASSERT_EQ(calls.size(), 12000u);
    std::size_t failed = 0;
    for (std::size_t i = 0; i < calls.size(); ++i) {
        EXPECT_EQ(calls[i].at, static_cast<Time>(i) * 50 * millisecond);
        EXPECT_GE(calls[i].token.duration, 200 * millisecond);
        EXPECT_LE(calls[i].token.duration, 600 * millisecond);
        EXPECT_EQ(calls[i].token.duration % millisecond, 0);
        failed += calls[i].token.failed;
    }
    EXPECT_NEAR(static_cast<double>(failed) / calls.size(), 0.30, 0.02);
    Time total = 0;
    for (const auto& t : generateCalls(m))
        if (t.kind == CallToken::Kind::Advance) total += t.duration;
    EXPECT_EQ(total, m.duration) << "the clock ends at the duration";
}

TEST(DependencyModel, TheSameSeedGivesTheSameListAndAnotherSeedAnother) {
    DependencyModel m;
    m.phases = parseDependency("0s:error=50%,latency=1s;10s:error=20%,rate=10/s");
    m.actions = parseActions("5s:!forced-open,7s:!closed");
    m.seed = 9;
    const auto a = generateCalls(m), b = generateCalls(m);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) EXPECT_TRUE(sameToken(a[i], b[i])) << i;
    m.seed = 10;
    const auto c = generateCalls(m);
    bool differs = c.size() != a.size();
    for (std::size_t i = 0; !differs && i < a.size(); ++i) differs = !sameToken(a[i], c[i]);
    EXPECT_TRUE(differs);
}

TEST(DependencyModel, APhaseChangesTheCallsFromItsTimeOnAndNoneBefore) {
    DependencyModel m;
    m.phases = parseDependency("0s:error=20%,latency=300ms,rate=4/s");
    m.seed = 5;
    const auto before = timedCalls(generateCalls(m));
    DependencyPhase change;
    change.from = 20 * second + millisecond;
    change.errorPercent = 100;
    change.callsPerSecond = 10;
    m.phases = withPhase(m.phases, change);
    const auto after = timedCalls(generateCalls(m));
    std::size_t kept = 0;
    while (kept < before.size() && before[kept].at < change.from) {
        ASSERT_LT(kept, after.size());
        EXPECT_EQ(after[kept].at, before[kept].at);
        EXPECT_TRUE(sameToken(after[kept].token, before[kept].token)) << kept;
        ++kept;
    }
    EXPECT_EQ(kept, 81u);
    ASSERT_GT(after.size(), kept);
    EXPECT_EQ(after[kept].at, change.from) << "a new rate starts with a call";
    for (std::size_t i = kept; i < after.size(); ++i) EXPECT_TRUE(after[i].token.failed);
    EXPECT_EQ(after[kept + 1].at - after[kept].at, 100 * millisecond);
}

TEST(DependencyModel, WithPhaseKeepsTheLaterPhasesAsTheyWere) {
    const auto phases = parseDependency("0s:error=0%,latency=100ms;30s:latency=2s");
    DependencyPhase change;
    change.from = 10 * second;
    change.errorPercent = 80;
    const auto edited = withPhase(phases, change);
    ASSERT_EQ(edited.size(), 3u);
    EXPECT_EQ(levelsAt(edited, 15 * second).errorPercent, 80);
    EXPECT_EQ(levelsAt(edited, 31 * second), levelsAt(phases, 31 * second));
    change.errorPercent = 50;
    EXPECT_EQ(withPhase(edited, change).size(), 3u) << "the same time replaces";
    EXPECT_EQ(levelsAt(withPhase(edited, change), 10 * second).errorPercent, 50);
}

TEST(DependencyModel, ActionsComeBeforeTheCallsOfTheirTime) {
    DependencyModel m;
    m.phases = parseDependency("0s:rate=1/s");
    m.actions = parseActions("2s:!forced-open,2500ms:!reset");
    m.duration = 4 * second;
    std::string list;
    for (const auto& t : generateCalls(m)) list += (list.empty() ? "" : ",") + tokenText(t);
    EXPECT_EQ(list, "S/60ms,+1s,S/42ms,+1s,!forced-open,S/70ms,+500ms,!reset,+500ms,S/67ms,+1s")
        << "(latencies from seed 1)";
    m.actions = parseActions("4s:!closed");
    EXPECT_NE(errorOf([&] { generateCalls(m); }).find("not before the --duration"), std::string::npos);
}

std::unique_ptr<run::Run> start(const std::map<std::string, std::string>& values) {
    return catalogue::requireItem("breaker").start(catalogue::Options(values));
}

TEST(DependencyModel, TheBreakerItemTakesItAndRejectsBadCombinations) {
    const auto r = start({{"dependency", "0s:error=100%,rate=10/s"}, {"duration", "5s"}, {"sliding-window-size", "5"},
                          {"minimum-number-of-calls", "5"}});
    const auto* b = r->as<BreakerItemRun>();
    ASSERT_NE(b, nullptr);
    ASSERT_FALSE(b->transitions().empty());
    EXPECT_EQ(b->transitions()[0].to, BreakerState::Open);
    EXPECT_NE(r->resultText().find("rejected"), std::string::npos);
    const std::pair<std::map<std::string, std::string>, std::string> bad[] = {
        {{{"dependency", "0s:error=1%"}, {"calls", "S"}}, "give one of them"},
        {{{"seed", "3"}, {"calls", "S"}}, "--seed: needs --dependency"},
        {{{"actions", "1s:!open"}, {"calls", "S"}}, "--actions: needs --dependency"},
        {{{"dependency", "0s:error=1%"}, {"duration", "0s"}}, "--duration"},
        {{{"dependency", "0s:error=1%"}, {"duration", "2h"}}, "--duration"},
        {{{"dependency", "0s:error=1%;90s:error=2%"}}, "not before the --duration of 1min"},
        {{{"dependency", "0s:rate=1000/s"}, {"duration", "1h"}}, "lower the rate or the duration"},
        {{{"dependency", "0s:eror=1%"}}, "unknown field 'eror'"},
    };
    for (const auto& [values, expected] : bad) {
        SCOPED_TRACE(expected);
        const auto& options = values;  // clang-14 cannot capture a structured binding
        const std::string message = errorOf([&] { start(options); });
        EXPECT_NE(message.find(expected), std::string::npos) << message;
    }
}

TEST(DependencyModel, EveryLivePresetRunsOnTheModel) {
    const auto& item = catalogue::requireItem("breaker");
    std::size_t live = 0;
    for (const auto& p : item.presets) {
        const auto o = item.presetOptions(p.name);
        if (!usesDependency(o)) continue;
        ++live;
        const auto r = item.start(o);
        EXPECT_GT(r->as<BreakerItemRun>()->transitions().size(), 1u) << p.name;
    }
    EXPECT_GE(live, 3u);
}

/// Every step's sentence of a run, from 0 to `last`.
std::vector<std::string> sentences(run::Run& r, std::size_t last) {
    std::vector<std::string> out;
    for (std::size_t k = 0; k <= last; ++k) {
        r.seek(k);
        out.push_back(r.sentence());
    }
    return out;
}

TEST(LiveEdit, AChangeAfterAStepKeepsEveryStepUpToItAndChangesLaterCalls) {
    const auto& item = catalogue::requireItem("breaker");
    const catalogue::Options o = item.presetOptions("live");
    for (std::size_t step : {0u, 1u, 2u, 3u, 57u, 58u, 59u, 300u}) {
        SCOPED_TRACE(step);
        auto r = item.start(o);
        auto& b = *r->as<BreakerItemRun>();
        const auto shown = sentences(*r, step);
        r->seek(step);
        DependencyPhase change;
        change.errorPercent = 100;
        const auto edited = withDependencyChange(o, b, change);
        auto r2 = item.start(edited);
        ASSERT_GE(r2->stepCount(), step);
        // Step 0 is the intro, which counts the whole list; every step after it must stay.
        const auto now = sentences(*r2, step);
        EXPECT_EQ(std::vector<std::string>(now.begin() + 1, now.end()), std::vector<std::string>(shown.begin() + 1, shown.end()));
        // The first call after the change fails.
        r2->seek(step);
        const Time from = changeTime(b);
        bool sawFailure = false;
        while (r2->forward()) {
            const auto* e = r2->as<BreakerItemRun>()->currentEvent();
            if (e->kind == BreakerEvent::Kind::Recorded && e->at >= from) {
                EXPECT_TRUE(e->outcome & Failed) << r2->sentence();
                sawFailure = true;
                break;
            }
        }
        EXPECT_TRUE(sawFailure);
    }
}

TEST(LiveEdit, AStateButtonMakesTheTransitionNextInBothModes) {
    const auto& item = catalogue::requireItem("breaker");
    for (const std::string preset : {"live", "example"}) {
        SCOPED_TRACE(preset);
        const catalogue::Options o = item.presetOptions(preset);
        auto r = item.start(o);
        std::size_t step = 4;
        for (r->seek(step); !r->as<BreakerItemRun>()->sim().lastOfToken(); r->seek(++step)) {
        }
        const auto shown = sentences(*r, step);
        r->seek(step);
        CallToken forced;
        forced.kind = CallToken::Kind::Transition;
        forced.target = BreakerState::ForcedOpen;
        auto r2 = item.start(withStateToken(o, *r->as<BreakerItemRun>(), forced));
        // Step 0 is the intro, which counts the whole list; every step after it must stay.
        const auto now = sentences(*r2, step);
        EXPECT_EQ(std::vector<std::string>(now.begin() + 1, now.end()), std::vector<std::string>(shown.begin() + 1, shown.end()));
        // The step after (the current one ends its item) is the transition, before any call.
        r2->seek(step);
        bool found = false;
        while (r2->forward()) {
            const auto* e = r2->as<BreakerItemRun>()->currentEvent();
            if (e->kind == BreakerEvent::Kind::Transition && e->transition.to == BreakerState::ForcedOpen) {
                found = true;
                break;
            }
            ASSERT_NE(e->kind, BreakerEvent::Kind::Recorded) << "a call came first: " << r2->sentence();
        }
        EXPECT_TRUE(found);
    }
}

}  // namespace
}  // namespace stepwise::resilience
