// Predict the next step, area by area, over seeded runs (the practice question types' instances
// and the catalogue's examples): at every step the question's accepted answer is what the run's
// next step actually does, read independently from the states before and after it; every other
// choice is wrong; steps without a question decide nothing of that kind; the run is left in place.
#include "core/practice/Prediction.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "core/balance/BalancerItemRun.h"
#include "core/cache/CacheItemRun.h"
#include "core/catalogue/Catalogue.h"
#include "core/dp/DpItemRun.h"
#include "core/graph/GraphCatalogue.h"
#include "core/graph/GraphItemRun.h"
#include "core/practice/GraphInstance.h"
#include "core/practice/ItemRun.h"
#include "core/practice/QuestionType.h"
#include "core/queue/QueueItemRun.h"
#include "core/resilience/BreakerItemRun.h"

namespace stepwise::practice {
namespace {

using catalogue::Area;

/// The item's run on a question's instance: a graph from its edge-list text, any other item from
/// the instance's values that are options of the item (the rest name what is asked).
std::unique_ptr<run::Run> runOf(const catalogue::CatalogueItem& item, const nlohmann::json& instance,
                                const std::string& method = {}) {
    if (item.area == Area::Graph) {
        std::string entry = item.id + ":" + method;
        if (method.empty()) {  // the item's default method, as the catalogue picks it
            entry = item.id;
            for (const char* m : {":kahn", ":tarjan", ":prim"})
                for (const auto& a : graph::graphCatalogue())
                    if (a.id == item.id + m) entry = a.id;
        }
        return runGraph(entry, instance["graph"].get<std::string>(),
                        instance.value("source", ""), instance.value("target", ""))
            .run;
    }
    nlohmann::json options = nlohmann::json::object();
    for (const auto& spec : item.options)
        if (instance.contains(spec.name)) options[spec.name] = instance[spec.name];
    return runItem(item.id, options).run;
}

/// Runs of every item of `area`: its catalogue example, then three seeded instances of each of its
/// question types at each level.
std::vector<std::unique_ptr<run::Run>> seededRuns(Area area) {
    std::vector<std::unique_ptr<run::Run>> runs;
    for (const auto& item : catalogue::catalogue()) {
        if (item.area != area) continue;
        runs.push_back(item.start(item.presetOptions()));
    }
    for (const auto& type : questionTypes()) {
        const auto* item = catalogue::findItem(type.item);
        if (!item || item->area != area) continue;
        for (Level level : {Level::Easy, Level::Medium, Level::Hard})
            for (std::uint64_t seed = 1; seed <= 3; ++seed) {
                const auto instance = type.generate(level, seed * 7919 + static_cast<std::uint64_t>(level)).instance;
                runs.push_back(runOf(*item, instance));
            }
    }
    return runs;
}

/// Checks what holds for every question: asked at k about k+1, the run left at k, the expected
/// answer accepted and (for choices) every other choice refused.
void checkShape(const Prediction& p, std::size_t k, const run::Run& run) {
    EXPECT_EQ(run.step(), k) << run.itemId();
    EXPECT_EQ(p.step, k + 1);
    EXPECT_FALSE(p.prompt.empty());
    EXPECT_EQ(p.check(p.expected).outcome, Outcome::Right) << p.prompt << " / " << p.expected;
    if (p.kind == PredictionKind::Cell) return;
    EXPECT_NE(std::find(p.choices.begin(), p.choices.end(), p.expected), p.choices.end()) << p.prompt;
    EXPECT_GE(p.choices.size(), 2u) << p.prompt;
    for (const auto& c : p.choices) {
        if (c != p.expected) {
            EXPECT_EQ(p.check(c).outcome, Outcome::Wrong) << p.prompt << " / " << c;
        }
    }
    EXPECT_EQ(p.check("no such choice").outcome, Outcome::Invalid) << p.prompt;
}

TEST(Prediction, GraphQuestionsAreTheVertexTheNextStepTakes) {
    std::size_t asked = 0, edges = 0;
    for (const char* method : {"", "kruskal"}) {
        auto runs = *method == 0 ? seededRuns(Area::Graph) : std::vector<std::unique_ptr<run::Run>>{};
        if (*method != 0) {
            catalogue::Options o = catalogue::requireItem("mst").presetOptions();
            o.set("method", method);
            runs.push_back(catalogue::requireItem("mst").start(o));
            for (std::uint64_t seed = 1; seed <= 6; ++seed) {
                const auto instance = findQuestionType("mst.weight")->generate(Level::Hard, seed).instance;
                runs.push_back(runOf(catalogue::requireItem("mst"), instance, method));
            }
        }
        for (auto& run : runs) {
            auto& g = *run->as<graph::GraphItemRun>();
            for (std::size_t k = 0; k < run->stepCount(); ++k) {
                run->seek(k);
                const graph::GraphState before = g.state();
                const auto p = predictNext(*run);
                run->seek(k + 1);
                const graph::GraphState after = g.state();
                std::vector<std::string> changed;
                bool doneNow = false;
                for (graph::VertexId v = 0; v < before.status.size(); ++v) {
                    if (before.status[v] == after.status[v]) continue;
                    changed.push_back(g.graph()->name(v));
                    doneNow |= after.status[v] == graph::VertexStatus::Done;
                }
                if (!p) {
                    EXPECT_FALSE(doneNow) << run->itemId() << " step " << k + 1 << ": a vertex was done unasked";
                    continue;
                }
                run->seek(k);
                checkShape(*p, k, *run);
                if (p->kind == PredictionKind::Vertex) {
                    ++asked;
                    EXPECT_EQ(p->choices.size(), g.graph()->vertexCount());
                    EXPECT_EQ(changed, std::vector<std::string>{p->expected}) << run->itemId() << " step " << k + 1;
                    EXPECT_EQ(p->check("NoSuchVertex").outcome, Outcome::Invalid);
                } else {
                    ++edges;
                    std::size_t joined = 0, rejected = 0;
                    for (std::size_t e = 0; e < after.edgeMark.size(); ++e) {
                        if (after.edgeMark[e] == before.edgeMark[e]) continue;
                        (after.edgeMark[e] == graph::EdgeMark::Rejected ? rejected : joined) += 1;
                    }
                    EXPECT_EQ(joined + rejected, 1u) << p->prompt;
                    EXPECT_EQ(p->expected == "joins the tree", joined == 1) << p->prompt;
                }
            }
        }
    }
    EXPECT_GT(asked, 500u);
    EXPECT_GT(edges, 20u);
}

TEST(Prediction, DpQuestionsAreTheNextCellsValueAndTheTracebacksNextCell) {
    std::size_t cells = 0, traces = 0;
    for (auto& run : seededRuns(Area::DynamicProgramming)) {
        auto& d = *run->as<dp::DpItemRun>();
        for (std::size_t k = 0; k < run->stepCount(); ++k) {
            run->seek(k);
            const dp::DpState before = d.state();
            const auto p = predictNext(*run);
            run->seek(k + 1);
            const dp::DpState after = d.state();
            std::vector<dp::CellId> valueChanged;
            for (dp::CellId c = 0; c < before.value.size(); ++c)
                if (before.value[c] != after.value[c] || before.mark[c] != after.mark[c]) valueChanged.push_back(c);
            run->seek(k);
            if (!p) {
                // Only traceback steps go unasked, and only where the traceback had no choice.
                EXPECT_GE(k, d.fillSteps()) << run->itemId() << " step " << k + 1;
                continue;
            }
            checkShape(*p, k, *run);
            if (p->kind == PredictionKind::Cell) {
                ++cells;
                ASSERT_EQ(valueChanged.size(), 1u);
                const dp::CellId c = valueChanged[0];
                EXPECT_EQ(after.rowOf(c), p->row);
                EXPECT_EQ(after.colOf(c), p->col);
                const std::int64_t v = after.value[c];
                if (v == dp::infinity) {
                    EXPECT_EQ(p->check("inf").outcome, Outcome::Right);
                    EXPECT_EQ(p->check("3").outcome, Outcome::Wrong);
                } else {
                    EXPECT_EQ(p->check(std::to_string(v)).outcome, Outcome::Right);
                    EXPECT_EQ(p->check(std::to_string(v + 1)).outcome, Outcome::Wrong);
                    EXPECT_EQ(p->check("∞").outcome, Outcome::Wrong);
                }
                EXPECT_EQ(p->check("abc").outcome, Outcome::Invalid);
            } else {
                ++traces;
                ASSERT_FALSE(after.path.empty());
                const dp::CellId c = after.path.back();
                const std::string at = "[" + std::to_string(after.rowOf(c)) + "][" + std::to_string(after.colOf(c)) + "]";
                EXPECT_EQ(p->expected.rfind(at, 0), 0u) << p->expected << " vs " << at;
            }
        }
    }
    EXPECT_GT(cells, 1000u);
    EXPECT_GT(traces, 20u);
}

TEST(Prediction, StructureQuestionsAreWhatTheNextOperationAnswers) {
    std::size_t asked = 0;
    for (auto& run : seededRuns(Area::Structures)) {
        const auto outcomes = run->result()["outcomes"];
        for (std::size_t k = 0; k < run->stepCount(); ++k) {
            run->seek(k);
            const auto p = predictNext(*run);
            if (!p) continue;
            checkShape(*p, k, *run);
            ++asked;
            // The operation starting at k+1, read from the outcomes as they stand once it is done.
            const std::size_t g = run->groupOf(k + 1);
            ASSERT_LT(g, run->groups().size());
            EXPECT_EQ(run->groups()[g].first, k + 1);
            run->seek(run->groups()[g].last);
            const auto done = run->resultSoFar()["outcomes"];
            const std::size_t index = g - (run->groups().size() == outcomes.size() + 1 ? 1 : 0);
            ASSERT_LT(index, done.size());
            EXPECT_EQ(done[index]["answer"].get<std::string>(), p->expected) << p->prompt;
            EXPECT_NE(p->prompt.find("`" + done[index]["operation"].get<std::string>() + "`"), std::string::npos);
        }
    }
    EXPECT_GT(asked, 100u);
}

TEST(Prediction, CacheQuestionsAreHitOrMissAndTheEvictedKey) {
    std::size_t hits = 0, evictions = 0;
    for (auto& run : seededRuns(Area::Caching)) {
        auto& c = *run->as<cache::CacheItemRun>();
        for (std::size_t k = 0; k < run->stepCount(); ++k) {
            run->seek(k);
            const auto before = run->resultSoFar();
            std::vector<std::set<std::string>> keys;
            for (std::size_t s = 0; s < c.sides(); ++s) {
                keys.emplace_back();
                for (const auto& slot : c.slots(s)) keys.back().insert(slot.name);
            }
            const auto p = predictNext(*run);
            if (p) checkShape(*p, k, *run);
            run->seek(k + 1);
            const auto after = run->resultSoFar();
            if (c.currentSide() != 0) continue;  // the compared policy's counts are its own
            const auto count = [&](const char* what) {
                // A count so far, or at the end (result()) the list of what was counted.
                const auto n = [&](const nlohmann::json& j) -> std::int64_t {
                    if (!j.contains(what)) return 0;
                    return j[what].is_array() ? static_cast<std::int64_t>(j[what].size()) : j[what].get<std::int64_t>();
                };
                return n(after) - n(before);
            };
            if (!p) {
                EXPECT_EQ(count("hits") + count("misses"), 0) << "a request went unasked at step " << k + 1;
                continue;
            }
            if (p->expected == "hit" || p->expected == "miss") {
                ++hits;
                EXPECT_EQ(count(p->expected == "hit" ? "hits" : "misses"), 1) << p->prompt;
                continue;
            }
            ++evictions;
            // The victim: held when the request began, gone after it.
            std::set<std::string> now, then;
            for (const auto& slot : c.slots(0)) now.insert(slot.name);
            run->seek(run->groups()[run->groupOf(k + 1)].first - 1);
            for (const auto& slot : c.slots(0)) then.insert(slot.name);
            EXPECT_TRUE(then.count(p->expected) && !now.count(p->expected)) << p->prompt;
            std::set<std::string> offered(p->choices.begin(), p->choices.end());
            EXPECT_EQ(offered, then) << p->prompt;
        }
    }
    EXPECT_GT(hits, 500u);
    EXPECT_GT(evictions, 100u);
}

TEST(Prediction, BalancerQuestionsAreTheBackendOfEveryRequest) {
    std::size_t asked = 0;
    for (auto& run : seededRuns(Area::LoadBalancing)) {
        for (std::size_t k = 0; k < run->stepCount(); ++k) {
            run->seek(k);
            const auto p = predictNext(*run);
            ASSERT_TRUE(p) << "every step picks a backend";
            checkShape(*p, k, *run);
            ++asked;
            run->seek(k + 1);
            EXPECT_EQ(run->resultSoFar()["picks"].back().get<std::string>(), p->expected);
        }
    }
    EXPECT_GT(asked, 300u);
}

TEST(Prediction, BreakerQuestionsArePermissionsAndTransitions) {
    std::size_t calls = 0, transitions = 0;
    for (const auto& item : catalogue::catalogue()) {
        if (item.id != "breaker") continue;
        {
            auto run = item.start(item.presetOptions());
            auto& b = *run->as<resilience::BreakerItemRun>();
            for (std::size_t k = 0; k < run->stepCount(); ++k) {
                run->seek(k);
                const auto p = predictNext(*run);
                if (!p) continue;
                checkShape(*p, k, *run);
                run->seek(k + 1);
                if (p->expected == "permitted" || p->expected == "rejected") {
                    ++calls;
                } else {
                    ++transitions;
                    EXPECT_EQ(resilience::stateName(b.breaker().state()), p->expected);
                }
            }
        }
    }
    EXPECT_GT(calls, 3u);
    EXPECT_GT(transitions, 0u);
}

TEST(Prediction, ATripRecordedMidCallIsAskedFromTheStateBeforeIt) {
    // Call 2's failure trips the breaker in the same call: at its record step the breaker is still
    // CLOSED, and the next step is the transition (before, the question was dropped: "from" was
    // read after the whole call, already OPEN).
    const auto& item = catalogue::requireItem("breaker");
    catalogue::Options o;
    o.set("sliding-window-size", "2");
    o.set("minimum-number-of-calls", "2");
    o.set("calls", "F,F");
    auto run = item.start(o);
    auto& b = *run->as<resilience::BreakerItemRun>();
    std::size_t asked = 0;
    for (std::size_t k = 1; k < run->stepCount(); ++k) {
        run->seek(k + 1);
        const bool transitionNext = b.currentEvent()->kind == resilience::BreakerEvent::Kind::Transition;
        run->seek(k);
        if (!transitionNext) continue;
        const auto p = predictNext(*run);
        ASSERT_TRUE(p.has_value()) << k;
        EXPECT_EQ(p->prompt, "The breaker leaves CLOSED: to which state?");
        EXPECT_EQ(p->expected, "OPEN");
        ++asked;
    }
    EXPECT_EQ(asked, 1u);
}

TEST(Prediction, QueueQuestionsAreTheJobAWorkerReceives) {
    // Independent of the prediction's code: the job received is the oldest of the highest-priority
    // lane that holds any (SQS with priority lanes), and the step after is that receive.
    std::size_t asked = 0;
    for (const char* preset : {"", "dead-letters", "autoscale"}) {
        const auto& item = catalogue::requireItem("queue");
        catalogue::Options o = item.presetOptions(*preset ? preset : "example");
        o.set("priorities", "3");
        auto run = item.start(o);
        auto& q = *run->as<queue::QueueItemRun>();
        for (std::size_t k = 0; k < run->stepCount(); ++k) {
            run->seek(k);
            const auto p = predictNext(*run);
            if (!p) continue;
            checkShape(*p, k, *run);
            std::uint32_t oldest = 0xFFFFFFFFu;
            for (const auto& lane : q.sim().lanes())
                if (!lane.empty()) {
                    oldest = lane.front();
                    break;
                }
            ASSERT_NE(oldest, 0xFFFFFFFFu) << "a question with nothing ready, step " << k + 1;
            EXPECT_EQ(p->expected, "job " + std::to_string(oldest + 1)) << "step " << k + 1;
            run->seek(k + 1);
            EXPECT_EQ(q.sim().last().kind, queue::QueueStep::Kind::Received);
            ++asked;
        }
    }
    EXPECT_GT(asked, 10u);
}

TEST(Prediction, PolicyQuestionsAreWhatTheRetryRateLimiterAndBulkheadDoNext) {
    // Checked against the step's own sentence, not its kind: the narration says what happened.
    std::size_t asked = 0;
    for (const char* id : {"retry", "rate-limiter", "bulkhead"}) {
        const auto& item = catalogue::requireItem(id);
        for (const auto& preset : item.presets) {
            auto run = item.start(item.presetOptions(preset.name));
            for (std::size_t k = 0; k < run->stepCount(); ++k) {
                run->seek(k);
                const auto p = predictNext(*run);
                if (!p) continue;
                checkShape(*p, k, *run);
                run->seek(k + 1);
                const std::string s = run->sentence();
                if (p->expected == "refused") {
                    EXPECT_NE(s.find("refused"), std::string::npos) << id << ": " << s;
                } else if (p->expected == "at once" || p->expected == "after a wait") {
                    EXPECT_EQ(s.find("refused"), std::string::npos) << id << ": " << s;
                } else if (p->expected == "gives up") {
                    EXPECT_EQ(s.find("backoff"), std::string::npos) << id << ": " << s;
                }
                ++asked;
            }
        }
    }
    EXPECT_GT(asked, 5u);
}

TEST(Prediction, NothingToPredictAtTheEnd) {
    for (const auto& item : catalogue::catalogue()) {
        if (item.area == Area::Lab) continue;
        auto run = item.start(item.presetOptions());
        run->seek(run->stepCount());
        EXPECT_FALSE(predictNext(*run)) << item.id;
    }
}

}  // namespace
}  // namespace stepwise::practice
