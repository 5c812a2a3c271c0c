#include "tests/fuzz/FuzzTargets.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <string_view>
#include <unistd.h>

#include "app/cli/RunCommand.h"
#include "core/balance/LoadBalancer.h"
#include "core/cache/KeySequence.h"
#include "core/common/InputError.h"
#include "core/graph/Dot.h"
#include "core/graph/GraphText.h"
#include "core/practice/History.h"
#include "core/practice/QuestionType.h"
#include "core/queue/QueueFaults.h"
#include "core/resilience/BreakerConfigReader.h"
#include "core/resilience/BreakerSim.h"
#include "core/resilience/CallList.h"
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

int breakerCalls(const std::uint8_t* data, std::size_t size) {
    return tolerate([&] {
        auto tokens = std::make_shared<const std::vector<resilience::CallToken>>(resilience::parseCallList(text(data, size)));
        for (const auto& t : *tokens) (void)resilience::tokenText(t);
        // Through both window types, with every timer on, so transitions of all kinds happen.
        for (auto type : {resilience::WindowType::CountBased, resilience::WindowType::TimeBased}) {
            resilience::BreakerConfig c;
            c.slidingWindowType = type;
            c.slidingWindowSize = 3;
            c.minimumNumberOfCalls = 2;
            c.waitDurationInOpenState = resilience::second;
            c.permittedNumberOfCallsInHalfOpenState = 2;
            c.maxWaitDurationInHalfOpenState = 2 * resilience::second;
            c.automaticTransitionFromOpenToHalfOpenEnabled = type == resilience::WindowType::TimeBased;
            c.slowCallDurationThreshold = 100 * resilience::millisecond;
            resilience::BreakerSim sim(c, tokens);
            while (!sim.done() && sim.position() < 1'000'000) sim.step();
        }
    });
}

int breakerConfig(const std::uint8_t* data, std::size_t size) {
    const std::string t = text(data, size);
    // The first line may name an instance ("@payments"), so instance selection is fuzzed too.
    std::string instance, body = t;
    if (t.starts_with("@")) {
        const auto end = t.find('\n');
        instance = t.substr(1, end == std::string::npos ? std::string::npos : end - 1);
        body = end == std::string::npos ? std::string() : t.substr(end + 1);
    }
    return tolerate([&] {
        const auto read = resilience::readBreakerConfig(body, "fuzz.yaml", instance);
        if (resilience::checkConfig(read.config).empty()) {
            resilience::BreakerConfig c = read.config;
            c.slidingWindowSize = std::min<std::uint32_t>(c.slidingWindowSize, 1000);
            c.permittedNumberOfCallsInHalfOpenState = std::min<std::uint32_t>(c.permittedNumberOfCallsInHalfOpenState, 1000);
            resilience::CircuitBreaker breaker(c);
            for (int i = 0; i < 50; ++i)
                if (breaker.tryAcquirePermission(i * resilience::second)) breaker.onResult(i * resilience::second, 0, i % 2 == 0);
            (void)resilience::describeConfig(c);
        }
    });
}

int practiceAnswer(const std::uint8_t* data, std::size_t size) {
    if (size < 2) return 0;
    // The first byte picks the question type, the second its seed (of four, each generated once:
    // generating runs the item, checking is what is fuzzed); the rest is the answer as typed.
    const auto& types = practice::questionTypes();
    const auto& type = types[data[0] % types.size()];
    const std::uint64_t seed = data[1] % 4;
    static std::map<std::pair<std::string, std::uint64_t>, practice::Question> questions;
    auto it = questions.find({type.id, seed});
    if (it == questions.end()) it = questions.emplace(std::pair{type.id, seed}, type.generate(practice::Level::Medium, seed)).first;
    const practice::Verdict verdict = it->second.check(text(data + 2, size - 2));
    if (verdict.outcome == practice::Outcome::Invalid && verdict.hint.empty()) __builtin_trap();  // a refusal says why
    return 0;
}

int historyDatabase(const std::uint8_t* data, std::size_t size) {
    // The bytes as a history file: it opens (maybe moved aside as corrupt, or refused as newer),
    // reads back and takes one answer, or is refused with HistoryError; nothing else may happen.
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("stepwise-fuzz-history-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path file = dir / "history.sqlite";
    std::ofstream(file, std::ios::binary).write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    try {
        auto history = practice::History::open(file.string());
        (void)history.answers();
        (void)history.cards();
        (void)history.sessionCount();
        if (history.saving()) {
            practice::AnswerRecord answer;
            answer.sessionId = history.startSession({"lcs", "easy", 1, 1, 30'000, 0});
            answer.type = "lcs.value";
            answer.topic = "lcs";
            answer.level = "easy";
            answer.instance = "{}";
            answer.correct = true;
            (void)history.recordAnswer(answer, practice::Rating::Good);
        }
    } catch (const practice::HistoryError&) {
    }
    fs::remove_all(dir);
    return 0;
}

const std::vector<Target>& targets() {
    static const std::vector<Target> all = {{"graph_text", graphText},
                                            {"dot", dot},
                                            {"operations", operations},
                                            {"keys", keys},
                                            {"cli_arguments", cliArguments},
                                            {"breaker_calls", breakerCalls},
                                            {"breaker_config", breakerConfig},
                                            {"practice_answer", practiceAnswer},
                                            {"history_db", historyDatabase}};
    return all;
}

}  // namespace stepwise::fuzz
