// The catalogue's `balancer` item: today's CLI picks, counts and trace, a pseudo-code line for each
// pick that names the policy's rule, the pick reason as words, seeking back, presets, bad input.
#include <gtest/gtest.h>

#include "core/balance/BalancerItemRun.h"
#include "core/balance/PickNarration.h"
#include "core/catalogue/Catalogue.h"
#include "core/common/InputError.h"

using namespace stepwise;

namespace {

const catalogue::CatalogueItem& balancerItem() {
    static const catalogue::CatalogueItem item = catalogue::balancerItems().at(0);
    return item;
}

std::unique_ptr<run::Run> start(std::map<std::string, std::string> values) {
    return balancerItem().start(catalogue::Options(std::move(values)));
}

const balance::BalancerItemRun& typed(const run::Run& run) {
    const auto* b = run.as<balance::BalancerItemRun>();
    EXPECT_NE(b, nullptr);
    return *b;
}

std::string snapshot(const run::Run& run) {
    const auto& b = typed(run);
    std::string out = std::to_string(b.sim().position()) + "@" + std::to_string(b.sim().now()) + ":";
    for (std::size_t i = 0; i < b.backends().size(); ++i)
        out += std::to_string(b.active()[i]) + "/" + std::to_string(b.counts()[i]) + "/" +
               std::to_string(b.sim().slowdown(i)) + ",";
    return out;
}

std::string expectError(std::map<std::string, std::string> values) {
    try {
        start(std::move(values));
    } catch (const InputError& e) {
        return e.what();
    }
    ADD_FAILURE() << "no InputError";
    return {};
}

const std::string& lineText(const run::Run& run) {
    return run.pseudocode()[static_cast<std::size_t>(run.line() - 1)];
}

}  // namespace

TEST(BalancerItem, WeightedRoundRobinGivesTodaysPicksTraceAndText) {
    auto run = start({{"policy", "weighted-round-robin"}, {"backends", "a:5,b:1,c:1"}, {"requests", "7"}});
    EXPECT_EQ(run->result(), nlohmann::json::parse(R"({"counts": {"a": 5, "b": 1, "c": 1},
        "picks": ["a", "a", "b", "a", "c", "a", "a"], "policy": "weighted-round-robin"})"));
    ASSERT_EQ(run->stepCount(), 7u);
    const std::vector<std::string> sentences = {
        "request 1 → a, done at tick 4", "request 2 → a, done at tick 4", "request 3 → b, done at tick 4",
        "request 4 → a, done at tick 6", "request 5 → c, done at tick 9", "request 6 → a, done at tick 19",
        "request 7 → a, done at tick 12"};
    for (std::size_t k = 1; k <= 7; ++k) {
        run->forward();
        EXPECT_EQ(run->sentence(), sentences[k - 1]);
        EXPECT_EQ(run->line(), 4);  // "chosen ← the backend with the largest current weight"
    }
    EXPECT_EQ(run->resultText(), "weighted-round-robin, 7 requests\na  5\nb  1\nc  1\n");
    EXPECT_TRUE(run->groups().empty());
}

TEST(BalancerItem, PowerOfTwoSentenceNamesTheOtherCandidate) {
    auto run =
        start({{"policy", "power-of-two"}, {"backends", "a,b,c,d"}, {"requests", "10"}, {"seed", "3"}});
    for (std::size_t k = 1; k <= run->stepCount(); ++k) {
        run->forward();
        const auto& b = typed(*run);
        const auto pick = *b.lastPick();
        ASSERT_LT(pick.other, 4u);
        EXPECT_NE(pick.other, pick.backend);
        const std::string other = b.backends()[pick.other].name;
        EXPECT_NE(run->sentence().find("vs " + other + " with"), std::string::npos) << run->sentence();
        EXPECT_NE(b.pickReason().find("sampled " + b.backends()[pick.backend].name + " and " + other),
                  std::string::npos);
        // The policy's rule, checked from the active counts at the pick: the winner had no more.
        EXPECT_LE(balance::activeAtPick(b.sim(), pick.backend), balance::activeAtPick(b.sim(), pick.other));
    }
}

TEST(BalancerItem, EveryPickLightsTheLineOfItsRule) {
    for (const auto& policy : balance::balancerNames()) {
        auto run = start({{"policy", policy}, {"backends", "a:2,b,c"}, {"requests", "200"}, {"slow", "b"}});
        for (std::size_t k = 1; k <= run->stepCount(); ++k) {
            run->forward();
            ASSERT_GE(run->line(), 1);
            ASSERT_LE(run->line(), static_cast<int>(run->pseudocode().size()));
            EXPECT_NE(lineText(*run).find("chosen ←"), std::string::npos)
                << policy << " step " << k << ": " << lineText(*run);
            EXPECT_FALSE(run->sentence().empty());
            EXPECT_FALSE(typed(*run).pickReason().empty());
        }
    }
}

