#include <algorithm>
#include <map>

#include "core/catalogue/Catalogue.h"
#include "core/common/InputError.h"
#include "core/practice/QuestionType.h"

namespace stepwise::practice {
namespace {

using catalogue::Area;

/// Topic names for the areas that have question types.
const std::vector<std::pair<std::string, Area>>& areaTopics() {
    static const std::vector<std::pair<std::string, Area>> topics = {
        {"graph", Area::Graph},           {"dp", Area::DynamicProgramming},  {"structures", Area::Structures},
        {"cache", Area::Caching},         {"balancer", Area::LoadBalancing}, {"queue", Area::Queue},
        {"resilience", Area::Resilience},
    };
    return topics;
}

}  // namespace

const char* levelName(Level level) {
    switch (level) {
        case Level::Easy:
            return "easy";
        case Level::Medium:
            return "medium";
        case Level::Hard:
            return "hard";
    }
    return "easy";
}

Level parseLevel(const std::string& text) {
    if (text == "easy") return Level::Easy;
    if (text == "medium") return Level::Medium;
    if (text == "hard") return Level::Hard;
    throw InputError("--level: '" + text + "' is not a level (expected easy, medium or hard)");
}

const std::vector<QuestionType>& questionTypes() {
    static const std::vector<QuestionType> types = [] {
        std::vector<QuestionType> all;
        for (auto part : {graphQuestionTypes(), dpQuestionTypes(), structureQuestionTypes(),
                          cacheQuestionTypes(), balancerQuestionTypes(), queueQuestionTypes(),
                          resilienceQuestionTypes()})
            for (auto& t : part) all.push_back(std::move(t));
        // Catalogue order, so a topic list asks its items in the order the sidebar shows them.
        std::vector<QuestionType> ordered;
        for (const auto& item : catalogue::catalogue())
            for (const auto& t : all)
                if (t.item == item.id) ordered.push_back(t);
        return ordered;
    }();
    return types;
}

const QuestionType* findQuestionType(std::string_view id) {
    for (const auto& t : questionTypes())
        if (t.id == id) return &t;
    return nullptr;
}

std::string knownTopics() {
    std::string out;
    for (const auto& [name, area] : areaTopics())
        for (const auto& t : questionTypes())
            if (catalogue::requireItem(t.item).area == area) {
                out += (out.empty() ? "" : ", ") + name;
                break;
            }
    std::string last;
    for (const auto& t : questionTypes())
        if (t.item != last && std::find_if(areaTopics().begin(), areaTopics().end(), [&t](const auto& a) {
                                  return a.first == t.item;
                              }) == areaTopics().end())
            out += ", " + (last = t.item);
    return out;
}

std::vector<const QuestionType*> typesForTopics(const std::vector<std::string>& topics) {
    std::vector<const QuestionType*> out;
    auto add = [&out](const QuestionType& t) {
        if (std::find(out.begin(), out.end(), &t) == out.end()) out.push_back(&t);
    };
    for (const auto& topic : topics) {
        const std::size_t before = out.size();
        bool named = false;
        for (const auto& [name, area] : areaTopics())
            if (name == topic) {
                named = true;
                for (const auto& t : questionTypes())
                    if (catalogue::requireItem(t.item).area == area) add(t);
            }
        for (const auto& t : questionTypes())
            if (t.item == topic || t.id == topic) {
                named = true;
                add(t);
            }
        if (out.size() == before && !(named && before > 0)) {
            const bool item = named || catalogue::findItem(topic) != nullptr;  // an area or item without types yet
            throw InputError(
                "--topics: " +
                (item ? "'" + topic + "' has no practice questions yet" : "unknown topic '" + topic + "'") +
                " (known topics: " + knownTopics() + ")");
        }
    }
    if (out.empty()) throw InputError("--topics: no topic given (known topics: " + knownTopics() + ")");
    return out;
}

std::uint64_t questionSeed(std::uint64_t sessionSeed, std::size_t index) {
    std::uint64_t z = sessionSeed + 0x9e3779b97f4a7c15ULL * (index + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return (z ^ (z >> 31)) >> 11;  // 53 bits: exact in JSON numbers and SQLite integers alike
}

QuestionType questionType(std::string id, std::string summary, std::function<Question(Level, std::uint64_t)> make) {
    QuestionType t;
    t.item = id.substr(0, id.find('.'));
    t.id = std::move(id);
    t.summary = std::move(summary);
    t.generate = std::move(make);
    return t;
}

std::size_t drawSize(const std::string& typeId, Level level, Random& random) {
    const auto [low, high] = sizeBounds(typeId, level);
    return static_cast<std::size_t>(random.between(static_cast<std::int64_t>(low), static_cast<std::int64_t>(high)));
}

Question questionBase(const std::string& typeId, Level level, std::uint64_t seed, nlohmann::json instance,
                      std::size_t size) {
    Question q;
    q.type = typeId;
    q.item = typeId.substr(0, typeId.find('.'));
    q.level = level;
    q.seed = seed;
    q.instance = std::move(instance);
    q.size = size;
    return q;
}

std::pair<std::size_t, std::size_t> sizeBounds(const std::string& typeId, Level level) {
    using Bounds = std::array<std::pair<std::size_t, std::size_t>, 3>;
    // By item: graphs count vertices, DP the longer string / items / values / amount's coins,
    // structures and caches the operations, balancers the requests asked about.
    static const std::map<std::string, Bounds> byItem = {
        {"graph", Bounds{{{4, 5}, {6, 7}, {8, 9}}}},
        {"lcs", Bounds{{{3, 4}, {5, 6}, {7, 8}}}},
        {"edit-distance", Bounds{{{3, 4}, {5, 6}, {7, 8}}}},
        {"knapsack", Bounds{{{3, 3}, {4, 4}, {5, 6}}}},
        {"lis", Bounds{{{5, 6}, {7, 8}, {9, 11}}}},
        {"coin-change", Bounds{{{2, 2}, {3, 3}, {3, 4}}}},
        {"heap", Bounds{{{4, 6}, {7, 9}, {10, 13}}}},
        {"trie", Bounds{{{4, 5}, {6, 8}, {9, 12}}}},
        {"segment-tree", Bounds{{{2, 3}, {4, 5}, {6, 8}}}},
        {"union-find", Bounds{{{3, 4}, {5, 7}, {8, 11}}}},
        {"cache", Bounds{{{5, 6}, {8, 10}, {12, 15}}}},
        {"balancer", Bounds{{{2, 4}, {4, 7}, {7, 12}}}},
        // The queue counts jobs, its backoff question the delivery asked about; the breaker and
        // the policies count calls (requests, attempts), clock moves aside.
        {"queue", Bounds{{{3, 4}, {5, 6}, {7, 8}}}},
        {"queue.backoff", Bounds{{{2, 3}, {3, 5}, {4, 7}}}},
        {"breaker", Bounds{{{6, 8}, {9, 12}, {13, 16}}}},
        {"retry", Bounds{{{3, 5}, {5, 8}, {8, 11}}}},
        {"rate-limiter", Bounds{{{4, 6}, {7, 10}, {10, 14}}}},
        {"bulkhead", Bounds{{{3, 5}, {5, 7}, {7, 10}}}},
    };
    const std::string item = typeId.substr(0, typeId.find('.'));
    auto it = byItem.find(typeId);  // a type of its own bounds first, then its item's
    if (it == byItem.end()) it = byItem.find(item);
    if (it == byItem.end()) it = byItem.find("graph");
    return it->second[static_cast<std::size_t>(level)];
}

}  // namespace stepwise::practice
