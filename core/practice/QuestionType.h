#pragma once
// The question types, one list (built from each area's list next to this file). A type is keyed
// "ITEM.KIND" and generates a question from a level and a seed: same seed, same question.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/practice/Question.h"
#include "core/trace/Random.h"

namespace stepwise::practice {

struct QuestionType {
    std::string id;    // "dijkstra.distance"
    std::string item;  // "dijkstra": a catalogue id
    std::string summary;
    /// Builds the question. Deterministic in (level, seed).
    std::function<Question(Level, std::uint64_t seed)> generate;
};

/// Every question type, grouped by item in catalogue order.
const std::vector<QuestionType>& questionTypes();
const QuestionType* findQuestionType(std::string_view id);

/// The question types of the topics: a topic is an area ("graph", "dp", "structures", "cache",
/// "balancer", "queue", "resilience"), an item id ("dijkstra") or a type id ("dijkstra.order"). InputError naming the
/// known topics for one that is none of these, or for an item with no question types yet.
std::vector<const QuestionType*> typesForTopics(const std::vector<std::string>& topics);
/// "graph, dp, ..., bfs, dfs, ...": what typesForTopics() accepts.
std::string knownTopics();

/// The `index`-th question's seed in a session started from `sessionSeed` (splitmix64), and which
/// of `count` types it asks.
std::uint64_t questionSeed(std::uint64_t sessionSeed, std::size_t index);

/// Min and max of Question::size at a level, by type (README "Practice" has the table).
std::pair<std::size_t, std::size_t> sizeBounds(const std::string& typeId, Level level);

/// A question type "ITEM.KIND" (its item read from the id) that `make` generates.
QuestionType questionType(std::string id, std::string summary, std::function<Question(Level, std::uint64_t)> make);
/// A size for a question of `typeId` at `level`, drawn within sizeBounds().
std::size_t drawSize(const std::string& typeId, Level level, Random& random);
/// A question of `typeId` with its instance and size; the area fills in the text, answers and step.
Question questionBase(const std::string& typeId, Level level, std::uint64_t seed, nlohmann::json instance,
                      std::size_t size);

// Each area's types, next to this file.
std::vector<QuestionType> graphQuestionTypes();
std::vector<QuestionType> dpQuestionTypes();
std::vector<QuestionType> structureQuestionTypes();
std::vector<QuestionType> cacheQuestionTypes();
std::vector<QuestionType> balancerQuestionTypes();
std::vector<QuestionType> queueQuestionTypes();
std::vector<QuestionType> resilienceQuestionTypes();

}  // namespace stepwise::practice
