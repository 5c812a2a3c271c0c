#pragma once
// "Show me": a practice question's worked solution in its item's own room: the room runs the
// question's instance (Room::applyOptions, or the graph room's editor for a graph) and seeks to
// the step the question is about, so the user steps on from there.
#include <QString>

#include "core/practice/Question.h"

namespace stepwise::ui {

class Room;

/// Shows `q` in `room` (the room that shows q.item) at q.step. False with the reason in `error`
/// when the room refuses the instance (what it showed stays).
bool showWorkedSolution(Room& room, const practice::Question& q, QString* error);

}  // namespace stepwise::ui
