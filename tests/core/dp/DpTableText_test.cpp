// CSV and Markdown of DP tables: every DP item's table at several steps writes and reads back to
// the same cells, the cells match the state independently of the writer, and malformed CSV is
// refused with its line.
#include "core/dp/DpTableText.h"

#include <gtest/gtest.h>

#include <sstream>

#include "core/catalogue/Catalogue.h"
#include "core/common/InputError.h"
#include "core/dp/DpItemRun.h"

namespace stepwise::dp {
namespace {

std::vector<const catalogue::CatalogueItem*> dpItems() {
    std::vector<const catalogue::CatalogueItem*> items;
    for (const auto& item : catalogue::catalogue())
        if (item.area == catalogue::Area::DynamicProgramming) items.push_back(&item);
    return items;
}

TEST(DpTableText, EveryDpItemsCsvRoundTripsAtSeveralSteps) {
    ASSERT_FALSE(dpItems().empty());
    for (const auto* item : dpItems()) {
        auto run = item->start(item->presetOptions());
        auto* dp = run->as<DpItemRun>();
        ASSERT_NE(dp, nullptr) << item->id;
        for (std::size_t step : {std::size_t{0}, run->stepCount() / 3, run->stepCount()}) {
            run->seek(step);
            const DpTextTable table = dpTextTable(*dp);
            std::ostringstream csv;
            writeDpCsv(csv, table);
            EXPECT_EQ(readDpCsv(csv.str()), table) << item->id << " at step " << step << ":\n" << csv.str();
            // The cells say what the state says: a value where a cell is filled, nothing elsewhere.
            const DpState& s = dp->state();
            ASSERT_EQ(table.cells.size(), s.rows);
            for (std::uint32_t r = 0; r < s.rows; ++r)
                for (std::uint32_t c = 0; c < s.cols; ++c) {
                    const bool filled = s.mark[s.cell(r, c)] != CellMark::Empty;
                    const std::string& text = table.cells[r][c];
                    EXPECT_EQ(!text.empty(), filled) << item->id << " [" << r << "][" << c << "]";
                    if (filled && s.at(r, c) != infinity) {
                        EXPECT_EQ(std::stoll(text), s.at(r, c));
                    }
                }
        }
    }
}

TEST(DpTableText, QuotedLabelsRoundTrip) {
    DpTextTable t{{"a,b", "say \"hi\"", "plain"}, {"row\n1", "x"}, {{"1", "", "3"}, {"4", "5", "∞"}}};
    std::ostringstream csv;
    writeDpCsv(csv, t);
    EXPECT_EQ(readDpCsv(csv.str()), t) << csv.str();
}

TEST(DpTableText, MarkdownHasAHeaderARuleAndOneLinePerRow) {
    const auto& item = catalogue::requireItem("lcs");
    auto run = item.start(item.presetOptions());
    run->seek(run->stepCount());
    std::ostringstream md;
    writeDpMarkdown(md, *run->as<DpItemRun>());
    std::size_t tableLines = 0;
    std::istringstream in(md.str());
    for (std::string line; std::getline(in, line);)
        if (line.starts_with("|")) ++tableLines;
    EXPECT_EQ(tableLines, run->as<DpItemRun>()->state().rows + 2u) << md.str();
    EXPECT_NE(md.str().find("**"), std::string::npos);  // the traceback cells at the last step
}

TEST(DpTableText, MalformedCsvNamesTheLine) {
    auto lineOf = [](const std::string& text) {
        try {
            readDpCsv(text, "t.csv");
        } catch (const InputError& e) {
            EXPECT_EQ(e.file(), "t.csv");
            return e.line();
        }
        return -1;
    };
    EXPECT_EQ(lineOf(""), 1);                              // no header
    EXPECT_EQ(lineOf(",a,b\nr,1\n"), 2);                   // a short row
    EXPECT_EQ(lineOf(",a\nr,\"1\n"), 2);                   // a quote never closed
    EXPECT_EQ(lineOf(",a\nr,\"1\"x\n"), 2);                // text after the closing quote
    EXPECT_EQ(lineOf(",a\nr,1\"2\n"), 2);                  // a quote inside a plain field
    EXPECT_EQ(lineOf(",a,b\r\nr,1,2\r\ns,3\r\n"), 3);      // CRLF lines counted too
}

}  // namespace
}  // namespace stepwise::dp
