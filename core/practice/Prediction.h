#pragma once
// Predict the next step: at step k of any run, what the user is asked about step k + 1 (which vertex
// is settled next, the value of the next DP cell, which key is evicted, which backend is picked,
// what an operation answers, where the breaker goes) and the answers accepted, read from the run's
// own next step. Steps that decide nothing (an edge examined, a key inserted) have no question.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/practice/Question.h"
#include "core/run/Run.h"

namespace stepwise::practice {

/// How the user answers: click (or pick) a vertex, type a cell's value, or pick one of the choices.
enum class PredictionKind { Vertex, Cell, Choice };

struct Prediction {
    PredictionKind kind = PredictionKind::Choice;
    std::size_t step = 0;  // the step asked about: the run's step when asked, plus one
    std::string prompt;    // "Which vertex does Dijkstra settle next?"
    /// Vertex: every vertex name (a view's click answers with one); Choice: the options, one of
    /// them right; Cell: empty (the value is typed).
    std::vector<std::string> choices;
    std::uint32_t row = 0, col = 0;  // Cell: the cell asked about
    std::string expected;            // the accepted answer, as the user would give it
    /// Right for the next step's answer, Wrong for any other well-formed one, Invalid with a hint
    /// for a malformed one (letters for a number, a vertex the graph does not have).
    Checker check;
};

/// The question about the step after `run`'s current one, or nullopt when that step decides
/// nothing (or the run is at its end). `run` is left at the step it was at (it may be moved and
/// moved back to read the next step).
std::optional<Prediction> predictNext(run::Run& run);

}  // namespace stepwise::practice
