#pragma once
// Left-aligned text columns for readable results (a run's resultText()). Widths count UTF-8 code
// points, so "∞" and "A→B" line up like plain ASCII.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stepwise {

/// Display width of a UTF-8 string: its code points (continuation bytes do not count).
inline std::size_t displayWidth(std::string_view text) {
    std::size_t width = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) ++width;
    return width;
}

class TextTable {
  public:
    void add(const std::vector<std::string>& row) {
        // Cells live in one buffer: a million-row table costs its text, not a million vectors.
        widths_.resize(std::max(widths_.size(), row.size()), 0);
        for (const auto& cell : row) {
            text_ += cell;
            cellLengths_.push_back(static_cast<std::uint32_t>(cell.size()));
        }
        for (std::size_t i = 0; i < row.size(); ++i) widths_[i] = std::max(widths_[i], displayWidth(row[i]));
        rowEnds_.push_back(cellLengths_.size());
    }

    /// Rows joined by newlines (no trailing one); columns two spaces apart, the last unpadded.
    std::string str() const {
        std::string out;
        out.reserve(text_.size() + rowEnds_.size() * (2 * widths_.size() + 1));
        std::size_t cell = 0, begin = 0;
        for (std::size_t r = 0; r < rowEnds_.size(); ++r) {
            if (r) out += '\n';
            for (std::size_t i = 0; cell < rowEnds_[r]; ++i, ++cell) {
                const std::string_view text(text_.data() + begin, cellLengths_[cell]);
                begin += cellLengths_[cell];
                out += text;
                if (cell + 1 < rowEnds_[r]) out.append(widths_[i] - displayWidth(text) + 2, ' ');
            }
        }
        return out;
    }

  private:
    std::string text_;
    std::vector<std::uint32_t> cellLengths_;  // each cell's bytes in text_, in order
    std::vector<std::size_t> rowEnds_;        // end of each row in cellLengths_
    std::vector<std::size_t> widths_;
};

}  // namespace stepwise
