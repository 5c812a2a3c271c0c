// The scale benchmark (issue 12): a 1,000,000-vertex chain file (`v0 v1`, `v1 v2`, ...) through
// stepwise-cli end to end (read the file, run untraced, write the text or JSON result to
// /dev/null), as a user runs it. Prints, per command, the median wall time and peak memory (the
// child's maximum resident set) of a few runs, each against its budget. Not a timed test: it
// reports, it does not fail on a slow machine.
//
//   scale_bench [--vertices N] [--repetitions R]
// Any --benchmark_filter containing "Small" (what .ci/run passes every *_bench) runs a
// 10,000-vertex smoke version once.
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

extern char** environ;

namespace {

constexpr double kSecondsBudget = 1.5;
constexpr double kMegabytesBudget = 400;

struct Measure {
    double seconds = 0;
    double cpu = 0;  // user + system: what a loaded machine does not inflate
    double megabytes = 0;
    int status = -1;
};

Measure runCli(const std::vector<std::string>& args) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    std::vector<std::string> words{STEPWISE_CLI};
    words.insert(words.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& w : words) argv.push_back(w.data());
    argv.push_back(nullptr);

    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, STEPWISE_CLI, &actions, nullptr, argv.data(), environ) != 0)
        throw std::runtime_error("cannot start " + std::string(STEPWISE_CLI));
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0)
        if (errno != EINTR) throw std::runtime_error("wait4 failed");
    Measure m;
    m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    m.megabytes = static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux: kilobytes
    auto secondsOf = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    m.cpu = secondsOf(usage.ru_utime) + secondsOf(usage.ru_stime);
    m.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return m;
}

std::string writeChain(const std::filesystem::path& dir, std::size_t vertices) {
    const auto file = dir / ("chain-" + std::to_string(vertices) + ".graph");
    std::ofstream out(file, std::ios::binary);
    std::string line;
    for (std::size_t v = 0; v + 1 < vertices; ++v) {
        line = "v" + std::to_string(v) + " v" + std::to_string(v + 1) + "\n";
        out << line;
    }
    return file.string();
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t vertices = 1'000'000;
    int repetitions = 3;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--vertices" && i + 1 < argc)
            vertices = std::stoul(argv[++i]);
        else if (arg == "--repetitions" && i + 1 < argc)
            repetitions = std::stoi(argv[++i]);
        else if (arg.starts_with("--benchmark_filter") && arg.find("Small") != std::string::npos) {
            vertices = 10'000;
            repetitions = 1;
        }
    }
    const auto dir =
        std::filesystem::temp_directory_path() / ("stepwise-scale-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string file = writeChain(dir, vertices);
    std::cout << "chain of " << vertices << " vertices, " << vertices - 1 << " edges: " << file << " ("
              << std::filesystem::file_size(file) / (1024 * 1024) << " MB)\n\n";

    const std::vector<std::vector<std::string>> commands = {
        {"run", "dfs", "--graph", file},
        {"run", "dfs", "--graph", file, "--json"},
        {"run", "bfs", "--graph", file, "--source", "v0"},
        {"run", "dijkstra", "--graph", file, "--source", "v0", "--json"},
        {"run", "topological-sort", "--graph", file},
        {"run", "scc", "--graph", file, "--json"},
    };
    std::printf("%-44s %9s %7s %9s %9s %7s\n", "command (stdout to /dev/null)", "wall s", "/1.5 s", "CPU s",
                "peak MB", "/400 MB");
    int failures = 0;
    for (const auto& args : commands) {
        std::vector<Measure> runs;
        for (int r = 0; r < repetitions; ++r) runs.push_back(runCli(args));
        auto median = [&](auto field) {
            std::vector<double> v;
            for (const auto& m : runs) v.push_back(m.*field);
            std::sort(v.begin(), v.end());
            return v[v.size() / 2];
        };
        const double s = median(&Measure::seconds), cpu = median(&Measure::cpu),
                     mb = median(&Measure::megabytes);
        std::string label;
        for (std::size_t i = 1; i < args.size(); ++i)
            label += (i > 1 ? " " : "") + (args[i] == file ? "CHAIN" : args[i]);
        const bool ok = std::all_of(runs.begin(), runs.end(), [](const Measure& m) { return m.status == 0; });
        failures += ok ? 0 : 1;
        std::printf("%-44s %9.2f %7.2f %9.2f %9.0f %7.2f%s\n", label.c_str(), s, s / kSecondsBudget, cpu, mb,
                    mb / kMegabytesBudget, ok ? "" : "  FAILED");
    }
    std::filesystem::remove_all(dir);
    return failures == 0 ? 0 : 1;
}
