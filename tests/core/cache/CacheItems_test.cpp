// The catalogue's `cache` item: today's CLI results and trace for typed accesses, a pseudo-code line
// that names what each event does, requests as groups, seeking back, presets and bad input.
#include <gtest/gtest.h>

#include <set>

#include "core/cache/CacheItemRun.h"
#include "core/cache/CachePseudocode.h"
#include "core/cache/CacheSimulation.h"
#include "core/catalogue/Catalogue.h"
#include "core/common/InputError.h"

using namespace stepwise;

namespace {

const catalogue::CatalogueItem& cacheItem() {
    static const catalogue::CatalogueItem item = catalogue::cacheItems().at(0);
    return item;
}

std::unique_ptr<cache::CacheItemRun> start(std::map<std::string, std::string> values) {
    auto run = cacheItem().start(catalogue::Options(std::move(values)));
    auto* typed = dynamic_cast<cache::CacheItemRun*>(run.get());
    EXPECT_NE(typed, nullptr);
    run.release();
    return std::unique_ptr<cache::CacheItemRun>(typed);
}

/// Everything a view shows of one side: slots with their details, and the counts.
std::string snapshot(const cache::CacheItemRun& run) {
    std::string out;
    for (std::size_t side = 0; side < run.sides(); ++side) {
        const auto& c = run.cacheAt(side);
        out += std::to_string(c.position()) + "/" + std::to_string(c.hits()) + "/" +
               std::to_string(c.misses()) + "/" + std::to_string(c.evictions()) + "/" +
               std::to_string(c.expirations()) + ":";
        for (const auto& s : run.slots(side))
            out += s.name + "(" + s.detail + "," + std::to_string(s.ttlLeft) + ")";
        out += "|";
    }
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

}  // namespace

TEST(CacheItem, TypedAccessesGiveTodaysResultTraceAndText) {
    auto run = start({{"policy", "lru"}, {"capacity", "2"}, {"ops", "a,b,a,c,b"}});
    EXPECT_EQ(run->result(),
              nlohmann::json::parse(R"({"capacity": 2, "evictions": ["b", "a"], "expirations": [],
        "hit_ratio": 0.2, "hits": 1, "misses": 4, "policy": "lru"})"));
    ASSERT_EQ(run->stepCount(), 11u);
    const std::vector<std::string> sentences = {"tick 1: miss: a is not in the cache",
                                                "tick 1: insert a",
                                                "tick 2: miss: b is not in the cache",
                                                "tick 2: insert b",
                                                "tick 3: hit: a is in the cache",
                                                "tick 4: miss: c is not in the cache",
                                                "tick 4: evict b — least recently used: idle 2 ticks",
                                                "tick 4: insert c",
                                                "tick 5: miss: b is not in the cache",
                                                "tick 5: evict a — least recently used: idle 2 ticks",
                                                "tick 5: insert b"};
    // The lines of the LRU listing each event belongs to (1-based): miss 7, insert 9, hit 5, evict 8.
    const std::vector<int> lines = {7, 9, 7, 9, 5, 7, 8, 9, 7, 8, 9};
    for (std::size_t k = 1; k <= run->stepCount(); ++k) {
        ASSERT_TRUE(run->forward());
        EXPECT_EQ(run->sentence(), sentences[k - 1]) << "step " << k;
        EXPECT_EQ(run->line(), lines[k - 1]) << "step " << k;
    }
    EXPECT_EQ(run->resultText(), "lru, capacity 2: 1 hits, 4 misses\nevicted: b a\n");
    EXPECT_TRUE(run->warnings().empty());
}

TEST(CacheItem, TtlAddsTheExpiredLineAndExpiryEvents) {
    auto run = start({{"policy", "lfu"}, {"capacity", "3"}, {"ops", "a,b,c,a,a,b,d,e,a"}, {"ttl", "4"}});
    EXPECT_EQ(run->resultText(), "lfu, capacity 3: 1 hits, 8 misses\nevicted: c a b\nexpired: a b\n");
    ASSERT_EQ(run->stepCount(), 22u);
    run->seek(8);
    EXPECT_EQ(run->sentence(), "tick 5: a expired (found on access)");
    EXPECT_NE(run->pseudocode()[static_cast<std::size_t>(run->line() - 1)].find("lazy expiry"),
              std::string::npos);
}

TEST(CacheItem, EveryStepLightsTheLineThatNamesItsEvent) {
    std::set<cache::CacheEventKind> seen;
    for (const auto& policy : cache::policyNames()) {
        // Zipf with TTL 12 over 400 ticks: hits, misses, evictions, lazy and active expiry.
        for (const std::string compare : {"", "fifo"}) {
            std::map<std::string, std::string> o = {
                {"policy", policy},  {"capacity", "6"}, {"workload", "zipf:0.9:40"},
                {"requests", "400"}, {"ttl", "12"},     {"seed", "3"}};
            if (!compare.empty()) o["compare"] = compare;
            auto run = start(o);
            const auto& code = run->pseudocode();
            for (std::size_t k = 1; k <= run->stepCount(); ++k) {
                run->forward();
                const auto event = run->currentEvent();
                ASSERT_TRUE(event);
                seen.insert(event->kind);
                ASSERT_GE(run->line(), 1);
                ASSERT_LE(run->line(), static_cast<int>(code.size()));
                const std::string& text = code[static_cast<std::size_t>(run->line() - 1)];
                EXPECT_NE(text.find(cache::kindName(event->kind)), std::string::npos)
                    << policy << " step " << k << ": " << run->sentence() << " lit '" << text << "'";
                // With a comparison, the second policy's events light its own block of lines.
                const auto firstSize = static_cast<int>(cache::cachePseudocode(policy).size());
                EXPECT_EQ(run->currentSide() == 1, run->line() > firstSize) << policy << " step " << k;
                ASSERT_FALSE(run->sentence().empty());
            }
        }
    }
    for (auto kind :
         {cache::CacheEventKind::Hit, cache::CacheEventKind::Miss, cache::CacheEventKind::Insert,
          cache::CacheEventKind::Evict, cache::CacheEventKind::Expire, cache::CacheEventKind::Promote})
        EXPECT_TRUE(seen.count(kind))
            << cache::kindName(kind) << " never happened: the test covers less than it claims";
}

TEST(CacheItem, ActiveAndLazyExpiryLightDifferentLines) {
    auto run = start({{"policy", "lru"},
                      {"capacity", "8"},
                      {"workload", "zipf:0.9:40"},
                      {"requests", "400"},
                      {"ttl", "12"}});
    std::set<int> active, lazy;
    for (std::size_t k = 1; k <= run->stepCount(); ++k) {
        run->forward();
        const auto e = run->currentEvent();
        if (e->kind == cache::CacheEventKind::Expire) (e->active ? active : lazy).insert(run->line());
    }
    ASSERT_FALSE(active.empty());
    ASSERT_FALSE(lazy.empty());
    EXPECT_EQ(active, std::set<int>{2});
    EXPECT_EQ(lazy, std::set<int>{3});
}

TEST(CacheItem, GroupsAreTheRequestsCoveringEveryStepOnceInOrder) {
    for (const std::string compare : {"", "lfu"}) {
        std::map<std::string, std::string> o = {
            {"policy", "clock"}, {"capacity", "3"}, {"ops", "a,b,c,a,d,b,e,a,a"}};
        if (!compare.empty()) o["compare"] = compare;
        auto run = start(o);
        const auto& groups = run->groups();
        ASSERT_EQ(groups.size(), 9u);
        std::size_t next = 1;
        for (std::size_t g = 0; g < groups.size(); ++g) {
            EXPECT_EQ(groups[g].label, "tick " + std::to_string(g + 1));
            EXPECT_EQ(groups[g].first, next);
            EXPECT_GE(groups[g].last, groups[g].first);
            for (std::size_t k = groups[g].first; k <= groups[g].last; ++k) {
                run->seek(k);
                EXPECT_EQ(run->requestsServed(), g + 1);
                EXPECT_EQ(run->groupOf(k), g);
                EXPECT_EQ(run->sentence().rfind(groups[g].label + (compare.empty() ? ":" : ","), 0), 0u)
                    << run->sentence();
            }
            next = groups[g].last + 1;
        }
        EXPECT_EQ(next, run->stepCount() + 1);
    }
}

TEST(CacheItem, TheExampleAndEveryPresetRunAndSeekBackToTheirStart) {
    std::vector<std::string> names = {"example"};
    for (const auto& p : cacheItem().presets) names.push_back(p.name);
    EXPECT_EQ(names.size(), 3u);
    for (const auto& name : names) {
        auto any = cacheItem().build(cacheItem().presetOptions(name), {});
        auto* run = any->as<cache::CacheItemRun>();
        ASSERT_NE(run, nullptr) << name;
        EXPECT_TRUE(run->comparing()) << name;
        EXPECT_GT(run->stepCount(), 400u) << name;
        const std::string initial = snapshot(*run);
        const std::string intro = run->sentence();
        EXPECT_FALSE(intro.empty());
        EXPECT_EQ(run->line(), 0);
        for (std::size_t k = 1; k <= run->stepCount(); ++k) {
            run->forward();
            ASSERT_GE(run->line(), 1) << name << " step " << k;
            ASSERT_LE(run->line(), static_cast<int>(run->pseudocode().size())) << name << " step " << k;
            ASSERT_FALSE(run->sentence().empty()) << name << " step " << k;
        }
        const std::string end = snapshot(*run);
        EXPECT_NE(end, initial);
        EXPECT_EQ(run->cacheAt(0).position(), 400u);
        EXPECT_EQ(run->result()["hits"].get<std::size_t>() + run->result()["misses"].get<std::size_t>(),
                  400u);
        run->seek(run->stepCount() / 2);
        const std::string middle = snapshot(*run);
        run->seek(0);
        EXPECT_EQ(snapshot(*run), initial) << name;
        EXPECT_EQ(run->sentence(), intro);
        run->seek(run->stepCount() / 2);
        EXPECT_EQ(snapshot(*run), middle) << name;
        run->seek(run->stepCount());
        EXPECT_EQ(snapshot(*run), end) << name;
    }
}

TEST(CacheItem, NoAccessesRunsTheExampleAndOtherOptionsOverrideIt) {
    auto plain = cacheItem().start({});
    auto example = cacheItem().build(cacheItem().presetOptions(), {});
    EXPECT_EQ(plain->result(), example->result());
    EXPECT_EQ(plain->result()["policy"], "lru");
    EXPECT_EQ(plain->result()["compare"]["policy"], "lfu");
    auto fifo = start({{"policy", "fifo"}});
    EXPECT_EQ(fifo->result()["policy"], "fifo");
    EXPECT_EQ(fifo->result()["compare"]["policy"], "lfu");
    EXPECT_EQ(fifo->requestCount(), 400u);
}

TEST(CacheItem, TheTtlPresetExpiresKeys) {
    auto run = cacheItem().build(cacheItem().presetOptions("ttl"), {});
    EXPECT_FALSE(run->result()["expirations"].empty());
    EXPECT_FALSE(run->result()["compare"]["expirations"].empty());
}

TEST(CacheItem, CompareResultIsTheSecondPolicysOwnReplay) {
    auto run =
        start({{"policy", "lru"}, {"compare", "s3-fifo"}, {"capacity", "4"}, {"ops", "a,b,c,a,d,e,f,a,g"}});
    auto alone = start({{"policy", "s3-fifo"}, {"capacity", "4"}, {"ops", "a,b,c,a,d,e,f,a,g"}});
    auto first = start({{"policy", "lru"}, {"capacity", "4"}, {"ops", "a,b,c,a,d,e,f,a,g"}});
    nlohmann::json expected = first->result();
    expected["compare"] = alone->result();
    EXPECT_EQ(run->result(), expected);
    EXPECT_EQ(run->stepCount(), first->stepCount() + alone->stepCount());
    EXPECT_EQ(run->resultText(), first->resultText() + alone->resultText());
}

TEST(CacheItem, EvictionReasonsAreDataThatMatchTheSentence) {
    auto run = start({{"policy", "lfu"}, {"capacity", "2"}, {"ops", "a,a,b,c,d,b,b,e"}});
    std::size_t evictions = 0;
    for (std::size_t k = 1; k <= run->stepCount(); ++k) {
        run->forward();
        const auto e = run->currentEvent();
        if (e->kind != cache::CacheEventKind::Evict) continue;
        ++evictions;
        // The sentence is "tick N: evict KEY — WHY"; the words give KEY and WHY without splitting it.
        EXPECT_EQ(run->sentence(), "tick " + std::to_string(run->requestsServed()) + ": evict " +
                                       run->keyName(e->key) + " — " + e->why);
        const auto words = run->requestWords(0);
        ASSERT_FALSE(words.leaving.empty());
        EXPECT_EQ(words.leaving.front().why, e->why);
        EXPECT_FALSE(words.hit);
        EXPECT_TRUE(words.inserted);
    }
    EXPECT_EQ(evictions, run->result()["evictions"].size());
}

TEST(CacheItem, SlotsSayWhatTheViewsShowed) {
    auto run = start({{"policy", "lfu"}, {"capacity", "3"}, {"ops", "a,b,a"}, {"ttl", "5"}});
    run->seek(run->stepCount());
    const auto slots = run->slots(0);
    ASSERT_EQ(slots.size(), 2u);
    // After tick 3: b used once at tick 2, a twice (last at tick 3); LFU's next victim first.
    EXPECT_EQ(slots[0].name, "b");
    EXPECT_EQ(slots[0].detail, "freq 1 · idle 1");
    EXPECT_EQ(slots[1].name, "a");
    EXPECT_EQ(slots[1].detail, "freq 2 · idle 0");
    EXPECT_TRUE(slots[1].hit);
    EXPECT_EQ(slots[0].ttlLeft, 4);  // written at tick 2 with TTL 5: expires at 7
}

TEST(CacheItem, EventWordsFollowTheEventsOrder) {
    EXPECT_EQ(cache::eventWords(cache::cache_event::Hit{1}).kind, cache::CacheEventKind::Hit);
    EXPECT_EQ(cache::eventWords(cache::cache_event::Miss{1}).kind, cache::CacheEventKind::Miss);
    EXPECT_EQ(cache::eventWords(cache::cache_event::Insert{1}).kind, cache::CacheEventKind::Insert);
    const auto evict = cache::eventWords(cache::cache_event::Evict{4, cache::EvictReason::ClockHand, 2});
    EXPECT_EQ(evict.kind, cache::CacheEventKind::Evict);
    EXPECT_EQ(evict.key, 4u);
    EXPECT_EQ(evict.why, "the clock hand found its bit clear after passing 2 slots");
    const auto expire = cache::eventWords(cache::cache_event::Expire{3, true});
    EXPECT_EQ(expire.kind, cache::CacheEventKind::Expire);
    EXPECT_EQ(expire.why, "expired (found by the active sampler)");
    EXPECT_EQ(cache::eventWords(cache::cache_event::Promote{1}).kind, cache::CacheEventKind::Promote);
}

TEST(CacheItem, HitRatioSeriesEndsAtTheResult) {
    auto run =
        start({{"policy", "lru"}, {"compare", "lfu"}, {"workload", "zipf:0.9:40"}, {"requests", "400"}});
    for (std::size_t side = 0; side < 2; ++side) {
        const auto& series = run->hitRatio(side);
        ASSERT_FALSE(series.empty());
        EXPECT_EQ(series.samples().back().at, 400);
        const nlohmann::json r = side == 0 ? run->result() : run->result()["compare"];
        EXPECT_DOUBLE_EQ(series.samples().back().value, r["hit_ratio"].get<double>());
    }
    EXPECT_EQ(run->samplesUpTo(0), 0u);
    EXPECT_EQ(run->samplesUpTo(400), run->hitRatio(0).size());
}

TEST(CacheItem, BadInputNamesTheOption) {
    EXPECT_NE(expectError({{"policy", "lru"}, {"capacity", "0"}, {"ops", "a,b"}}).find("--capacity"),
              std::string::npos);
    EXPECT_NE(expectError({{"policy", "mru"}, {"capacity", "2"}, {"ops", "a,b"}}).find("--policy"),
              std::string::npos);
    EXPECT_NE(expectError({{"policy", "lru"}, {"compare", "mru"}, {"ops", "a,b"}}).find("--compare"),
              std::string::npos);
    const std::string missing = expectError({{"policy", "lru"}, {"capacity", "2"}, {"ops", "/no/such/file"}});
    EXPECT_NE(missing.find("--ops"), std::string::npos) << missing;
    EXPECT_NE(missing.find("/no/such/file"), std::string::npos) << missing;
    EXPECT_NE(expectError({{"policy", "lru"}, {"ttl", "0"}, {"ops", "a"}}).find("--ttl"), std::string::npos);
    EXPECT_NE(expectError({{"policy", "lru"}, {"samples", "0"}, {"ops", "a"}}).find("--samples"),
              std::string::npos);
    EXPECT_NE(expectError({{"workload", "zipf:x:40"}}).find("--workload"), std::string::npos);
    EXPECT_NE(expectError({{"workload", "scan:4"}, {"requests", "0"}}).find("--requests"), std::string::npos);
    EXPECT_NE(expectError({{"ops", "a,b"}, {"workload", "scan:4"}}).find("--workload"), std::string::npos);
}

TEST(CacheItem, MissRatioCurveEndsAtTwiceTheCapacityAndMatchesTheResultAtItsCapacity) {
    auto run = start({{"policy", "lru"},
                      {"compare", "lfu"},
                      {"capacity", "5"},
                      {"workload", "zipf:0.9:40"},
                      {"requests", "300"}});
    for (std::size_t side = 0; side < 2; ++side) {
        const auto curve = run->missRatioCurve(side);
        ASSERT_EQ(curve.size(), 10u);
        EXPECT_EQ(curve.front().capacity, 1u);
        EXPECT_EQ(curve.back().capacity, 10u);
        const nlohmann::json r = side == 0 ? run->result() : run->result()["compare"];
        EXPECT_DOUBLE_EQ(curve[4].missRatio, r["misses"].get<double>() / 300.0);
    }
}
