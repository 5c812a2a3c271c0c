// `stepwise-cli run queue` end to end, as a user meets it: the JSON document of DESIGN.md (counts
// and per-job attempts, checked against each other and against SQS's rules), --trace, --help, and
// exit status 2 with the option named for each kind of bad input.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/cli/CliRunner.h"

namespace stepwise::cli::testing {
namespace {

using nlohmann::json;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

void expectRejected(const std::vector<std::string>& args, const std::string& part) {
    const CliResult r = runCli(args);
    std::string command;
    for (const auto& a : args) command += a + " ";
    EXPECT_EQ(r.status, 2) << command << "\n" << r.err;
    EXPECT_TRUE(r.out.empty()) << command << "\n" << r.out;
    EXPECT_TRUE(contains(r.err, part)) << command << "\nexpected '" << part << "' in: " << r.err;
}

json runJson(std::vector<std::string> args) {
    args.push_back("--json");
    const CliResult r = runCli(args);
    EXPECT_EQ(r.status, 0) << r.err;
    return r.status == 0 ? json::parse(r.out) : json();
}

}  // namespace

TEST(QueueCli, JsonCountsAddUpAndEveryJobHasAtMostMaxReceivesAttempts) {
    for (const std::string backoff : {"none", "full", "equal", "decorrelated"}) {
        const json doc = runJson({"run", "queue", "--jobs", "60", "--workers", "3", "--failure-rate", "0.5",
                                  "--max-receives", "3", "--backoff", backoff, "--seed", "11"});
        ASSERT_EQ(doc["algorithm"], "queue");
        const json& r = doc["result"];
        EXPECT_GT(doc["steps"].get<int>(), 60);
        EXPECT_EQ(r["submitted"], 60);
        EXPECT_EQ(r["submitted"].get<int>(), r["completed"].get<int>() + r["dead_lettered"].get<int>() +
                                                 r["queued"].get<int>() + r["in_flight"].get<int>());
        ASSERT_EQ(r["jobs"].size(), 60u);
        int completed = 0, dead = 0, retried = 0;
        for (const json& job : r["jobs"]) {
            const json& attempts = job["attempts"];
            ASSERT_GE(attempts.size(), 1u);
            ASSERT_LE(attempts.size(), 3u) << job.dump();
            for (std::size_t i = 0; i + 1 < attempts.size(); ++i) {
                // A retry comes no sooner than its backoff allows.
                EXPECT_EQ(attempts[i]["outcome"], "failed");
                EXPECT_GE(attempts[i + 1]["received_ms"].get<double>() + 1e-6,
                          attempts[i]["ended_ms"].get<double>() + attempts[i]["backoff_ms"].get<double>());
                ++retried;
            }
            if (job["state"] == "completed") {
                ++completed;
                EXPECT_EQ(attempts.back()["outcome"], "succeeded");
            }
            if (job["state"] == "dead_lettered") {
                ++dead;
                EXPECT_EQ(attempts.size(), 3u);
                EXPECT_EQ(attempts.back()["outcome"], "failed");
            }
        }
        EXPECT_EQ(completed, r["completed"]);
        EXPECT_EQ(dead, r["dead_lettered"]);
        EXPECT_EQ(retried, r["retried"]);
    }
}

TEST(QueueCli, TheSameSeedPrintsTheSameTrace) {
    const std::vector<std::string> args = {"run", "queue", "--jobs", "25", "--failure-rate", "0.4", "--seed", "9",
                                           "--faults", "kill-worker@1s=1,redrive@30s", "--trace"};
    const CliResult a = runCli(args), b = runCli(args);
    ASSERT_EQ(a.status, 0) << a.err;
    EXPECT_EQ(a.out, b.out);
    EXPECT_TRUE(contains(a.out, "worker 1 killed")) << a.out;
    EXPECT_TRUE(contains(a.out, "receives job 1 (receive 1 of 3)")) << a.out;
    const json doc = runJson({"run", "queue", "--jobs", "25", "--failure-rate", "0.4", "--seed", "9", "--faults",
                              "kill-worker@1s=1,redrive@30s"});
    // One numbered line per step, then the result.
    std::size_t numbered = 0;
    for (const auto& line : lines(a.out))
        if (!line.empty() && line.find("line ") != std::string::npos && line.find(" s: ") != std::string::npos) ++numbered;
    EXPECT_EQ(numbered, doc["steps"].get<std::size_t>());
}

TEST(QueueCli, TextResultAndHelp) {
    const CliResult r = runCli({"run", "queue"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "submitted 30  completed")) << r.out;
    EXPECT_TRUE(contains(r.out, "job 1  ")) << r.out;
    const CliResult help = runCli({"run", "queue", "--help"});
    ASSERT_EQ(help.status, 0);
    for (const char* option : {"--jobs", "--workers", "--failure-rate", "--max-receives", "--backoff", "--seed",
                               "--visibility-timeout", "--faults", "thundering-herd"})
        EXPECT_TRUE(contains(help.out, option)) << option;
}

TEST(QueueCli, BadInputExitsTwoNamingTheOption) {
    expectRejected({"run", "queue", "--jobs", "5", "--max-receives", "0"}, "--max-receives");
    expectRejected({"run", "queue", "--jobs", "5", "--max-receives", "1001"}, "--max-receives");
    expectRejected({"run", "queue", "--jobs", "5", "--workers", "4", "--max-workers", "2"}, "--max-workers");
    expectRejected({"run", "queue", "--jobs", "5", "--visibility-timeout", "0"}, "--visibility-timeout");
    expectRejected({"run", "queue", "--jobs", "5", "--visibility-timeout", "-10"}, "--visibility-timeout");
    expectRejected({"run", "queue", "--jobs", "5", "--backoff", "linear"}, "--backoff");
    expectRejected({"run", "queue", "--jobs", "5", "--failure-rate", "2"}, "--failure-rate");
    expectRejected({"run", "queue", "--jobs", "-1"}, "--jobs");
    expectRejected({"run", "queue", "--jobs", "5", "--faults", "kill-worker@5s"}, "--faults");
    expectRejected({"run", "queue", "--jobs", "5", "--workers"}, "--workers");
}

}  // namespace stepwise::cli::testing

