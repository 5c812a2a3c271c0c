// The DP room as a user meets it: edit distance on kitten/sitting, stepping both ways, the
// traceback, bad input reported in the banner without losing the table, and the offer to
// compute without the trace above the stepping limit.
#include "ui/rooms/DpRoom.h"

#include <gtest/gtest.h>

#include <QLineEdit>
#include <QPushButton>

#include "core/dp/DpItemRun.h"
#include "core/dp/EditDistance.h"
#include "core/trace/Random.h"
#include "ui/panels/ExplanationPanel.h"
#include "ui/panels/PseudocodePanel.h"
#include "ui/panels/dp/DpInputEditor.h"
#include "ui/panels/dp/DpResultPanel.h"
#include "ui/playback/PlaybackController.h"
#include "ui/models/DpTableModel.h"
#include "ui/views/dp/DpTableView.h"

using namespace stepwise;
using namespace stepwise::ui;

namespace {

QLineEdit* field(DpRoom& room, const QString& name) { return room.editor()->findChild<QLineEdit*>(name); }

int countCells(const DpTableModel& model, int role, const QVariant& value) {
    int n = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c) n += model.index(r, c).data(role) == value;
    return n;
}

/// Levenshtein distance by the textbook recursion over prefixes, memoised: a reference independent
/// of the core's table.
std::int64_t reference(const std::string& a, const std::string& b) {
    std::vector<std::vector<std::int64_t>> memo(a.size() + 1, std::vector<std::int64_t>(b.size() + 1, -1));
    std::function<std::int64_t(std::size_t, std::size_t)> d = [&](std::size_t i, std::size_t j) -> std::int64_t {
        if (i == 0) return static_cast<std::int64_t>(j);
        if (j == 0) return static_cast<std::int64_t>(i);
        auto& m = memo[i][j];
        if (m >= 0) return m;
        return m = std::min({d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + (a[i - 1] != b[j - 1])});
    };
    return d(a.size(), b.size());
}

}  // namespace

TEST(DpRoom, OpensWithEditDistanceOnKittenAndSittingAtStepZero) {
    DpRoom room;
    ASSERT_NE(room.dpRun(), nullptr);
    EXPECT_EQ(room.currentItem(), "edit-distance");
    EXPECT_EQ(room.dpRun()->input().a, "kitten");
    EXPECT_EQ(room.dpRun()->input().b, "sitting");
    EXPECT_EQ(room.model()->rowCount(), 7);
    EXPECT_EQ(room.model()->columnCount(), 8);
    EXPECT_EQ(room.playback()->step(), 0u);
    EXPECT_EQ(room.playback()->stepCount(), room.dpRun()->stepCount());
    EXPECT_EQ(countCells(*room.model(), DpTableModel::MarkRole, int(dp::CellMark::Empty)), 7 * 8);
    EXPECT_EQ(room.pseudocode()->currentLine(), -1);
    EXPECT_TRUE(room.explanation()->where().startsWith("Step 0"));
    // The result as it stands at step 0: not known yet (issue 8: it showed the final 3).
    EXPECT_TRUE(room.result()->text().contains("Not known yet"));
    EXPECT_EQ(room.items().size(), 5);
    EXPECT_EQ(room.items()[0].id, "lcs");
}

TEST(DpRoom, SteppingFillsCellsAndExplainsThemBothWays) {
    DpRoom room;
    PlaybackController* playback = room.playback();
    const QString atStart = room.explanation()->sentence();
    playback->stepForward();
    EXPECT_EQ(room.model()->index(0, 0).data().toString(), "0");
    EXPECT_TRUE(room.model()->index(0, 0).data(DpTableModel::CurrentRole).toBool());
    EXPECT_NE(room.explanation()->sentence(), atStart);
    EXPECT_TRUE(room.explanation()->sentence().contains("D[0][0]"));
    EXPECT_EQ(room.pseudocode()->currentLine(), 0);

    // D[1][1] (k against s) reads its three neighbours and says so with the numbers.
    const std::size_t cells = 7 * 8;
    playback->seek(1);
    for (std::size_t k = 1; k < cells; ++k) {
        playback->stepForward();
        if (room.model()->currentCell() == room.dpRun()->state().cell(1, 1)) break;
    }
    ASSERT_EQ(room.model()->currentCell(), room.dpRun()->state().cell(1, 1));
    EXPECT_EQ(room.model()->dependencies().size(), 3u);
    EXPECT_EQ(room.model()->index(0, 0).data(DpTableModel::ArrowRole).toString(), "↘");
    EXPECT_TRUE(room.explanation()->sentence().contains("min("));
    EXPECT_EQ(room.model()->index(1, 1).data().toString(), "1");

    const std::size_t here = playback->step();
    playback->stepBack();
    EXPECT_EQ(playback->step(), here - 1);
    EXPECT_FALSE(room.model()->index(1, 1).data().isValid());
    EXPECT_FALSE(room.model()->index(1, 1).data(DpTableModel::CurrentRole).toBool());
    playback->toStart();
    EXPECT_EQ(countCells(*room.model(), DpTableModel::MarkRole, int(dp::CellMark::Empty)), 7 * 8);
}

