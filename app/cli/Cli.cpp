#include "app/cli/Cli.h"

#include <CLI/CLI.hpp>
#include <iostream>
#include <unistd.h>

#include "app/cli/ExportCommand.h"
#include "app/cli/PracticeCommand.h"
#include "app/cli/RunCommand.h"
#include "core/catalogue/Catalogue.h"
#include "core/common/InputError.h"
#include "core/common/TextTable.h"

namespace stepwise::cli {
namespace {

constexpr const char* kProgram = "stepwise-cli";

void printList(std::ostream& out) {
    TextTable table;
    for (const auto& item : catalogue::catalogue()) table.add({item.id, item.summary});
    out << table.str() << '\n';
}

int dispatch(int argc, char** argv) {
    CLI::App app{
        "Stepwise without a display: run the catalogue's algorithms and print their results, "
        "as text or JSON, step by step if asked.",
        kProgram};
    app.set_version_flag("--version", std::string(kProgram) + " " + STEPWISE_VERSION);
    app.require_subcommand(1);
    auto* list = app.add_subcommand("list", "every catalogue item, one per line, with a one-line summary");
    auto* run =
        app.add_subcommand("run", "run one item: run ITEM [options] [--json] [--trace]; run ITEM --help");
    // The item decides which options exist, so everything after `run` is handed to RunCommand.
    run->prefix_command();
    run->set_help_flag();
    ExportRequest exportRequest;
    auto* exportCommand = addExportCommand(app, exportRequest);
    PracticeRequest practiceRequest;
    auto* practiceCommand = addPracticeCommand(app, practiceRequest);

    // CLI11 would report a misspelt command as "A subcommand is required"; name it instead.
    // Likewise for an unknown option before the command.
    if (argc > 1) {
        const std::string first = argv[1];
        std::string commands;
        bool known = first == "-h" || first == "--help" || first == "--version";
        for (const auto* command : app.get_subcommands([](CLI::App*) { return true; })) {
            commands += (commands.empty() ? "" : ", ") + command->get_name();
            known = known || command->get_name() == first;
        }
        if (!known)
            throw InputError((first.starts_with("-") ? "unknown option '" : "unknown command '") + first +
                             "' (expected " + commands + ", --help or --version)");
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return app.exit(e, std::cout, std::cerr);  // --help, --version
        std::cerr << kProgram << ": " << e.what() << "\n"
                  << "Run '" << kProgram << " --help' for usage.\n";
        return 2;
    }

    if (list->parsed()) {
        printList(std::cout);
        return 0;
    }
    if (exportCommand->parsed()) {
        if (exportRequest.help) {
            std::cout << exportHelp(exportCommand->help(), exportRequest.input);
            return 0;
        }
        exportRequest.itemOptions = exportCommand->remaining();  // the item's options, as for run
        return executeExport(exportRequest, std::cout);
    }
    if (practiceCommand->parsed())
        return executePractice(practiceRequest, std::cin, std::cout, std::cerr, ::isatty(STDIN_FILENO) != 0,
                               STDIN_FILENO);
    const auto words = run->remaining();
    const RunRequest request = parseRunArguments(words);
    if (request.help) {
        if (words.empty()) {  // `run` alone is a usage error; `run --help` is not
            std::cerr << kProgram << ": run: missing ITEM\n\n" << runHelp();
            return 2;
        }
        std::cout << (request.item ? itemHelp(*request.item) : runHelp());
        return 0;
    }
    return executeRun(request, std::cout, std::cerr);
}

}  // namespace

int run(int argc, char** argv) {
    int status = 0;
    try {
        status = dispatch(argc, argv);
        // A result that could not be written (a full disk, a closed pipe) is a failure, not a success.
        std::cout.flush();
        if (!std::cout) throw std::runtime_error("cannot write the result to standard output");
    } catch (const InputError& e) {
        std::cerr << kProgram << ": " << e.what() << '\n';
        return 2;
    } catch (const std::exception& e) {
        std::cerr << kProgram << ": internal error: " << e.what() << '\n';
        return 1;
    } catch (...) {
        std::cerr << kProgram << ": internal error\n";
        return 1;
    }
    return status;
}

}  // namespace stepwise::cli
