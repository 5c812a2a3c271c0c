// `stepwise-cli run cache` and `run balancer` end to end, as a user meets them: the JSON document's
// shape and values (against small references written here), exit statuses, and one message per kind
// of bad input. Only what the tool prints is checked, so these survive a rewrite of app/cli;
// messages are matched loosely: the option's name must appear, the wording may change.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "tests/cli/CliRunner.h"

namespace stepwise::cli::testing {
namespace {

using nlohmann::json;

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

/// Bad input: exit 2, nothing on stdout, a message on stderr that names `option`.
void expectRejected(const std::vector<std::string>& args, const std::string& option) {
    const CliResult r = runCli(args);
    std::string command;
    for (const auto& a : args) command += a + " ";
    EXPECT_EQ(r.status, 2) << command << "\n" << r.err;
    EXPECT_TRUE(r.out.empty()) << command << "\n" << r.out;
    EXPECT_TRUE(r.err.starts_with("stepwise-cli: ")) << command << "\n" << r.err;
    EXPECT_TRUE(contains(r.err, option))
        << command << "\nexpected the message to name '" << option << "': " << r.err;
}

json runJson(const std::vector<std::string>& args) {
    auto withJson = args;
    withJson.push_back("--json");
    const CliResult r = runCli(withJson);
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(r.err.empty()) << r.err;
    return r.status == 0 ? json::parse(r.out) : json();
}

std::string joined(const std::vector<std::string>& keys) {
    std::string s;
    for (const auto& k : keys) s += (s.empty() ? "" : ",") + k;
    return s;
}

struct Replayed {
    std::size_t hits = 0, misses = 0;
    std::vector<std::string> evictions;
};

/// The two simplest policies, written out plainly: a recency list and a queue.
Replayed referenceReplay(const std::string& policy, std::size_t capacity,
                         const std::vector<std::string>& keys) {
    Replayed out;
    std::vector<std::string> order;  // front: next to go
    for (const auto& k : keys) {
        auto it = std::find(order.begin(), order.end(), k);
        if (it != order.end()) {
            ++out.hits;
            if (policy == "lru") {
                order.erase(it);
                order.push_back(k);
            }
            continue;
        }
        ++out.misses;
        if (order.size() == capacity) {
            out.evictions.push_back(order.front());
            order.erase(order.begin());
        }
        order.push_back(k);
    }
    return out;
}

std::vector<std::string> asStrings(const json& list) {
    std::vector<std::string> out;
    for (const auto& x : list) out.push_back(x.get<std::string>());
    return out;
}

}  // namespace

TEST(CacheCli, JsonHasTheCountsTheEvictionsInOrderAndTheHitRatio) {
    const json doc = runJson({"run", "cache", "--policy", "lru", "--capacity", "2", "--ops", "a,b,a,c,b"});
    EXPECT_EQ(doc["algorithm"], "cache");
    ASSERT_TRUE(doc.contains("result"));
    ASSERT_TRUE(doc.contains("steps"));
    const json& r = doc["result"];
    for (const char* key : {"hits", "misses", "evictions", "expirations", "hit_ratio"})
        EXPECT_TRUE(r.contains(key)) << key;
    EXPECT_EQ(r["hits"], 1);  // a, b, a (hit), c evicts b, b evicts a
    EXPECT_EQ(r["misses"], 4);
    EXPECT_EQ(r["evictions"], json({"b", "a"}));
    EXPECT_EQ(r["expirations"], json::array());
    EXPECT_DOUBLE_EQ(r["hit_ratio"].get<double>(), 0.2);
    EXPECT_GT(doc["steps"].get<std::size_t>(), 5u);  // at least one step per access
    EXPECT_FALSE(doc.contains("trace"));
}

TEST(CacheCli, LruAndFifoAgreeWithAPlainReferenceOnRandomSequences) {
    std::uint64_t state = 12345;
    auto next = [&](std::uint64_t bound) {  // a tiny LCG: these tests need variety, not quality
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return (state >> 33) % bound;
    };
    for (int round = 0; round < 12; ++round) {
        const std::size_t capacity = 1 + next(5);
        std::vector<std::string> keys;
        for (std::uint64_t i = 0, n = 5 + next(30); i < n; ++i) keys.push_back("k" + std::to_string(next(8)));
        for (const std::string policy : {"lru", "fifo"}) {
            const json doc = runJson({"run", "cache", "--policy", policy, "--capacity",
                                      std::to_string(capacity), "--ops", joined(keys)});
            const Replayed expected = referenceReplay(policy, capacity, keys);
            SCOPED_TRACE(policy + " capacity " + std::to_string(capacity) + " ops " + joined(keys));
            EXPECT_EQ(doc["result"]["hits"], expected.hits);
            EXPECT_EQ(doc["result"]["misses"], expected.misses);
            EXPECT_EQ(asStrings(doc["result"]["evictions"]), expected.evictions);
            EXPECT_DOUBLE_EQ(doc["result"]["hit_ratio"].get<double>(),
                             static_cast<double>(expected.hits) / static_cast<double>(keys.size()));
        }
    }
}

TEST(CacheCli, EveryPolicyRunsAndCountsEveryAccessOnce) {
    const std::vector<std::string> keys = {"a", "b", "c", "a", "d", "b", "e", "a", "f", "c", "a", "b"};
    for (const std::string policy :
         {"lru", "lfu", "fifo", "clock", "sampled-lru", "sampled-lfu", "s3-fifo"}) {
        const json doc =
            runJson({"run", "cache", "--policy", policy, "--capacity", "3", "--ops", joined(keys)});
        const json& r = doc["result"];
        EXPECT_EQ(r["hits"].get<std::size_t>() + r["misses"].get<std::size_t>(), keys.size()) << policy;
        // Every miss inserts, so what was evicted is what no longer fits: misses − capacity.
        EXPECT_EQ(r["evictions"].size(), r["misses"].get<std::size_t>() - 3) << policy;
        for (const auto& k : asStrings(r["evictions"]))
            EXPECT_NE(std::find(keys.begin(), keys.end(), k), keys.end()) << policy;
    }
}

TEST(CacheCli, TtlExpiresAKeyThatIsReadTooLate) {
    // a is written at tick 1 with a TTL of 2, so the access at tick 4 finds it expired: a miss.
    const json doc =
        runJson({"run", "cache", "--policy", "lru", "--capacity", "4", "--ops", "a,b,c,a", "--ttl", "2"});
    EXPECT_EQ(doc["result"]["hits"], 0);
    EXPECT_EQ(doc["result"]["misses"], 4);
    const auto expired = asStrings(doc["result"]["expirations"]);
    EXPECT_NE(std::find(expired.begin(), expired.end(), "a"), expired.end());
    EXPECT_EQ(doc["result"]["evictions"], json::array());
}

TEST(CacheCli, OpsFromAFileOneKeyPerLine) {
    TempDir dir;
    const std::string file = dir.write("keys.txt", "a\nb\na\nc\nb\n");
    const json doc = runJson({"run", "cache", "--policy", "lru", "--capacity", "2", "--ops", file});
    EXPECT_EQ(doc["result"]["hits"], 1);
    EXPECT_EQ(doc["result"]["evictions"], json({"b", "a"}));
}

TEST(CacheCli, TraceHasATextForEveryStep) {
    const CliResult r = runCli(
        {"run", "cache", "--policy", "lfu", "--capacity", "2", "--ops", "a,b,a,c,b", "--json", "--trace"});
    ASSERT_EQ(r.status, 0) << r.err;
    const json doc = json::parse(r.out);
    ASSERT_TRUE(doc["trace"].is_array());
    std::size_t numbered = 0;
    for (const auto& step : doc["trace"]) {
        EXPECT_FALSE(step["text"].get<std::string>().empty());
        numbered += step["step"].get<std::size_t>() >= 1;
    }
    EXPECT_EQ(numbered, doc["steps"].get<std::size_t>());
    const CliResult text =
        runCli({"run", "cache", "--policy", "lfu", "--capacity", "2", "--ops", "a,b,a,c,b", "--trace"});
    EXPECT_EQ(text.status, 0) << text.err;
    EXPECT_TRUE(contains(text.out, "evict")) << text.out;
}

TEST(CacheCli, SameSeedSameResultForTheSampledPolicies) {
    std::vector<std::string> keys;
    for (int i = 0; i < 200; ++i) keys.push_back("k" + std::to_string((i * 7 + i / 3) % 23));
    for (const std::string policy : {"sampled-lru", "sampled-lfu"}) {
        const std::vector<std::string> args = {"run", "cache", "--policy",   policy,   "--capacity",
                                               "6",   "--ops", joined(keys), "--seed", "5"};
        EXPECT_EQ(runJson(args), runJson(args)) << policy;
    }
}

TEST(CacheCli, EachBadInputExitsWithTwoAndNamesTheOption) {
    const std::vector<std::string> base = {"run",        "cache", "--policy", "lru",
                                           "--capacity", "2",     "--ops",    "a,b"};
    auto with = [&](std::size_t at, const std::string& value) {
        auto args = base;
        args[at] = value;
        return args;
    };
    expectRejected(with(3, "mru"), "policy");
    expectRejected(with(5, "0"), "capacity");
    expectRejected(with(5, "-3"), "capacity");
    expectRejected(with(5, "many"), "capacity");
    auto ttl = base;
    ttl.insert(ttl.end(), {"--ttl", "0"});
    expectRejected(ttl, "ttl");
    auto unknown = base;
    unknown.insert(unknown.end(), {"--frobnicate", "1"});
    expectRejected(unknown, "frobnicate");
}

// KNOWN FAILURE (reported to the lead): a malformed --ops list is rejected with exit 2, but core's
// message ("access 2 is empty (expected keys separated by commas, like a,b,c,a)") does not name
// --ops. It passes once the CLI prefixes the option, e.g. "--ops: access 2 is empty ...".
TEST(CacheCli, MalformedOpsListExitsWithTwoAndNamesTheOption) {
    expectRejected({"run", "cache", "--policy", "lru", "--capacity", "2", "--ops", "a,,b"}, "ops");
}

// Issue 7: with no input an item runs its built-in example, so a missing --ops or --policy is not
// an error (it was before the catalogue): the run succeeds and has the document's shape.
TEST(CacheCli, WithoutInputsItRunsItsBuiltInExample) {
    const json doc = runJson({"run", "cache"});
    ASSERT_TRUE(doc.contains("result"));
    for (const char* key : {"hits", "misses", "evictions", "expirations", "hit_ratio"})
        EXPECT_TRUE(doc["result"].contains(key)) << key;
    EXPECT_GT(doc["steps"].get<std::size_t>(), 0u);
}

TEST(BalancerCli, WithoutInputsItRunsItsBuiltInExample) {
    const json doc = runJson({"run", "balancer"});
    ASSERT_TRUE(doc.contains("result"));
    EXPECT_TRUE(doc["result"]["picks"].is_array());
    EXPECT_TRUE(doc["result"]["counts"].is_object());
    std::size_t total = 0;
    for (const auto& [name, count] : doc["result"]["counts"].items()) total += count.get<std::size_t>();
    EXPECT_EQ(total, doc["result"]["picks"].size());
}

TEST(BalancerCli, JsonHasOnePickPerRequestAndCountsThatAddUp) {
    for (const std::string policy :
         {"round-robin", "weighted-round-robin", "least-connections", "power-of-two", "consistent-hash"}) {
        const json doc =
            runJson({"run", "balancer", "--policy", policy, "--backends", "a:3,b,c:2", "--requests", "40"});
        EXPECT_EQ(doc["algorithm"], "balancer") << policy;
        const json& r = doc["result"];
        ASSERT_TRUE(r.contains("picks")) << policy;
        ASSERT_TRUE(r.contains("counts")) << policy;
        ASSERT_EQ(r["picks"].size(), 40u) << policy;
        std::map<std::string, std::size_t> tally;
        for (const auto& p : asStrings(r["picks"])) {
            EXPECT_TRUE(p == "a" || p == "b" || p == "c") << policy << ": " << p;
            ++tally[p];
        }
        ASSERT_EQ(r["counts"].size(), 3u) << policy;  // every backend, even one never picked
        for (const char* name : {"a", "b", "c"})
            EXPECT_EQ(r["counts"][name], tally[name]) << policy << " " << name;
        EXPECT_EQ(doc["steps"], 40) << policy;
    }
}

TEST(BalancerCli, RoundRobinCyclesAndNginxSmoothWeightsGiveItsSequence) {
    EXPECT_EQ(runJson({"run", "balancer", "--policy", "round-robin", "--backends", "a,b,c", "--requests",
                       "7"})["result"]["picks"],
              json({"a", "b", "c", "a", "b", "c", "a"}));
    EXPECT_EQ(runJson({"run", "balancer", "--policy", "weighted-round-robin", "--backends", "a:5,b:1,c:1",
                       "--requests", "7"})["result"]["picks"],
              json({"a", "a", "b", "a", "c", "a", "a"}));
}

TEST(BalancerCli, ZeroRequestsIsAnEmptyRunAndSameSeedRepeats) {
    const json none =
        runJson({"run", "balancer", "--policy", "round-robin", "--backends", "a,b", "--requests", "0"});
    EXPECT_EQ(none["result"]["picks"], json::array());
    EXPECT_EQ(none["result"]["counts"]["a"], 0);
    const std::vector<std::string> args = {"run",     "balancer",   "--policy", "power-of-two", "--backends",
                                           "a,b,c,d", "--requests", "50",       "--seed",       "3"};
    EXPECT_EQ(runJson(args), runJson(args));
    const CliResult text = runCli(args);
    EXPECT_EQ(text.status, 0) << text.err;
    EXPECT_TRUE(contains(text.out, "power-of-two")) << text.out;
}

TEST(BalancerCli, ASlowBackendGetsFewerRequestsUnderLeastConnections) {
    const json doc = runJson({"run", "balancer", "--policy", "least-connections", "--backends", "a,b,c",
                              "--requests", "3000", "--slow", "b"});
    const auto slow = doc["result"]["counts"]["b"].get<std::size_t>();
    EXPECT_LT(slow, doc["result"]["counts"]["a"].get<std::size_t>() / 2);
}

TEST(BalancerCli, EachBadInputExitsWithTwoAndNamesTheOption) {
    const std::vector<std::string> base = {"run",        "balancer", "--policy",   "round-robin",
                                           "--backends", "a,b",      "--requests", "3"};
    auto with = [&](std::size_t at, const std::string& value) {
        auto args = base;
        args[at] = value;
        return args;
    };
    expectRejected(with(3, "random"), "policy");
    expectRejected(with(7, "-1"), "requests");
    expectRejected(with(7, "lots"), "requests");
    auto slow = base;
    slow.insert(slow.end(), {"--slow", "zeta"});
    expectRejected(slow, "slow");
    auto unknown = base;
    unknown.insert(unknown.end(), {"--frobnicate", "1"});
    expectRejected(unknown, "frobnicate");
}

TEST(BalancerCli, MalformedBackendListsExitWithTwoAndNameTheOption) {
    for (const std::string bad : {"a,,b", "a:0", "a:-2", "a:1.5", "a,a", ":3"})
        expectRejected({"run", "balancer", "--policy", "round-robin", "--backends", bad, "--requests", "3"},
                       "backends");
}

}  // namespace stepwise::cli::testing
