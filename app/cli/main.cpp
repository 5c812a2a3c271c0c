// stepwise-cli: the same core as the GUI, without a display. See DESIGN.md "Command line".
#include "app/cli/Cli.h"

int main(int argc, char** argv) { return stepwise::cli::run(argc, argv); }