TEST(DpRoom, TracebackCellsGetThePathRoleAndTheScriptGrows) {
    DpRoom room;
    PlaybackController* playback = room.playback();
    const auto& result = room.dpRun()->dpRun().result;
    const std::size_t fills = 7 * 8;
    playback->seek(fills);
    EXPECT_EQ(countCells(*room.model(), DpTableModel::MarkRole, int(dp::CellMark::Path)), 0);
    EXPECT_EQ(room.result()->markedCount(), 0);
    playback->stepForward();
    EXPECT_EQ(room.pseudocode()->currentLine(), 4);
    EXPECT_TRUE(room.model()->index(6, 7).data(DpTableModel::CurrentRole).toBool());
    EXPECT_EQ(room.model()->index(6, 7).data(DpTableModel::MarkRole).toInt(), int(dp::CellMark::Path));
    playback->stepForward();
    EXPECT_EQ(room.result()->markedCount(), 1);  // the script's last operation is known
    playback->toEnd();
    EXPECT_EQ(countCells(*room.model(), DpTableModel::MarkRole, int(dp::CellMark::Path)),
              static_cast<int>(result.traceback.size()));
    for (auto [r, c] : result.traceback) {
        const QModelIndex i = room.model()->index(static_cast<int>(r), static_cast<int>(c));
        EXPECT_EQ(i.data(DpTableModel::MarkRole).toInt(), int(dp::CellMark::Path));
        EXPECT_GE(i.data(DpTableModel::PathIndexRole).toInt(), 0);
    }
    EXPECT_EQ(room.result()->markedCount(), static_cast<int>(result.script.size()));
    EXPECT_TRUE(room.result()->text().contains("substitute k→s"));
    EXPECT_TRUE(room.explanation()->sentence().contains("complete"));
    // Back out of the traceback: the path shrinks again.
    playback->stepBack();
    EXPECT_EQ(countCells(*room.model(), DpTableModel::MarkRole, int(dp::CellMark::Path)),
              static_cast<int>(result.traceback.size()) - 1);
}

TEST(DpRoom, TheResultPanelShowsTheResultAsItStandsNotTheFinalOneAtStepZero) {  // issue 8
    DpRoom room;
    PlaybackController* playback = room.playback();
    playback->toStart();
    EXPECT_TRUE(room.result()->text().contains("Not known yet")) << room.result()->text().toStdString();
    EXPECT_FALSE(room.result()->text().contains("Edit distance: 3"));
    playback->seek(7 * 8);  // the table is full: the value is known
    EXPECT_TRUE(room.result()->text().contains("Edit distance: 3")) << room.result()->text().toStdString();
    playback->toEnd();
    EXPECT_TRUE(room.result()->text().contains("Edit distance: 3"));
    playback->seek(3);
    EXPECT_TRUE(room.result()->text().contains("Not known yet"));
}

TEST(DpRoom, BadInputShowsAnErrorAndKeepsThePreviousTable) {
    DpRoom room;
    room.selectItem("knapsack");
    ASSERT_EQ(room.currentItem(), "knapsack");
    ASSERT_TRUE(room.bannerText().isEmpty());
    const run::Run* before = room.run();
    const int rows = room.model()->rowCount(), cols = room.model()->columnCount();
    room.playback()->seek(5);

    field(room, "knapsack-weights")->setText("1, 2");
    field(room, "knapsack-values")->setText("3");
    room.runRecorded();
    EXPECT_TRUE(room.bannerIsError());
    EXPECT_TRUE(room.bannerText().contains("2 weights and 1 values")) << room.bannerText().toStdString();
    EXPECT_EQ(room.run(), before);
    EXPECT_EQ(room.model()->rowCount(), rows);
    EXPECT_EQ(room.model()->columnCount(), cols);
    EXPECT_EQ(room.playback()->step(), 5u);

    field(room, "knapsack-values")->setText("3, x");
    room.runRecorded();
    EXPECT_TRUE(room.bannerText().contains("'x' is not a whole number")) << room.bannerText().toStdString();
    field(room, "knapsack-values")->setText("3, 4");
    field(room, "knapsack-capacity")->setText("-2");
    room.runRecorded();
    EXPECT_TRUE(room.bannerText().contains("negative"));
    field(room, "knapsack-weights")->setText("1, -2");
    field(room, "knapsack-capacity")->setText("5");
    room.runRecorded();
    EXPECT_TRUE(room.bannerText().contains("negative"));
    EXPECT_EQ(room.run(), before);

    // Good input replaces the run and clears the message.
    field(room, "knapsack-weights")->setText("1 2");
    room.runRecorded();
    EXPECT_FALSE(room.bannerIsError());
    EXPECT_TRUE(room.bannerText().isEmpty());
    EXPECT_EQ(room.model()->rowCount(), 3);
    EXPECT_EQ(room.model()->columnCount(), 6);
}

