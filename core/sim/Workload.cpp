#include "core/sim/Workload.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

#include "core/common/InputError.h"
#include "core/sim/ZipfGenerator.h"

namespace stepwise::sim {
namespace {

std::vector<std::string_view> splitFields(std::string_view text, char sep, std::size_t maxFields) {
    std::vector<std::string_view> fields;
    while (fields.size() + 1 < maxFields) {
        const auto at = text.find(sep);
        if (at == std::string_view::npos) break;
        fields.push_back(text.substr(0, at));
        text.remove_prefix(at + 1);
    }
    fields.push_back(text);  // the last field keeps any further separators (a path may hold ':')
    return fields;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

bool parseUnsigned(std::string_view s, std::uint64_t& out) {
    if (s.empty()) return false;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size();
}

std::uint64_t unsignedField(std::string_view field, const char* what, std::string_view text) {
    std::uint64_t value = 0;
    if (!parseUnsigned(field, value))
        throw InputError("workload '" + std::string(text) + "': " + what + " must be a whole number, got '" +
                         std::string(field) + "'");
    return value;
}

double realField(std::string_view field, const char* what, std::string_view text) {
    double value = 0;
    const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), value);
    if (field.empty() || ec != std::errc() || end != field.data() + field.size() || !std::isfinite(value))
        throw InputError("workload '" + std::string(text) + "': " + what + " must be a number, got '" +
                         std::string(field) + "'");
    return value;
}

std::string knownKinds() {
    std::string known;
    for (const auto& k : workloadKinds()) known += (known.empty() ? "" : ", ") + k;
    return known;
}

std::string formatReal(double v) {
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    return ec == std::errc() ? std::string(buffer, end) : std::to_string(v);
}

}  // namespace

const std::vector<std::string>& workloadKinds() {
    static const std::vector<std::string> kinds = {"uniform", "zipf", "scan", "burst", "trace"};
    return kinds;
}

Workload parseWorkload(std::string_view text) {
    const std::string_view trimmed = trim(text);
    const auto colon = trimmed.find(':');
    const std::string_view kind = trimmed.substr(0, colon);
    const std::string_view rest =
        colon == std::string_view::npos ? std::string_view{} : trimmed.substr(colon + 1);
    const std::string shown(trimmed);

    auto fields = [&](std::size_t expected, const char* syntax) {
        auto f =
            colon == std::string_view::npos ? std::vector<std::string_view>{} : splitFields(rest, ':', 64);
        if (f.size() != expected)
            throw InputError("workload '" + shown + "': expected " + syntax + " (" +
                             std::to_string(expected) + " field" + (expected == 1 ? "" : "s") +
                             " after the kind, got " + std::to_string(f.size()) + ")");
        return f;
    };

    Workload w;
    if (kind == "uniform" || kind == "scan") {
        const auto f = fields(1, kind == "uniform" ? "uniform:N" : "scan:N");
        w.kind = kind == "uniform" ? WorkloadKind::Uniform : WorkloadKind::Scan;
        w.keys = unsignedField(f[0], "N (the number of keys)", shown);
    } else if (kind == "zipf") {
        const auto f = fields(2, "zipf:S:N");
        w.kind = WorkloadKind::Zipf;
        w.zipfS = realField(f[0], "S (the Zipf exponent)", shown);
        w.keys = unsignedField(f[1], "N (the number of keys)", shown);
    } else if (kind == "burst") {
        const auto f = fields(3, "burst:N:HOT:LEN");
        w.kind = WorkloadKind::Burst;
        w.keys = unsignedField(f[0], "N (the number of keys)", shown);
        w.hotKeys = unsignedField(f[1], "HOT (the hot set's size)", shown);
        w.phaseLength = unsignedField(f[2], "LEN (requests per phase)", shown);
    } else if (kind == "trace") {
        if (colon == std::string_view::npos || trim(rest).empty())
            throw InputError("workload '" + shown + "': expected trace:PATH");
        w.kind = WorkloadKind::Trace;
        w.traceFile = std::string(trim(rest));
        w.traceKeys = readKeyTrace(w.traceFile);
    } else {
        throw InputError("unknown workload kind '" + std::string(kind) + "' (known: " + knownKinds() +
                         "; e.g. zipf:0.99:1000)");
    }
    validate(w);
    return w;
}

