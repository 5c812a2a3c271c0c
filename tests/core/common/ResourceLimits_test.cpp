// One test per resource limit (README.md "Limits"): input over it is refused with an InputError that
// says the limit and why, quickly and without allocating what it asked for.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/balance/LoadBalancer.h"
#include "core/catalogue/Catalogue.h"
#include "core/common/InputError.h"
#include "core/common/Limits.h"
#include "core/graph/Dot.h"
#include "core/graph/Graph.h"
#include "core/graph/GraphSource.h"
#include "core/graph/GraphText.h"
#include "core/run/Run.h"
#include "core/structures/Operations.h"

namespace stepwise {
namespace {

using catalogue::Options;

std::string errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const InputError& e) {
        return e.what();
    }
    return "(no error)";
}

::testing::AssertionResult contains(const std::string& text, const std::string& part) {
    if (text.find(part) != std::string::npos) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "'" << text << "' does not contain '" << part << "'";
}

std::string startItem(const std::string& id, std::map<std::string, std::string> values) {
    return errorOf([&] { catalogue::requireItem(id).start(Options(std::move(values))); });
}

/// A file in the temp dir, removed with the object.
struct TempFile {
    explicit TempFile(const std::string& name) : path(std::filesystem::temp_directory_path() / name) {}
    ~TempFile() { std::filesystem::remove(path); }
    std::filesystem::path path;
};

TEST(ResourceLimits, AGraphFileOverTheByteLimitIsRefusedNamingIt) {
    TempFile file("stepwise-limit-big.graph");
    {
        std::ofstream out(file.path, std::ios::binary);
        const std::string block(1 << 20, '#');  // comment bytes: cheap to write, refused before parsing
        for (std::size_t mb = 0; mb <= (limits::graphFileBytes >> 20); ++mb) out << block;
    }
    const auto message = errorOf([&] { graph::loadGraphSource(file.path.string()); });
    EXPECT_TRUE(contains(message, file.path.string() + ": the graph file is over the limit of 128 MB"));
    EXPECT_TRUE(contains(message, "keeps memory bounded"));
}

TEST(ResourceLimits, AnEndlessDeviceIsRefusedNotReadForever) {
    EXPECT_TRUE(contains(errorOf([] { graph::loadGraphSource("/dev/zero"); }), "over the limit of 128 MB"));
    EXPECT_TRUE(
        contains(startItem("cache", {{"ops", "/dev/zero"}, {"capacity", "2"}}), "over the limit of 16 MB"));
}

TEST(ResourceLimits, TooManyEdgesIsRefused) {
    graph::GraphBuilder builder;
    builder.vertex("a");
    builder.reserve(1, limits::graphEdges);
    for (std::size_t e = 0; e < limits::graphEdges; ++e) builder.addEdge(0, 0);
    EXPECT_TRUE(contains(errorOf([&] { builder.addEdge(0, 0); }), "more than 8000000 edges"));
}

TEST(ResourceLimits, TooManyVerticesIsRefusedAtTheLineThatCrossesIt) {
    // The builder's refusal gains the file and line of the text that crossed it.
    std::string many;
    for (std::size_t v = 0; v <= limits::graphVertices; ++v) many += std::to_string(v) + "\n";
    EXPECT_TRUE(
        contains(errorOf([&] { graph::parseGraphText(many, "big.graph"); }),
                 "big.graph:" + std::to_string(limits::graphVertices + 1) + ": more than 4000000 vertices"));
}

TEST(ResourceLimits, TooManyVerticesInDotIsRefusedAtTheLineThatCrossesIt) {
    // DOT too: the limit names the file and the line of the statement that crossed it.
    std::string many = "digraph {\n";
    for (std::size_t v = 0; v <= limits::graphVertices; ++v) many += "n" + std::to_string(v) + "\n";
    many += "}\n";
    EXPECT_TRUE(contains(errorOf([&] { graph::parseDot(many, "big.dot"); }),
                         "big.dot:" + std::to_string(limits::graphVertices + 2) + ": more than 4000000 vertices"));
}