TEST(DpRoom, ATableOverTheLimitIsOfferedWithoutTheTraceAndItsValueIsRight) {
    DpRoom room;
    room.setCellLimit(100);
    const run::Run* before = room.run();
    Random random(7);
    std::string a, b;
    for (int i = 0; i < 14; ++i) a += static_cast<char>('a' + random.below(3));
    for (int i = 0; i < 12; ++i) b += static_cast<char>('a' + random.below(3));
    field(room, "edit-distance-a")->setText(QString::fromStdString(a));
    field(room, "edit-distance-b")->setText(QString::fromStdString(b));
    room.runRecorded();
    EXPECT_FALSE(room.bannerIsError());
    EXPECT_TRUE(room.editor()->untracedOffered());
    EXPECT_TRUE(room.editor()->messageText().contains("195")) << room.editor()->messageText().toStdString();
    EXPECT_EQ(room.run(), before);

    room.runUntraced();
    ASSERT_NE(room.run(), before);
    EXPECT_FALSE(room.dpRun()->dpRun().recorded);
    EXPECT_EQ(room.playback()->stepCount(), 0u);
    EXPECT_EQ(room.model()->rowCount(), 0);
    ASSERT_TRUE(room.dpRun()->dpRun().result.value.has_value());
    EXPECT_EQ(*room.dpRun()->dpRun().result.value, reference(a, b));
    EXPECT_TRUE(room.result()->text().contains(QString::number(reference(a, b))));
    EXPECT_FALSE(room.editor()->untracedOffered());
}

TEST(DpRoom, RandomInputsAreSeededAndValidForEveryProblem) {
    for (const auto& problem : dp::dpCatalogue()) {
        const QString id = QString::fromStdString(problem.id);
        int differ = 0;
        for (std::uint64_t seed = 0; seed < 40; ++seed) {
            const dp::DpInput x = DpInputEditor::randomInput(id, seed), y = DpInputEditor::randomInput(id, seed);
            EXPECT_EQ(x.a, y.a);
            EXPECT_EQ(x.b, y.b);
            EXPECT_EQ(x.weights, y.weights);
            EXPECT_EQ(x.values, y.values);
            EXPECT_EQ(x.coins, y.coins);
            EXPECT_EQ(x.capacity, y.capacity);
            EXPECT_EQ(x.amount, y.amount);
            const dp::DpInput z = DpInputEditor::randomInput(id, seed + 1);
            differ += x.a != z.a || x.b != z.b || x.weights != z.weights || x.values != z.values || x.coins != z.coins ||
                      x.amount != z.amount || x.capacity != z.capacity;
            dp::DpRun run;
            EXPECT_NO_THROW(run = problem.run(x, true, DpRoom::defaultCellLimit)) << problem.id << " seed " << seed;
            EXPECT_GT(std::size_t(run.rows) * run.cols, 0u);
            EXPECT_LE(std::size_t(run.rows) * run.cols, 400u);  // small enough to watch
        }
        EXPECT_GT(differ, 30) << problem.id;
    }

    // The button fills the fields, runs, and moves the seed on.
    DpRoom room;
    room.editor()->setSeed(11);
    room.editor()->randomize();
    const dp::DpInput expected = DpInputEditor::randomInput("edit-distance", 11);
    EXPECT_EQ(room.dpRun()->input().a, expected.a);
    EXPECT_EQ(room.dpRun()->input().b, expected.b);
    EXPECT_EQ(*room.dpRun()->dpRun().result.value, reference(expected.a, expected.b));
    EXPECT_EQ(room.editor()->seed(), 12u);
}

TEST(DpRoom, EveryProblemRunsStepsToTheEndAndFillsItsTable) {
    DpRoom room;
    for (const auto& problem : dp::dpCatalogue()) {
        const QString id = QString::fromStdString(problem.id);
        room.selectItem(id);
        ASSERT_EQ(room.currentItem(), id);
        ASSERT_TRUE(room.bannerText().isEmpty()) << room.bannerText().toStdString();
        EXPECT_EQ(room.pseudocode()->lineCount(), static_cast<int>(problem.pseudocode.size()));
        room.playback()->toEnd();
        const auto& run = room.dpRun()->dpRun();
        for (std::size_t c = 0; c < run.table.size(); ++c)
            EXPECT_EQ(room.model()->index(static_cast<int>(c / run.cols), static_cast<int>(c % run.cols)).data().toString(),
                      QString::fromStdString(dp::formatCell(run.table[c])))
                << problem.id << " cell " << c;
        EXPECT_FALSE(room.explanation()->sentence().isEmpty()) << problem.id;
        room.playback()->toStart();
        EXPECT_EQ(countCells(*room.model(), DpTableModel::MarkRole, int(dp::CellMark::Empty)),
                  room.model()->rowCount() * room.model()->columnCount());
    }
}

TEST(DpRoom, ZoomChangesTheCellSizeAndStaysInRange) {
    DpRoom room;
    const QSize before = room.view()->cellSize();
    room.zoomIn();
    EXPECT_GT(room.view()->cellSize().width(), before.width());
    EXPECT_GT(room.view()->cellSize().height(), before.height());
    for (int i = 0; i < 30; ++i) room.zoomOut();
    EXPECT_DOUBLE_EQ(room.view()->zoom(), DpTableView::minZoom);
    EXPECT_GE(room.view()->cellSize().height(), 8);
}
