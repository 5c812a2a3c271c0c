#include "core/balance/BalancerChartCsv.h"

#include <ostream>
#include <string>

#include "core/balance/BalancerItemRun.h"

namespace stepwise::balance {

namespace {

std::string field(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string q = "\"";
    for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

}  // namespace

void writeCountsCsv(std::ostream& out, const BalancerItemRun& run) {
    out << "backend,weight,picks,active\r\n";
    const auto& backends = run.backends();
    for (std::size_t i = 0; i < backends.size(); ++i) {
        out << field(backends[i].name) << ',' << backends[i].weight << ',' << (i < run.counts().size() ? run.counts()[i] : 0)
            << ',' << (i < run.active().size() ? run.active()[i] : 0) << "\r\n";
    }
}

}  // namespace stepwise::balance