void validate(const Workload& w) {
    const std::string shown = describe(w);
    auto fail = [&](const std::string& why) { throw InputError("workload '" + shown + "': " + why); };
    if (w.kind == WorkloadKind::Trace) {
        if (w.traceKeys.empty()) fail("the trace has no keys");
        return;
    }
    if (w.keys == 0) fail("N must be at least 1");
    if (w.kind == WorkloadKind::Zipf && !(w.zipfS >= 0.0 && w.zipfS <= 10.0))
        fail("the Zipf exponent S must be between 0 and 10");
    if (w.kind == WorkloadKind::Burst) {
        if (w.hotKeys == 0 || w.hotKeys >= w.keys) fail("HOT must be at least 1 and less than N");
        if (w.phaseLength == 0) fail("LEN must be at least 1");
    }
}

std::string describe(const Workload& w) {
    switch (w.kind) {
        case WorkloadKind::Uniform:
            return "uniform:" + std::to_string(w.keys);
        case WorkloadKind::Zipf:
            return "zipf:" + formatReal(w.zipfS) + ":" + std::to_string(w.keys);
        case WorkloadKind::Scan:
            return "scan:" + std::to_string(w.keys);
        case WorkloadKind::Burst:
            return "burst:" + std::to_string(w.keys) + ":" + std::to_string(w.hotKeys) + ":" +
                   std::to_string(w.phaseLength);
        case WorkloadKind::Trace:
            return "trace:" + w.traceFile;
    }
    return {};
}

std::vector<std::uint64_t> generateKeys(const Workload& w, std::size_t count, std::uint64_t seed) {
    Random random(seed);
    std::vector<std::uint64_t> keys(count);
    switch (w.kind) {
        case WorkloadKind::Uniform:
            for (auto& k : keys) k = random.below(w.keys);
            break;
        case WorkloadKind::Zipf: {
            const ZipfGenerator zipf(w.keys, w.zipfS);
            for (auto& k : keys) k = zipf.next(random) - 1;
            break;
        }
        case WorkloadKind::Scan:
            for (std::size_t i = 0; i < count; ++i) keys[i] = i % w.keys;
            break;
        case WorkloadKind::Burst: {
            const std::uint64_t cold = w.keys - w.hotKeys;
            std::uint64_t coldCursor = 0;
            for (std::size_t i = 0; i < count; ++i) {
                const bool hot = (i / w.phaseLength) % 2 == 0;
                if (hot)
                    keys[i] = random.below(w.hotKeys);
                else
                    keys[i] = w.hotKeys + coldCursor++ % cold;
            }
            break;
        }
        case WorkloadKind::Trace:
            for (std::size_t i = 0; i < count; ++i) keys[i] = w.traceKeys[i % w.traceKeys.size()];
            break;
    }
    return keys;
}

std::vector<std::uint64_t> parseKeyTrace(std::string_view text, const std::string& file) {
    std::vector<std::uint64_t> keys;
    int line = 0;
    while (!text.empty() || line == 0) {
        ++line;
        const auto end = text.find('\n');
        std::string_view raw = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        if (line == 1 && raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);  // UTF-8 byte order mark
        const std::string_view item = trim(raw);
        if (item.empty() || item.front() == '#') continue;
        std::uint64_t key = 0;
        if (!parseUnsigned(item, key))
            throw InputError(
                "expected one key (an unsigned integer below 2^64) per line, got '" + std::string(item) + "'",
                file, line);
        keys.push_back(key);
    }
    if (keys.empty())
        throw InputError("the trace has no keys (one unsigned integer per line expected)", file);
    return keys;
}

std::vector<std::uint64_t> readKeyTrace(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot open the trace file", path);
    std::ostringstream text;
    text << in.rdbuf();
    return parseKeyTrace(text.str(), path);
}

PoissonArrivals::PoissonArrivals(double ratePerSecond, Time start)
    : rate_(ratePerSecond), at_(static_cast<double>(start)) {
    if (!(ratePerSecond > 0.0) || !std::isfinite(ratePerSecond))
        throw InputError("the arrival rate must be a positive number of requests per second");
}

Time PoissonArrivals::next(Random& random) {
    // Inversion: -ln(1 - U) is Exp(1) for U uniform in [0, 1); 1 - U is never 0.
    const double meanGap = static_cast<double>(second) / rate_;
    at_ += -std::log1p(-random.unit()) * meanGap;
    return static_cast<Time>(std::llround(at_));
}

std::vector<Time> arrivalTimes(double ratePerSecond, std::size_t count, std::uint64_t seed) {
    Random random(seed);
    PoissonArrivals arrivals(ratePerSecond);
    std::vector<Time> times(count);
    for (auto& t : times) t = arrivals.next(random);
    return times;
}

}  // namespace stepwise::sim
