// `stepwise-cli run breaker` (and retry, rate-limiter, bulkhead) end to end, as a user meets it:
// the JSON DESIGN.md promises, the text with each call and transition, a Spring YAML pasted in,
// and exit status 2 with a message naming the problem for bad input.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/cli/CliRunner.h"

namespace stepwise::cli::testing {
namespace {

using nlohmann::json;

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

void expectRejected(const std::vector<std::string>& args, const std::string& part) {
    const CliResult r = runCli(args);
    std::string command;
    for (const auto& a : args) command += a + " ";
    EXPECT_EQ(r.status, 2) << command << "\n" << r.err;
    EXPECT_TRUE(r.out.empty()) << command << "\n" << r.out;
    EXPECT_TRUE(contains(r.err, part)) << command << "\nexpected '" << part << "' in: " << r.err;
}

TEST(BreakerCli, JsonHasOutcomesTransitionsAndTheFinalState) {
    TempDir dir;
    const std::string config = dir.write("breaker.json", R"({"slidingWindowSize": 4, "minimumNumberOfCalls": 4,
        "waitDurationInOpenState": "5s", "permittedNumberOfCallsInHalfOpenState": 2})");
    const CliResult r = runCli({"run", "breaker", "--config", config, "--calls", "F,F,S,F,S,+5s,S,+1ms,S,S", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const json doc = json::parse(r.out);
    EXPECT_EQ(doc["algorithm"], "breaker");
    const json& result = doc["result"];
    EXPECT_EQ(result["outcomes"], json({"permitted", "permitted", "permitted", "permitted", "rejected", "rejected",
                                        "permitted", "permitted"}));
    ASSERT_EQ(result["transitions"].size(), 3u);
    EXPECT_EQ(result["transitions"][0], json({{"at", 0}, {"from", "CLOSED"}, {"to", "OPEN"},
                                              {"cause", "failure rate 75 % ≥ 50 % over the last 4 calls"}}));
    EXPECT_EQ(result["transitions"][1]["at"], 5001);
    EXPECT_EQ(result["transitions"][1]["to"], "HALF_OPEN");
    EXPECT_EQ(result["transitions"][2]["to"], "CLOSED");
    EXPECT_EQ(result["state"], "CLOSED");
    EXPECT_GT(doc["steps"].get<int>(), 10);
}

TEST(BreakerCli, TextListsEveryCallAndEveryTransitionWithItsCause) {
    // The example: the seeded dependency fails from 2 s and recovers at 6 s.
    const CliResult r = runCli({"run", "breaker"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "call 1 (S/253ms) at 0 ms succeeded in 253 ms")) << r.out;
    EXPECT_TRUE(contains(r.out, "rejected, OPEN")) << r.out;
    EXPECT_TRUE(contains(r.out, "CLOSED → OPEN at 3500 ms: failure rate 50 % ≥ 50 % over the last 8 calls")) << r.out;
    EXPECT_TRUE(contains(r.out, "OPEN → HALF_OPEN at 6000 ms")) << r.out;
    EXPECT_TRUE(contains(r.out, "HALF_OPEN → CLOSED at 7000 ms")) << r.out;
    EXPECT_TRUE(contains(r.out, "final state CLOSED")) << r.out;
    // The fixed call list the example was before, as a preset.
    const CliResult fixed = runCli({"run", "breaker", "--preset", "fixed-calls"});
    ASSERT_EQ(fixed.status, 0) << fixed.err;
    EXPECT_TRUE(contains(fixed.out, "call 1 (S) at 0 ms succeeded")) << fixed.out;
    EXPECT_TRUE(contains(fixed.out, "CLOSED → OPEN at 0 ms: failure rate 50 % ≥ 50 % over the last 6 calls")) << fixed.out;
    EXPECT_TRUE(contains(fixed.out, "OPEN → HALF_OPEN at 5001 ms")) << fixed.out;
    // The example's model takes a seed of its own; a call list does not.
    const CliResult seeded = runCli({"run", "breaker", "--seed", "3"});
    ASSERT_EQ(seeded.status, 0) << seeded.err;
    EXPECT_TRUE(contains(seeded.out, "count-based window of 10 calls")) << seeded.out;
    EXPECT_NE(seeded.out, r.out);
    expectRejected({"run", "breaker", "--calls", "S", "--seed", "3"}, "--seed: needs --dependency");
}

TEST(BreakerCli, TraceStepsThroughEveryEvent) {
    const CliResult r = runCli({"run", "breaker", "--preset", "half-open-probes", "--trace"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "line 2  OPEN → HALF_OPEN at 2001 ms")) << r.out;
    EXPECT_TRUE(contains(r.out, "line 6  HALF_OPEN → OPEN at 2001 ms: failure rate 75 %")) << r.out;
}

TEST(BreakerCli, ReadsSpringYamlAndPicksTheInstance) {
    TempDir dir;
    const std::string config = dir.write("application.yml", R"(resilience4j:
  circuitbreaker:
    configs:
      default:
        slidingWindowSize: 2
        minimumNumberOfCalls: 2
    instances:
      inventory:
        failureRateThreshold: 100
      payments:
        failureRateThreshold: 50
)");
    const CliResult payments =
        runCli({"run", "breaker", "--config", config, "--instance", "payments", "--calls", "S,F", "--json"});
    ASSERT_EQ(payments.status, 0) << payments.err;
    EXPECT_EQ(json::parse(payments.out)["result"]["state"], "OPEN");
    const CliResult inventory =
        runCli({"run", "breaker", "--config", config, "--instance", "inventory", "--calls", "S,F", "--json"});
    ASSERT_EQ(inventory.status, 0) << inventory.err;
    EXPECT_EQ(json::parse(inventory.out)["result"]["state"], "CLOSED");
    // An option overrides the file.
    const CliResult overridden = runCli({"run", "breaker", "--config", config, "--instance", "inventory",
                                         "--failure-rate-threshold", "50", "--calls", "S,F", "--json"});
    ASSERT_EQ(overridden.status, 0) << overridden.err;
    EXPECT_EQ(json::parse(overridden.out)["result"]["state"], "OPEN");
    expectRejected({"run", "breaker", "--config", config, "--calls", "S"}, "--instance");
    expectRejected({"run", "breaker", "--config", config, "--instance", "ledger", "--calls", "S"}, "inventory, payments");
}

TEST(BreakerCli, BadInputExitsTwoNamingFileLineAndProblem) {
    TempDir dir;
    const std::string typo = dir.write("typo.json", "{\n  \"slidingWindowSize\": 4,\n  \"minimumNumberOfCals\": 2\n}\n");
    expectRejected({"run", "breaker", "--config", typo, "--calls", "S"}, "typo.json:3: unknown configuration key");
    expectRejected({"run", "breaker", "--config", typo, "--calls", "S"}, "did you mean 'minimumNumberOfCalls'");
    const std::string range = dir.write("range.yaml", "slidingWindowSize: 4\nfailureRateThreshold: 150\n");
    expectRejected({"run", "breaker", "--config", range, "--calls", "S"}, "range.yaml:2: failureRateThreshold");
    const std::string broken = dir.write("broken.json", "{\"slidingWindowSize\": }");
    expectRejected({"run", "breaker", "--config", broken, "--calls", "S"}, "broken.json:1: malformed JSON");
    const std::string wait = dir.write("wait.yaml", "waitDurationInOpenState: 0\n");
    expectRejected({"run", "breaker", "--config", wait, "--calls", "S"}, "waitDurationInOpenState");
    expectRejected({"run", "breaker", "--config", dir.path().string() + "/none.json", "--calls", "S"}, "none.json");
    expectRejected({"run", "breaker", "--calls", "S,Q"}, "item 2 'Q'");
    expectRejected({"run", "breaker", "--calls", "S", "--sliding-window-size", "0"}, "--sliding-window-size");
    expectRejected({"run", "breaker", "--calls", "S", "--failure-rate-threshold", "-1"}, "--failure-rate-threshold");
    const std::string good = dir.write("good.json", "{\"slidingWindowSize\": 4}");
    expectRejected({"run", "breaker", "--config", good}, "--calls: needed with --config");
    expectRejected({"run", "breaker", "--instance", "a", "--calls", "S"}, "--instance");
}

TEST(PolicyCli, RetryRateLimiterAndBulkheadRunTheirExamplesAndExplainBadInput) {
    for (const char* id : {"retry", "rate-limiter", "bulkhead"}) {
        const CliResult r = runCli({"run", id, "--json"});
        ASSERT_EQ(r.status, 0) << id << r.err;
        EXPECT_EQ(json::parse(r.out)["algorithm"], id);
    }
    const CliResult retry = runCli({"run", "retry", "--max-attempts", "2", "--calls", "F,F,S", "--json"});
    ASSERT_EQ(retry.status, 0) << retry.err;
    const json ops = json::parse(retry.out)["result"]["operations"];
    ASSERT_EQ(ops.size(), 2u);
    EXPECT_EQ(ops[0]["attempts"], 2);
    EXPECT_EQ(ops[0]["succeeded"], false);
    EXPECT_EQ(ops[1]["succeeded"], true);
    expectRejected({"run", "retry", "--wait-duration", "soon", "--calls", "F"}, "--wait-duration");
    expectRejected({"run", "rate-limiter", "--limit-refresh-period", "0", "--calls", "S"}, "limitRefreshPeriod");
    expectRejected({"run", "bulkhead", "--calls", "S,!open"}, "bulkhead takes S, F");
}

}  // namespace
}  // namespace stepwise::cli::testing
