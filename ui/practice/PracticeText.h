#pragma once
// Small pieces of practice text the pages share.
#include <QString>
#include <cstdint>

#include "core/practice/Question.h"

namespace stepwise::ui {

/// The instance as "name: value" lines, as the CLI prints it; empty for a graph question (the
/// drawing shows the graph).
QString practiceInstanceText(const practice::Question& q);
/// "12.3 s".
QString practiceSeconds(std::int64_t ms);

}  // namespace stepwise::ui
