#include "core/cache/CacheChartCsv.h"

#include <algorithm>
#include <cctype>
#include <ostream>
#include <vector>

#include "core/cache/CacheItemRun.h"

namespace stepwise::cache {

namespace {

void writeHeader(std::ostream& out, const char* first, const CacheItemRun& run) {
    out << first;
    for (std::size_t side = 0; side < run.sides(); ++side) {
        std::string name = run.policy(side);
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::toupper(c); });
        out << ',' << name;
    }
    out << "\r\n";
}

}  // namespace

void writeMissRatioCsv(std::ostream& out, const CacheItemRun& run) {
    writeHeader(out, "capacity", run);
    std::vector<std::vector<MissRatioPoint>> curves;
    for (std::size_t side = 0; side < run.sides(); ++side) curves.push_back(run.missRatioCurve(side));
    // Both policies replay the same sizes; a row per size of the first.
    for (std::size_t i = 0; i < curves[0].size(); ++i) {
        out << curves[0][i].capacity;
        for (const auto& curve : curves) {
            out << ',';
            if (i < curve.size()) out << curve[i].missRatio;
        }
        out << "\r\n";
    }
}

void writeHitRatioCsv(std::ostream& out, const CacheItemRun& run) {
    writeHeader(out, "requests", run);
    const std::size_t rows = run.samplesUpTo(run.requestsServed());
    for (std::size_t i = 0; i < rows; ++i) {
        out << run.hitRatio(0)[i].at;
        for (std::size_t side = 0; side < run.sides(); ++side) {
            const auto& series = run.hitRatio(side);
            out << ',';
            if (i < series.size()) out << series[i].value;
        }
        out << "\r\n";
    }
}

}  // namespace stepwise::cache
