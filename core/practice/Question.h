#pragma once
// One practice question: what is asked, on which instance, how answers are checked, one accepted
// answer as a user would type it, why it is right, and the step of the item's run it is about.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace stepwise::practice {

/// Instance size and trickiness (README "Practice" lists what each level changes).
enum class Level { Easy, Medium, Hard };
const char* levelName(Level level);
/// "easy" | "medium" | "hard"; InputError naming the choices otherwise.
Level parseLevel(const std::string& text);

/// Right and Wrong are graded; Invalid (a malformed answer: letters for a number, an unknown
/// vertex) is refused with a hint and costs nothing: the user answers again.
enum class Outcome { Right, Wrong, Invalid };

struct Verdict {
    Outcome outcome = Outcome::Wrong;
    std::string hint;  // Invalid: what was expected ("unknown vertex 'Q' (the vertices: A, B, C)")
};

/// Checks a typed answer. Accepts every right answer (any valid topological order, any optimal
/// knapsack), not only `expected`.
using Checker = std::function<Verdict(const std::string& typed)>;

/// How a GUI lets the user give the answer (the CLI always reads text). Whatever the form, the
/// answer ends up as text and `Question::check` judges it.
struct AnswerForm {
    enum class Kind {
        Text,      // type it
        Vertices,  // click vertices of the instance's graph; each click appends (an order, a set)
        Vertex,    // click one vertex
        Cell,      // a DP table cell: shown in the table, its value typed
        Choice,    // pick one of `choices` (a key, a backend, yes or no)
        Choices,   // pick from `choices` in order; each pick appends (a sequence of backends)
        Edges,     // click edges of the instance's graph; each click adds or removes one, as U-V (a set)
        Subset,    // click rows of `table`, one per choice; each click adds or removes that choice (a set)
    };
    Kind kind = Kind::Text;
    // Vertex/Vertices: the vertex names; Choice/Choices/Subset: what to pick; Edges: every edge
    // as U-V, in the graph's edge order.
    std::vector<std::string> choices;
    std::size_t row = 0;  // Cell: the asked cell
    std::size_t column = 0;
    std::vector<std::string> columns;             // Subset: the table's headings
    std::vector<std::vector<std::string>> table;  // Subset: one row under `columns` per choice
};

struct Question {
    std::string type;  // "dijkstra.distance": ITEM.KIND
    std::string item;  // the catalogue id: "dijkstra"
    Level level = Level::Easy;
    std::uint64_t seed = 0;
    std::string text;         // "What is the shortest distance from A to F?"
    nlohmann::json instance;  // the input in the catalogue's terms: {"graph": "...", "source": "A"}
    std::string expected;     // one accepted answer, as a user would type it: "A C B D"
    std::string explanation;  // why, in plain words
    std::size_t step = 0;     // the step of the item's run the question is about
    std::size_t size = 0;     // what the level bounds: vertices, string length, items, operations
    Checker check;
    AnswerForm form;  // Text unless the type says how to click or pick the answer
};

}  // namespace stepwise::practice