TEST(ResourceLimits, TooManyOperationsAreRefusedSayingWhy) {
    std::string ops;
    for (std::size_t i = 0; i <= limits::operations; ++i) ops += "push 1\n";
    const auto message = errorOf([&] { structures::parseOperations(ops, "many.ops"); });
    EXPECT_TRUE(contains(message, "many.ops: more than 200000 operations (200001 given; every step"));
}

TEST(ResourceLimits, ATrieWordOverTheLengthLimitIsRefused) {
    const std::string word(limits::trieWordLength + 1, 'a');
    EXPECT_TRUE(contains(startItem("trie", {{"ops", "insert " + word}}), "over the limit of 1000"));
}

TEST(ResourceLimits, CacheAccessesCapacityAndRequestsHaveLimitsThatSayWhy) {
    TempFile file("stepwise-limit-many.keys");
    {
        std::ofstream out(file.path);
        for (std::size_t i = 0; i <= limits::cacheAccesses; ++i) out << "k" << i % 50 << "\n";
    }
    EXPECT_TRUE(contains(startItem("cache", {{"ops", file.path.string()}, {"capacity", "4"}}),
                         "200001 accesses, over the limit of 200000 (each access is a step"));
    EXPECT_TRUE(contains(startItem("cache", {{"ops", "a,b"}, {"capacity", "1000001"}}),
                         "expected 1 to 1000000, got 1000001 (the limit: every slot is allocated up front"));
    EXPECT_TRUE(contains(startItem("cache", {{"workload", "zipf:0.9:40"}, {"requests", "200001"}}),
                         "got 200001 (the limit: each access is a step"));
}

TEST(ResourceLimits, BalancerRequestsBackendsAndRingPointsHaveLimits) {
    EXPECT_TRUE(contains(startItem("balancer", {{"backends", "a,b"}, {"requests", "1000001"}}),
                         "got 1000001 (the limit: the result lists the backend of every request)"));
    std::string many;
    for (std::size_t i = 0; i <= limits::backends; ++i) many += (i ? ",b" : "b") + std::to_string(i);
    EXPECT_TRUE(
        contains(startItem("balancer", {{"backends", many}, {"requests", "1"}}), "more than 1000 backends"));
    EXPECT_TRUE(contains(errorOf([] {
                             balance::HashRing({{"a", 20'000}}, 100);
                         }),
                         "2000000 points on the hash ring, over the limit of 1000000"));
}

TEST(ResourceLimits, SegmentTreeValuesSayWhy) {
    std::string values = "1";
    for (int i = 0; i < 1'000'000; ++i) values += ",1";
    EXPECT_TRUE(contains(startItem("segment-tree", {{"values", values}, {"ops", "query 0 1"}}),
                         "at most 1000000 values (got 1000001; the tree holds 4 nodes a value"));
}

TEST(ResourceLimits, UnionFindSizeSaysWhy) {
    EXPECT_TRUE(contains(startItem("union-find", {{"size", "1000001"}, {"ops", "find 0"}}),
                         "--size: expected 1 to 1000000, got 1000001 (the limit: every element is kept"));
}

TEST(ResourceLimits, AtTheLimitItStillRuns) {
    // The largest accepted inputs run: the limits are not off by one.
    std::string ops;
    for (std::size_t i = 0; i < 1000; ++i)
        ops += "union " + std::to_string(i) + " " + std::to_string(i + 1) + "\n";
    EXPECT_NO_THROW(catalogue::requireItem("union-find")
                        .start(Options({{"size", std::to_string(limits::unionFindSize)}, {"ops", ops}})));
    EXPECT_NO_THROW(balance::HashRing({{"a", 10'000}}, 100));
}

}  // namespace
}  // namespace stepwise
