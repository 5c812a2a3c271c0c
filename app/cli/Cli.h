#pragma once

namespace stepwise::cli {

/// Exit status: 0 success, 2 bad input or usage, 1 internal failure.
int run(int argc, char** argv);

}  // namespace stepwise::cli
