#include "tests/fuzz/FuzzTargets.h"

#include <string_view>

#include "app/cli/RunCommand.h"
#include "core/balance/LoadBalancer.h"
#include "core/cache/KeySequence.h"
#include "core/common/InputError.h"
#include "core/graph/Dot.h"
#include "core/graph/GraphText.h"
#include "core/queue/QueueFaults.h"
#include "core/sim/Workload.h"
#include "core/structures/StructureRuns.h"

namespace stepwise::fuzz {
namespace {

std::string text(const std::uint8_t* data, std::size_t size) {
    return std::string(reinterpret_cast<const char*>(data), size);
}

/// Runs `read`; bad input is an InputError and that is fine.
template <class Read>
int tolerate(Read read) {
    try {
        read();
    } catch (const InputError&) {
    }
    return 0;
}

}  // namespace

int graphText(const std::uint8_t* data, std::size_t size) {
    return tolerate([&] {
        const graph::Graph g = graph::parseGraphText(text(data, size), "fuzz.graph");
        // What was read can be written back (or refused by name) without crashing.
        tolerate([&] { (void)graph::toGraphText(g); });
        (void)graph::toDot(g);
    });
}

int dot(const std::uint8_t* data, std::size_t size) {
    return tolerate([&] {
        const graph::Graph g = graph::parseDot(text(data, size), "fuzz.dot");
        (void)graph::toDot(g);
    });
}

int operations(const std::uint8_t* data, std::size_t size) {
    const std::string t = text(data, size);
    return tolerate([&] {
        const auto ops = structures::parseOperations(t, "fuzz.ops");
        tolerate([&] { (void)structures::runHeap(ops); });
        tolerate([&] { (void)structures::runTrie(ops); });
        tolerate([&] { (void)structures::runUnionFind(16, ops); });
        tolerate([&] {
            (void)structures::runSegmentTree(structures::SegmentKind::Sum, {5, 1, 4, 2, 8, 3}, ops);
        });
    });
}

int keys(const std::uint8_t* data, std::size_t size) {
    const std::string t = text(data, size);
    tolerate([&] { (void)cache::parseKeyList(t); });
    tolerate([&] { (void)cache::parseKeyLines(t, "fuzz.keys"); });
    tolerate([&] { (void)sim::parseKeyTrace(t, "fuzz.trace"); });
    tolerate([&] {
        const auto w = sim::parseWorkload(t);
        (void)sim::generateKeys(w, 64, 1);
    });
    tolerate([&] { (void)balance::parseBackends(t); });
    tolerate([&] { (void)queue::parseQueueFaults(t); });
    return 0;
}

int cliArguments(const std::uint8_t* data, std::size_t size) {
    // One word per line, as a shell would pass them after `stepwise-cli run`.
    std::vector<std::string> words;
    std::string word;
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == '\n') {
            words.push_back(std::move(word));
            word.clear();
        } else {
            word += static_cast<char>(data[i]);
        }
    }
    if (!word.empty()) words.push_back(word);
    return tolerate([&] {
        const cli::RunRequest request = cli::parseRunArguments(words);
        if (!request.help && request.item) (void)cli::resolveOptions(request);
    });
}

const std::vector<Target>& targets() {
    static const std::vector<Target> all = {{"graph_text", graphText},
                                            {"dot", dot},
                                            {"operations", operations},
                                            {"keys", keys},
                                            {"cli_arguments", cliArguments}};
    return all;
}

}  // namespace stepwise::fuzz
