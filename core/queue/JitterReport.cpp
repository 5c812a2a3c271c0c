#include "core/queue/JitterReport.h"

#include <algorithm>
#include <array>
#include <sstream>

#include "core/common/TextTable.h"
#include "core/queue/QueueNarration.h"

namespace stepwise::queue {

namespace {

constexpr std::size_t textBuckets = 40;  // rows of the text histogram
constexpr std::size_t jsonBuckets = 40;  // the same buckets in --json as in the text
constexpr std::size_t barWidth = 24;     // characters of the longest bar
constexpr sim::Time instantWindow = 100 * sim::millisecond;  // "at once": the chart's finest bucket

double ms(sim::Time t) { return static_cast<double>(t) / sim::millisecond; }

struct Side {
    const char* name;  // backoffName
    const JitterRun* run;
    sim::Time end;
};

std::array<Side, 2> sides(const JitterComparison& c) {
    return {Side{"none", &c.runNone, c.endNone}, Side{"full", &c.runFull, c.endFull}};
}

std::size_t bucketCount(sim::Time end, sim::Time width) { return static_cast<std::size_t>(end / width) + 1; }

}  // namespace

sim::Time herdBucket(sim::Time end, std::size_t most) {
    for (sim::Time decade = 100 * sim::millisecond;; decade *= 10)
        for (const sim::Time m : {1, 2, 5})
            if (bucketCount(end, m * decade) <= most) return m * decade;
}

nlohmann::json jitterJson(const JitterComparison& c, const QueueConfig& config) {
    const sim::Time end = std::max(c.endNone, c.endFull);
    const sim::Time width = herdBucket(end, jsonBuckets);
    nlohmann::json runs = nlohmann::json::array();
    for (const Side& s : sides(c)) {
        const auto [instant, at] = s.run->peak(instantWindow);
        nlohmann::json one = {{"backoff", s.name},
                              {"submitted", s.run->submitted},
                              {"completed", s.run->completed},
                              {"retried", s.run->retried},
                              {"dead_lettered", s.run->deadLettered},
                              {"end_ms", ms(s.end)},
                              {"peak_retries_in_100ms", instant}};
        one["peak_at_ms"] = at >= 0 ? nlohmann::json(ms(at)) : nlohmann::json(nullptr);
        one["peak_retries_in_1s"] = s.run->peak(sim::second).first;
        one["retries_per_bucket"] = s.run->perBucket(width, bucketCount(end, width));
        runs.push_back(std::move(one));
    }
    return {{"what", "jitter"}, {"seed", config.seed}, {"bucket_ms", ms(width)}, {"runs", std::move(runs)}};
}

std::string jitterText(const JitterComparison& c, const QueueConfig& config) {
    std::ostringstream out;
    out << "\njitter comparison: the same workload and seed (" << config.seed
        << "), backoff without jitter and with full jitter\n";
    TextTable table;
    table.add({"", "submitted", "completed", "retried", "dead-lettered", "ended at", "most retries back in 100 ms",
               "in 1 s"});
    for (const Side& s : sides(c)) {
        const auto [instant, at] = s.run->peak(instantWindow);
        table.add({"  " + backoffLabel(parseBackoff(s.name)), std::to_string(s.run->submitted),
                   std::to_string(s.run->completed), std::to_string(s.run->retried),
                   std::to_string(s.run->deadLettered), momentText(s.end),
                   std::to_string(instant) + (at >= 0 ? " (from " + momentText(at) + ")" : ""),
                   std::to_string(s.run->peak(sim::second).first)});
    }
    out << table.str() << '\n';

    const sim::Time end = std::max(c.endNone, c.endFull);
    const sim::Time width = herdBucket(end, textBuckets);
    const std::size_t count = bucketCount(end, width);
    const auto none = c.runNone.perBucket(width, count), full = c.runFull.perBucket(width, count);
    const std::size_t most = std::max(*std::max_element(none.begin(), none.end()),
                                      *std::max_element(full.begin(), full.end()));
    if (most == 0) {
        out << "no retries in either run\n";
        return out.str();
    }
    const std::size_t unit = (most + barWidth - 1) / barWidth;  // retries per '#'
    out << "retries back in the queue per " << durationText(width) << " of virtual time";
    if (unit > 1) out << " (each # is " << unit << ")";
    out << ":\n";
    auto cell = [unit](std::size_t n) {
        return n == 0 ? std::string("0") : std::to_string(n) + " " + std::string((n + unit - 1) / unit, '#');
    };
    TextTable bars;
    bars.add({"  from", "no jitter", "full jitter"});
    for (std::size_t k = 0; k < count;) {
        // A stretch of three or more buckets without a retry in either run is one row.
        std::size_t quiet = k;
        while (quiet < count && none[quiet] == 0 && full[quiet] == 0) ++quiet;
        const std::string from = "  " + momentText(static_cast<sim::Time>(k) * width);
        if (quiet - k >= 3) {
            bars.add({from + " to " + momentText(static_cast<sim::Time>(quiet - 1) * width), "0", "0"});
            k = quiet;
            continue;
        }
        bars.add({from, cell(none[k]), cell(full[k])});
        ++k;
    }
    out << bars.str() << '\n';
    return out.str();
}

}  // namespace stepwise::queue
