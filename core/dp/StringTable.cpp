#include "core/dp/StringTable.h"

#include "core/common/InputError.h"

namespace stepwise::dp {

DpRun makeStringTableRun(const DpInput& in, const char*, std::size_t cellLimit) {
    DpRun run;
    const std::size_t rows = in.a.size() + 1, cols = in.b.size() + 1;
    if (rows > 0xFFFFFFu || cols > 0xFFFFFFu) throw InputError("strings longer than 16 million characters are not supported");
    run.rows = static_cast<std::uint32_t>(rows);
    run.cols = static_cast<std::uint32_t>(cols);
    run.result.tableKept = rows * cols <= cellLimit;
    if (!run.result.tableKept) return run;
    run.rowLabels.push_back("ε");
    for (char c : in.a) run.rowLabels.push_back(std::string(1, c));
    run.colLabels.push_back("ε");
    for (char c : in.b) run.colLabels.push_back(std::string(1, c));
    return run;
}

std::vector<CellId> stringTableDependencies(CellId c, std::uint32_t cols) {
    const std::uint32_t i = c / cols, j = c % cols;
    std::vector<CellId> deps;
    if (i > 0) deps.push_back(c - cols);
    if (j > 0) deps.push_back(c - 1);
    if (i > 0 && j > 0) deps.push_back(c - cols - 1);
    return deps;
}

}  // namespace stepwise::dp
