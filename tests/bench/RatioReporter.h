#pragma once
// A console reporter that also remembers each benchmark's CPU time per iteration, so a benchmark
// program can print ratios between implementations measured in the same run.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace stepwise::bench {

class RatioReporter : public benchmark::ConsoleReporter {
public:
    using benchmark::ConsoleReporter::ConsoleReporter;
    std::map<std::string, double> seconds;  // name → CPU seconds per iteration (median when repeated)

    void ReportRuns(const std::vector<Run>& reports) override {
        for (const auto& r : reports) {
            const std::string name = r.benchmark_name();
            const bool aggregate = r.run_type == Run::RT_Aggregate;
            if (aggregate && r.aggregate_name != "median") continue;
            std::string key = name;
            if (aggregate) key = name.substr(0, name.rfind('_'));
            seconds[key] = r.GetAdjustedCPUTime() / benchmark::GetTimeUnitMultiplier(r.time_unit);
        }
        ConsoleReporter::ReportRuns(reports);
    }

    /// Prints "label: a / b = ratio" when both were measured.
    void ratio(const char* label, const std::string& a, const std::string& b) const {
        const auto x = seconds.find(a), y = seconds.find(b);
        if (x == seconds.end() || y == seconds.end() || y->second == 0) return;
        std::printf("%-52s %8.2f×   (%s / %s)\n", label, x->second / y->second, a.c_str(), b.c_str());
    }
};

}  // namespace stepwise::bench
