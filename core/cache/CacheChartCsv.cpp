#include "core/cache/CacheChartCsv.h"

#include <algorithm>
#include <cctype>
#include <ostream>

#include "core/cache/CacheItemRun.h"

namespace stepwise::cache {

void writeHitRatioCsv(std::ostream& out, const CacheItemRun& run) {
    out << "requests";
    for (std::size_t side = 0; side < run.sides(); ++side) {
        std::string name = run.policy(side);
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::toupper(c); });
        out << ',' << name;
    }
    out << "\r\n";
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