TEST(BalancerItem, LeastConnectionsTiesLightTheTieBreakLine) {
    auto run = start({{"policy", "least-connections"}, {"backends", "a,b,c"}, {"requests", "300"}});
    std::size_t ties = 0, unique = 0;
    for (std::size_t k = 1; k <= run->stepCount(); ++k) {
        run->forward();
        const auto& b = typed(*run);
        // Count the backends at the fewest active (equal weights) independently of the narration.
        std::uint32_t fewest = ~0u;
        for (std::size_t i = 0; i < 3; ++i) fewest = std::min(fewest, balance::activeAtPick(b.sim(), i));
        std::size_t tied = 0;
        for (std::size_t i = 0; i < 3; ++i) tied += balance::activeAtPick(b.sim(), i) == fewest;
        EXPECT_EQ(balance::activeAtPick(b.sim(), b.lastPick()->backend), fewest);
        const bool roundRobin = lineText(*run).find("round robin") != std::string::npos;
        EXPECT_EQ(roundRobin, tied > 1) << "step " << k;
        EXPECT_EQ(b.pickReason().find("tie") != std::string::npos, tied > 1) << b.pickReason();
        (tied > 1 ? ties : unique) += 1;
    }
    EXPECT_GT(ties, 0u);
    EXPECT_GT(unique, 0u);
}

TEST(BalancerItem, TheExampleAndEveryPresetRunAndSeekBackToTheirStart) {
    std::vector<std::string> names = {"example"};
    for (const auto& p : balancerItem().presets) names.push_back(p.name);
    for (const auto& name : names) {
        auto run = balancerItem().build(balancerItem().presetOptions(name), {});
        EXPECT_EQ(run->stepCount(), 300u) << name;
        const std::string initial = snapshot(*run);
        const std::string intro = run->sentence();
        EXPECT_FALSE(intro.empty());
        EXPECT_FALSE(typed(*run).lastPick());
        for (std::size_t k = 1; k <= run->stepCount(); ++k) {
            run->forward();
            ASSERT_GE(run->line(), 1);
            ASSERT_LE(run->line(), static_cast<int>(run->pseudocode().size()));
            ASSERT_FALSE(run->sentence().empty());
        }
        const std::string end = snapshot(*run);
        run->seek(123);
        const std::string middle = snapshot(*run);
        run->seek(0);
        EXPECT_EQ(snapshot(*run), initial) << name;
        EXPECT_EQ(run->sentence(), intro);
        run->seek(123);
        EXPECT_EQ(snapshot(*run), middle);
        run->seek(300);
        EXPECT_EQ(snapshot(*run), end);
        std::uint64_t total = 0;
        const nlohmann::json result = run->result();  // by value: keep it alive while iterating
        for (const auto& [backend, count] : result["counts"].items()) total += count.get<std::uint64_t>();
        EXPECT_EQ(total, 300u);
    }
    auto plain = start({});
    EXPECT_EQ(plain->result(), balancerItem().build(balancerItem().presetOptions(), {})->result());
    EXPECT_EQ(plain->result()["policy"], "least-connections");
    auto ring = balancerItem().build(balancerItem().presetOptions("consistent-hash"), {});
    EXPECT_EQ(typed(*ring).ring().points(), 400u);
    EXPECT_EQ(typed(*ring).sampleKeys().size(), balance::BalancerItemRun::sampleKeyCount);
}

TEST(BalancerItem, SlowAtChangesOnlyTheFuture) {
    const std::map<std::string, std::string> base = {
        {"policy", "least-connections"}, {"backends", "a,b,c"}, {"requests", "60"}};
    auto normal = start(base);
    auto slowed = base;
    slowed["slow"] = "b";
    slowed["slow-at"] = "20";
    auto later = start(slowed);
    const nlohmann::json picksNormal = normal->result()["picks"];
    const nlohmann::json picksLater = later->result()["picks"];
    for (std::size_t i = 0; i < 20; ++i) EXPECT_EQ(picksNormal[i], picksLater[i]) << i;
    EXPECT_NE(picksNormal, picksLater);
    later->seek(19);
    EXPECT_EQ(typed(*later).sim().slowdown(1), 1.0);
    later->seek(20);
    EXPECT_EQ(typed(*later).sim().slowdown(1), 8.0);
    later->seek(0);
    EXPECT_EQ(typed(*later).sim().slowdown(1), 1.0);
    slowed["slow-at"] = "0";
    auto fromStart = start(slowed);
    fromStart->seek(0);
    EXPECT_EQ(typed(*fromStart).sim().slowdown(1), 8.0);
}

TEST(BalancerItem, BadInputNamesTheOption) {
    EXPECT_NE(expectError({{"policy", "random"}, {"backends", "a"}}).find("--policy"), std::string::npos);
    const std::string slow = expectError({{"backends", "a,b"}, {"slow", "z"}});
    EXPECT_NE(slow.find("--slow"), std::string::npos) << slow;
    EXPECT_NE(slow.find("'z'"), std::string::npos) << slow;
    EXPECT_NE(expectError({{"backends", "a:0"}}).find("--backends"), std::string::npos);
    EXPECT_NE(expectError({{"backends", "a,a"}}).find("--backends"), std::string::npos);
    EXPECT_NE(expectError({{"backends", "a"}, {"requests", "10000001"}}).find("--requests"),
              std::string::npos);
    EXPECT_NE(expectError({{"backends", "a"}, {"latency", "0"}}).find("--latency"), std::string::npos);
    EXPECT_NE(expectError({{"backends", "a"}, {"slow-at", "3"}}).find("--slow-at"), std::string::npos);
}
