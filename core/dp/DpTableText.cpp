#include "core/dp/DpTableText.h"

#include <algorithm>
#include <ostream>

#include "core/common/InputError.h"
#include "core/dp/DpItemRun.h"

namespace stepwise::dp {
namespace {

std::string csvField(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string q = "\"";
    for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

void csvRow(std::ostream& out, const std::string& first, const std::vector<std::string>& rest) {
    out << csvField(first);
    for (const auto& s : rest) out << ',' << csvField(s);
    out << "\r\n";
}

std::string mdCell(const std::string& s) {
    std::string e;
    for (char c : s) {
        if (c == '|') e += "\\|";
        else if (c == '\n' || c == '\r') e += ' ';
        else e += c;
    }
    return e;
}

}  // namespace

DpTextTable dpTextTable(const DpItemRun& run) {
    const DpRun& d = run.dpRun();
    const DpState& s = run.state();
    DpTextTable t;
    t.colLabels = d.colLabels;
    t.rowLabels = d.rowLabels;
    t.colLabels.resize(s.cols);
    t.rowLabels.resize(s.rows);
    t.cells.assign(s.rows, std::vector<std::string>(s.cols));
    for (std::uint32_t r = 0; r < s.rows; ++r)
        for (std::uint32_t c = 0; c < s.cols; ++c)
            if (s.mark[s.cell(r, c)] != CellMark::Empty) t.cells[r][c] = formatCell(s.at(r, c));
    return t;
}

void writeDpCsv(std::ostream& out, const DpTextTable& t) {
    csvRow(out, "", t.colLabels);
    for (std::size_t r = 0; r < t.cells.size(); ++r) csvRow(out, t.rowLabels[r], t.cells[r]);
}

void writeDpMarkdown(std::ostream& out, const DpTextTable& t, const std::string& caption) {
    if (!caption.empty()) out << caption << "\n\n";
    out << "| |";
    for (const auto& l : t.colLabels) out << ' ' << mdCell(l) << " |";
    out << "\n|---|";
    for (std::size_t c = 0; c < t.colLabels.size(); ++c) out << "---:|";
    out << '\n';
    for (std::size_t r = 0; r < t.cells.size(); ++r) {
        out << "| " << mdCell(t.rowLabels[r]) << " |";
        for (const auto& cell : t.cells[r]) out << ' ' << mdCell(cell) << " |";
        out << '\n';
    }
}

void writeDpMarkdown(std::ostream& out, const DpItemRun& run) {
    DpTextTable t = dpTextTable(run);
    const DpState& s = run.state();
    for (CellId cell : s.path) {
        std::string& text = t.cells[s.rowOf(cell)][s.colOf(cell)];
        if (!text.empty() && !text.starts_with("**")) text = "**" + text + "**";
    }
    std::string caption = "**" + run.title() + "**, step " + std::to_string(run.step()) + " of " +
                          std::to_string(run.stepCount());
    if (run.step() > 0) caption += ": " + run.sentence();
    writeDpMarkdown(out, t, caption);
    if (!s.path.empty()) out << "\nBold cells are on the traceback.\n";
}

DpTextTable readDpCsv(std::string_view text, std::string_view fileName) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    std::size_t line = 1, i = 0;
    bool any = false;  // the current row has begun
    const std::string file(fileName);
    auto endField = [&] {
        row.push_back(std::move(field));
        field.clear();
    };
    auto endRow = [&] {
        endField();
        rows.push_back(std::move(row));
        row.clear();
        any = false;
    };
    while (i < text.size()) {
        const char c = text[i];
        if (c == '"' && field.empty()) {
            const std::size_t start = line;
            ++i;
            for (;;) {
                if (i >= text.size()) throw InputError("a quoted field is not closed", file, static_cast<int>(start));
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (text[i] == '\n') ++line;
                field += text[i++];
            }
            any = true;
            if (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n')
                throw InputError("text after a closing quote (expected a comma or the end of the line)", file, static_cast<int>(line));
            continue;
        }
        if (c == ',') {
            endField();
            any = true;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            endRow();
            ++line;
        } else {
            if (c == '"') throw InputError("a quote inside an unquoted field", file, static_cast<int>(line));
            field += c;
            any = true;
        }
        ++i;
    }
    if (any || !field.empty()) endRow();
    if (rows.empty()) throw InputError("no header row (expected the column labels)", file, 1);
    DpTextTable t;
    t.colLabels.assign(rows.front().begin() + 1, rows.front().end());
    for (std::size_t r = 1; r < rows.size(); ++r) {
        if (rows[r].size() != rows.front().size())
            throw InputError("this row has " + std::to_string(rows[r].size()) + " fields, the header " +
                                 std::to_string(rows.front().size()),
                             file, static_cast<int>(r + 1));
        t.rowLabels.push_back(rows[r].front());
        t.cells.emplace_back(rows[r].begin() + 1, rows[r].end());
    }
    return t;
}

}  // namespace stepwise::dp