namespace stepwise::cli::testing {
namespace {

/// Each retry's return to the queue, in µs, from a run's per-job attempts: a failed delivery
/// with a backoff is back at its end + the sleep (the herd runs have no visibility timeouts).
std::vector<long long> retryReturns(const json& result) {
    std::vector<long long> out;
    for (const json& job : result["jobs"])
        for (const json& a : job["attempts"])
            if (a.contains("backoff_ms"))
                out.push_back(std::llround((a["ended_ms"].get<double>() + a["backoff_ms"].get<double>()) * 1000));
    std::sort(out.begin(), out.end());
    return out;
}

/// The most of `times` in any window [t, t + width), by brute force.
std::size_t mostWithin(const std::vector<long long>& times, long long width) {
    std::size_t most = 0;
    for (const long long t : times)
        most = std::max<std::size_t>(most, static_cast<std::size_t>(std::count_if(
                                               times.begin(), times.end(), [&](long long u) { return u >= t && u < t + width; })));
    return most;
}

}  // namespace

TEST(QueueCli, CompareJitterPrintsBothRunsTheirCountsAndTheHerd) {
    const json doc = runJson({"run", "queue", "--preset", "herd-vs-jitter"});
    const json& compare = doc["result"]["compare"];
    ASSERT_TRUE(compare.is_object()) << doc["result"].dump().substr(0, 300);
    EXPECT_EQ(compare["what"], "jitter");
    EXPECT_EQ(compare["seed"], 7);
    ASSERT_EQ(compare["runs"].size(), 2u);
    // Each run is the same workload run alone with that backoff: the presets without the comparison.
    const std::pair<const char*, const char*> alone[] = {{"none", "thundering-herd"}, {"full", "full-jitter"}};
    std::size_t peaks[2] = {0, 0};
    for (std::size_t i = 0; i < 2; ++i) {
        const json& run = compare["runs"][i];
        EXPECT_EQ(run["backoff"], alone[i].first);
        const json single = runJson({"run", "queue", "--preset", alone[i].second})["result"];
        for (const char* key : {"submitted", "completed", "retried", "dead_lettered", "end_ms"})
            EXPECT_EQ(run[key], single[key]) << alone[i].first << " " << key;
        // The herd's height and the buckets, against the run's own attempts.
        const auto returns = retryReturns(single);
        EXPECT_EQ(returns.size(), single["retried"].get<std::size_t>());
        EXPECT_EQ(run["peak_retries_in_100ms"].get<std::size_t>(), mostWithin(returns, 100'000)) << alone[i].first;
        EXPECT_EQ(run["peak_retries_in_1s"].get<std::size_t>(), mostWithin(returns, 1'000'000)) << alone[i].first;
        const auto bucket = std::llround(compare["bucket_ms"].get<double>() * 1000);
        const auto buckets = run["retries_per_bucket"].get<std::vector<std::size_t>>();
        ASSERT_FALSE(buckets.empty());
        for (std::size_t k = 0; k < buckets.size(); ++k)
            EXPECT_EQ(buckets[k], static_cast<std::size_t>(std::count_if(returns.begin(), returns.end(), [&](long long t) {
                          return t >= static_cast<long long>(k) * bucket && t < static_cast<long long>(k + 1) * bucket;
                      }))) << alone[i].first << " bucket " << k;
        peaks[i] = run["peak_retries_in_100ms"].get<std::size_t>();
    }
    // The thundering herd: without jitter the retries come back together.
    EXPECT_GE(peaks[0], 3 * peaks[1]) << peaks[0] << " vs " << peaks[1];

    // The text shows both runs and the histogram; without --compare there is none of it.
    const CliResult text = runCli({"run", "queue", "--preset", "herd-vs-jitter"});
    ASSERT_EQ(text.status, 0) << text.err;
    EXPECT_TRUE(contains(text.out, "jitter comparison: the same workload and seed (7)")) << text.out;
    EXPECT_TRUE(contains(text.out, "most retries back in 100 ms")) << text.out;
    EXPECT_TRUE(contains(text.out, "retries back in the queue per 1.00 s of virtual time")) << text.out;
    const std::string noneRow = "  no jitter    60         " + std::to_string(compare["runs"][0]["completed"].get<int>());
    EXPECT_TRUE(contains(text.out, noneRow)) << noneRow << "\n" << text.out;
    EXPECT_TRUE(contains(text.out, "  full jitter  60")) << text.out;
    const CliResult plain = runCli({"run", "queue", "--preset", "thundering-herd"});
    EXPECT_FALSE(contains(plain.out, "jitter comparison"));
    EXPECT_FALSE(runJson({"run", "queue", "--preset", "thundering-herd"})["result"].contains("compare"));
}

}  // namespace stepwise::cli::testing
