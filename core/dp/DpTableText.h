#pragma once
// A DP table at one step as CSV (RFC 4180) and as a Markdown table, and the CSV read back. The first
// row holds the column labels (after an empty corner cell), each other row starts with its row
// label; a cell not filled yet is empty, infinity is "∞", and traceback cells are marked with a
// '*' in Markdown only (CSV holds plain values, so a spreadsheet reads numbers).
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stepwise::dp {

class DpItemRun;

/// A table as text cells: what writeDpCsv writes and readDpCsv reads.
struct DpTextTable {
    std::vector<std::string> colLabels;
    std::vector<std::string> rowLabels;
    std::vector<std::vector<std::string>> cells;  // rows × columns; "" for a cell not filled yet

    friend bool operator==(const DpTextTable&, const DpTextTable&) = default;
};

/// The run's table at its current step.
DpTextTable dpTextTable(const DpItemRun& run);

void writeDpCsv(std::ostream& out, const DpTextTable& table);
void writeDpMarkdown(std::ostream& out, const DpTextTable& table, const std::string& caption = {});
/// The run's table at its current step, traceback cells in bold.
void writeDpMarkdown(std::ostream& out, const DpItemRun& run);

/// Parses CSV as writeDpCsv writes it (quoted fields with "" escapes, CRLF or LF line ends).
/// Throws InputError naming `fileName` and the line: an unterminated quote, text after a closing
/// quote, a row with a different number of fields than the header, no header.
DpTextTable readDpCsv(std::string_view text, std::string_view fileName = "csv");

}  // namespace stepwise::dp
