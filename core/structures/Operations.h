#pragma once
// Operation lists for the data structures: "push 5, pop, decrease 1 2" (commas or newlines separate
// operations, spaces separate words), and what each operation answered.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/common/InputError.h"
#include "core/trace/Trace.h"

namespace stepwise::structures {

struct Operation {
    std::string name;
    std::vector<std::string> args;
    int number = 0;                             // 1-based position in the list, for messages
    std::shared_ptr<const std::string> source;  // the file it was read from; null for inline text
    int line = 0;                               // its 1-based line in that file
    std::string text() const;
    /// "operation 3 'push x': <what>", naming the file and line when it came from a file.
    InputError error(const std::string& what) const;
    /// Argument i as a whole number; InputError "operation 3 'push x': 'x' is not a whole number".
    std::int64_t integer(std::size_t i) const;
    /// InputError unless there are exactly `count` arguments (`usage` shows the expected form).
    void expectArgs(std::size_t count, const char* usage) const;
};

/// Splits on commas and newlines; blank items and `#` comments are skipped.
/// `source` names the file (or is empty) for error messages with line numbers.
std::vector<Operation> parseOperations(const std::string& text, const std::string& source = {});

/// What one operation answered ("3", "true", "[cat, car]", "" for updates).
struct Outcome {
    std::string operation;
    std::string answer;
};

/// A traced run over a structure area: the starting state, the events, the per-operation answers,
/// and the step each operation starts at, plus the words for each step.
template <class Area>
struct StructureRun {
    typename Area::State initial;
    trace::Trace<typename Area::Event> trace;
    std::vector<Outcome> outcomes;
    std::vector<std::size_t> operationStart;  // step index (events before it) where each op begins
    std::vector<std::string> pseudocode;
    std::function<int(const typename Area::Event&)> lineOf;
    std::function<std::string(const typename Area::State& after, const typename Area::Event&)> explain;
};

}  // namespace stepwise::structures
