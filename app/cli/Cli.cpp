#include "app/cli/Cli.h"

#include <iostream>

namespace stepwise::cli {

int run(int, char**) {
    std::cerr << "stepwise-cli: not wired yet\n";
    return 1;
}

}  // namespace stepwise::cli
