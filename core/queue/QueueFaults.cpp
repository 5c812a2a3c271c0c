#include "core/queue/QueueFaults.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

#include "core/common/InputError.h"

namespace stepwise::queue {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

bool number(std::string_view s, double& out) {
    if (s.empty()) return false;
    std::string copy(s);
    char* end = nullptr;
    out = std::strtod(copy.c_str(), &end);
    return end == copy.c_str() + copy.size() && std::isfinite(out) && copy.find_first_of("xXnN") == std::string::npos;
}

std::string millis(sim::Time t) {
    if (t % sim::second == 0) return std::to_string(t / sim::second) + "s";
    if (t % sim::millisecond == 0) return std::to_string(t / sim::millisecond) + "ms";
    return std::to_string(static_cast<double>(t) / sim::millisecond) + "ms";
}

}  // namespace

sim::Time parseDuration(std::string_view text, const std::string& what) {
    text = trim(text);
    double scale = static_cast<double>(sim::millisecond);
    std::string_view digits = text;
    if (text.ends_with("ms")) {
        digits.remove_suffix(2);
    } else if (text.ends_with("s")) {
        digits.remove_suffix(1);
        scale = static_cast<double>(sim::second);
    }
    double value = 0;
    if (!number(digits, value) || value < 0 || value * scale > 1e15)
        throw InputError(what + ": '" + std::string(text) +
                         "' is not a duration (expected a number of ms, or with a unit: 250ms, 1.5s)");
    return static_cast<sim::Time>(std::llround(value * scale));
}

sim::FaultSchedule parseQueueFaults(std::string_view text) {
    sim::FaultSchedule schedule;
    if (trim(text).empty()) return schedule;
    std::size_t position = 0;
    for (bool more = true; more;) {
        const std::size_t comma = text.find(',');
        more = comma != std::string_view::npos;
        const std::string_view entry = trim(text.substr(0, comma));
        text = more ? text.substr(comma + 1) : std::string_view();
        ++position;
        if (entry.empty()) throw InputError("--faults: entry " + std::to_string(position) + " is empty");
        const std::string where = "--faults: entry " + std::to_string(position) + " '" + std::string(entry) + "'";
        const std::size_t at = entry.find('@');
        if (at == std::string_view::npos)
            throw InputError(where + ": expected KIND@TIME[=VALUE] (kinds: failure-rate, kill-worker, kill-job, "
                                     "retry-job, redrive)");
        const std::string_view kind = entry.substr(0, at);
        std::string_view rest = entry.substr(at + 1);
        std::string_view value;
        const std::size_t eq = rest.find('=');
        if (eq != std::string_view::npos) {
            value = rest.substr(eq + 1);
            rest = rest.substr(0, eq);
        }
        sim::Fault f;
        f.at = parseDuration(rest, where + ": the time");
        auto index = [&](const char* noun) {
            std::uint32_t n = 0;
            const auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
            if (value.empty() || ec != std::errc() || p != value.data() + value.size() || n == 0)
                throw InputError(where + ": expected =N, the " + noun + " (from 1)");
            return n - 1;
        };
        if (kind == "failure-rate") {
            f.kind = sim::FaultKind::FailureRate;
            if (!number(value, f.value) || f.value < 0 || f.value > 1)
                throw InputError(where + ": expected =P, a failure rate between 0 and 1");
        } else if (kind == "kill-worker") {
            f.kind = sim::FaultKind::WorkerKill;
            f.target = index("worker");
        } else if (kind == "kill-job") {
            f.kind = sim::FaultKind::JobKill;
            f.target = index("job");
        } else if (kind == "retry-job") {
            f.kind = sim::FaultKind::JobRetry;
            f.target = index("job");
        } else if (kind == "redrive") {
            f.kind = sim::FaultKind::Redrive;
            if (!value.empty()) throw InputError(where + ": redrive takes no value");
        } else {
            throw InputError(where + ": unknown kind '" + std::string(kind) +
                             "' (known: failure-rate, kill-worker, kill-job, retry-job, redrive)");
        }
        schedule.add(f);
    }
    return schedule;
}

std::string faultText(const sim::Fault& f) {
    const std::string at = "@" + millis(f.at);
    switch (f.kind) {
        case sim::FaultKind::FailureRate: {
            std::string v = std::to_string(f.value);
            while (v.size() > 1 && v.back() == '0') v.pop_back();
            if (v.back() == '.') v.pop_back();
            return "failure-rate" + at + "=" + v;
        }
        case sim::FaultKind::WorkerKill:
            return "kill-worker" + at + "=" + std::to_string(f.target + 1);
        case sim::FaultKind::JobKill:
            return "kill-job" + at + "=" + std::to_string(f.target + 1);
        case sim::FaultKind::JobRetry:
            return "retry-job" + at + "=" + std::to_string(f.target + 1);
        case sim::FaultKind::Redrive:
            return "redrive" + at;
        default:
            return "fault" + at;
    }
}

}  // namespace stepwise::queue
