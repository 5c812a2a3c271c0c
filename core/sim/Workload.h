#pragma once
// Request streams for the simulations: which keys are asked for (uniform, Zipf, scan, bursts, a
// trace file) and when requests arrive (Poisson). Every generator is seeded: the same workload,
// count and seed give the same keys on every platform.
//
// Text syntax (CLI `--workload`, GUI field), fields separated by ':':
//   uniform:N          keys 0..N-1, each equally likely
//   zipf:S:N           key k-1 has weight 1/k^S for k = 1..N (key 0 is the hottest); S >= 0
//   scan:N             0, 1, ..., N-1, 0, 1, ... (a sequential scan, LRU's worst case)
//   burst:N:HOT:LEN    alternating phases of LEN requests: a hot phase draws uniformly from the
//                      hot set 0..HOT-1, a cold phase scans the other keys HOT..N-1 in order
//   trace:PATH         the keys of a file, one unsigned integer per line ('#' comments and blank
//                      lines skipped), replayed from the start again when more are asked for
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/sim/Engine.h"
#include "core/trace/Random.h"

namespace stepwise::sim {

enum class WorkloadKind { Uniform, Zipf, Scan, Burst, Trace };

struct Workload {
    WorkloadKind kind = WorkloadKind::Uniform;
    std::uint64_t keys = 1000;             // N: the key universe (all kinds but Trace)
    double zipfS = 0.99;                   // Zipf exponent
    std::uint64_t hotKeys = 10;            // Burst: size of the hot set (< keys)
    std::uint64_t phaseLength = 100;       // Burst: requests per phase
    std::vector<std::uint64_t> traceKeys;  // Trace: the file's keys (non-empty)
    std::string traceFile;                 // Trace: where they came from (for messages and describe())
};

/// The kinds' names as the syntax spells them: uniform, zipf, scan, burst, trace.
const std::vector<std::string>& workloadKinds();

/// Parses the syntax above; a trace's file is read here. InputError naming the problem (unknown
/// kind, listing the known ones; wrong number of fields; a field that is not a number or out of range;
/// a trace file that is missing or malformed, with file and line).
Workload parseWorkload(std::string_view text);

/// The workload back in the syntax above (parseWorkload(describe(w)) gives w for the generated kinds).
std::string describe(const Workload& w);

/// Throws InputError if w's parameters are out of range (as parseWorkload would).
void validate(const Workload& w);

/// `count` keys of the workload, drawn from Random(seed). Precondition: validate(w) passes.
std::vector<std::uint64_t> generateKeys(const Workload& w, std::size_t count, std::uint64_t seed);

/// Keys from a trace file's text (syntax above). InputError(file, line) for a line that is not one
/// unsigned 64-bit integer, and for a text with no keys at all.
std::vector<std::uint64_t> parseKeyTrace(std::string_view text, const std::string& file);
/// Reads and parses a trace file. InputError if it cannot be read.
std::vector<std::uint64_t> readKeyTrace(const std::string& path);

/// Poisson arrivals: exponentially distributed gaps with mean 1 / rate. Arrival times are kept in
/// double precision and rounded, so integer microseconds do not bias the rate.
class PoissonArrivals {
  public:
    /// InputError unless ratePerSecond is positive and finite.
    explicit PoissonArrivals(double ratePerSecond, Time start = 0);
    /// The next arrival time (strictly increasing in real terms; equal after rounding is possible).
    Time next(Random& random);
    double ratePerSecond() const { return rate_; }

  private:
    double rate_;
    double at_;  // in microseconds
};

/// `count` arrival times of a Poisson process at `ratePerSecond`, starting after time 0.
std::vector<Time> arrivalTimes(double ratePerSecond, std::size_t count, std::uint64_t seed);

}  // namespace stepwise::sim
