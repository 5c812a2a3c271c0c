#pragma once
// `stepwise-cli practice --topics LIST --count N [--seed S] [--level easy|medium|hard]
// [--time-limit S] [--db PATH] [--json] [--answers] [--due]`: a timed session in the terminal,
// or scripted (one answer per line on standard input), stored in the practice history.
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>

namespace CLI {
class App;
}

namespace stepwise::cli {

struct PracticeRequest {
    std::string topics;  // comma-separated areas, items, types, or "due"
    int count = 10;
    std::optional<std::uint64_t> seed;
    std::string level = "medium";
    std::optional<int> timeLimitSeconds;
    std::string db;  // empty: $STEPWISE_DB or the XDG data directory
    bool json = false;
    bool answers = false;  // print questions with their accepted answers; read nothing
    bool due = false;      // list what is due and exit
};

CLI::App* addPracticeCommand(CLI::App& app, PracticeRequest& request);

/// Runs the session reading answers from `in`, or, when `inputFd` is a descriptor (>= 0), from it
/// with each question's time limit: a question whose limit passes before its answer line comes is
/// interrupted, counted as timed out (wrong), and the next one is asked. `interactive`: prompts
/// are shown and a half-typed answer is discarded at the limit (a terminal). Throws InputError
/// for bad usage (unknown topic, bad level).
int executePractice(const PracticeRequest& request, std::istream& in, std::ostream& out, std::ostream& err,
                    bool interactive, int inputFd = -1);

}  // namespace stepwise::cli
