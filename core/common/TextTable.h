#pragma once
// Left-aligned text columns for readable results (a run's resultText()). Widths count UTF-8 code
// points, so "∞" and "A→B" line up like plain ASCII.
#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

namespace stepwise {

/// Display width of a UTF-8 string: its code points (continuation bytes do not count).
inline std::size_t displayWidth(const std::string& text) {
    std::size_t width = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) ++width;
    return width;
}

class TextTable {
  public:
    void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }

    /// Rows joined by newlines (no trailing one); columns two spaces apart, the last unpadded.
    std::string str() const {
        std::vector<std::size_t> widths;
        for (const auto& row : rows_)
            for (std::size_t i = 0; i < row.size(); ++i) {
                if (widths.size() <= i) widths.push_back(0);
                widths[i] = std::max(widths[i], displayWidth(row[i]));
            }
        std::ostringstream out;
        for (std::size_t r = 0; r < rows_.size(); ++r) {
            if (r) out << '\n';
            for (std::size_t i = 0; i < rows_[r].size(); ++i) {
                out << rows_[r][i];
                if (i + 1 < rows_[r].size())
                    out << std::string(widths[i] - displayWidth(rows_[r][i]) + 2, ' ');
            }
        }
        return out.str();
    }

  private:
    std::vector<std::vector<std::string>> rows_;
};

}  // namespace stepwise
