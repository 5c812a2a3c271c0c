// The DP table model as an adapter: it passes QAbstractItemModelTester while a timeline steps both
// ways, and every role matches the state it reads, on seeded random inputs for every problem.
#include "ui/models/DpTableModel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>

#include "core/dp/DpProblem.h"
#include "core/trace/Random.h"
#include "core/trace/Timeline.h"
#include "ui/panels/dp/DpInputEditor.h"

using namespace stepwise;
using stepwise::ui::DpTableModel;

namespace {

QStringList labels(const std::vector<std::string>& v) {
    QStringList out;
    for (const auto& s : v) out << QString::fromStdString(s);
    return out;
}

dp::CellId cellOf(const dp::DpEvent& e) {
    return std::visit([](const auto& x) { return x.cell; }, e);
}

/// Every cell's roles against the state: value, mark, exactly one current cell, the dependencies.
void expectModelMatches(const DpTableModel& model, const dp::DpState& s, std::optional<dp::CellId> current,
                        const std::vector<dp::CellId>& deps) {
    ASSERT_EQ(model.rowCount(), static_cast<int>(s.rows));
    ASSERT_EQ(model.columnCount(), static_cast<int>(s.cols));
    int currentCount = 0;
    for (std::uint32_t r = 0; r < s.rows; ++r)
        for (std::uint32_t c = 0; c < s.cols; ++c) {
            const QModelIndex i = model.index(static_cast<int>(r), static_cast<int>(c));
            const dp::CellId cell = s.cell(r, c);
            const auto mark = s.mark[cell];
            const QVariant shown = i.data(Qt::DisplayRole);
            if (mark == dp::CellMark::Empty) EXPECT_FALSE(shown.isValid()) << r << "," << c;
            else EXPECT_EQ(shown.toString(), QString::fromStdString(dp::formatCell(s.value[cell]))) << r << "," << c;
            EXPECT_EQ(i.data(DpTableModel::MarkRole).toInt(), static_cast<int>(mark));
            const bool isCurrent = i.data(DpTableModel::CurrentRole).toBool();
            EXPECT_EQ(isCurrent, current == cell);
            currentCount += isCurrent;
            const bool isDep = std::find(deps.begin(), deps.end(), cell) != deps.end();
            EXPECT_EQ(i.data(DpTableModel::DependencyRole).toBool(), isDep);
            EXPECT_EQ(i.data(DpTableModel::ArrowRole).toString().isEmpty(), !isDep || !current);
            const int pathIndex = i.data(DpTableModel::PathIndexRole).toInt();
            if (mark == dp::CellMark::Path) {
                ASSERT_GE(pathIndex, 0);
                EXPECT_EQ(s.path[static_cast<std::size_t>(pathIndex)], cell);
            } else {
                EXPECT_EQ(pathIndex, -1);
            }
        }
    EXPECT_EQ(currentCount, current ? 1 : 0);
}

}  // namespace

TEST(DpTableModel, PassesTheModelTesterWhileSteppingBothWaysOnRandomInputs) {
    Random pick(2024);
    for (const auto& problem : dp::dpCatalogue()) {
        for (std::uint64_t seed = 1; seed <= 4; ++seed) {
            const QString id = QString::fromStdString(problem.id);
            const dp::DpInput input = ui::DpInputEditor::randomInput(id, seed);
            dp::DpRun run = problem.run(input, true, 250000);
            ASSERT_TRUE(run.recorded) << problem.id;
            trace::Timeline<dp::DpArea> timeline(run.initial, run.trace);
            DpTableModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
            model.setTable(&timeline.state(), labels(run.rowLabels), labels(run.colLabels));
            auto show = [&] {
                std::optional<dp::CellId> current;
                std::vector<dp::CellId> deps;
                if (!timeline.atStart()) {
                    current = cellOf(timeline.lastEvent());
                    deps = run.dependencies(*current);
                }
                model.setFocus(current, deps);
                expectModelMatches(model, timeline.state(), current, deps);
            };
            show();
            while (timeline.forward()) show();
            // The last state has every cell the table kept, with the run's final values.
            if (!run.table.empty()) {
                for (std::size_t c = 0; c < run.table.size(); ++c)
                    EXPECT_EQ(model.index(static_cast<int>(c / run.cols), static_cast<int>(c % run.cols)).data().toString(),
                              QString::fromStdString(dp::formatCell(run.table[c])));
            }
            while (timeline.back()) show();
            for (int k = 0; k < 10; ++k) {
                timeline.seek(pick.below(timeline.stepCount() + 1));
                show();
            }
            if (::testing::Test::HasFailure()) return;
        }
    }
}

TEST(DpTableModel, ArrowsPointFromTheReadCellTowardsTheCurrentOne) {
    EXPECT_EQ(DpTableModel::arrowBetween(2, 3, 3, 4), "↘");
    EXPECT_EQ(DpTableModel::arrowBetween(2, 4, 3, 4), "↓");
    EXPECT_EQ(DpTableModel::arrowBetween(3, 3, 3, 4), "→");
    EXPECT_EQ(DpTableModel::arrowBetween(3, 5, 3, 4), "←");
    EXPECT_EQ(DpTableModel::arrowBetween(1, 0, 3, 4), "↘");

    // Edit distance: D[1][1] reads D[0][1] (above), D[1][0] (left) and D[0][0] (up-left).
    const auto& problem = *dp::findDpProblem("edit-distance");
    dp::DpInput in;
    in.a = "ab";
    in.b = "ba";
    dp::DpRun run = problem.run(in, true, 1000);
    trace::Timeline<dp::DpArea> timeline(run.initial, run.trace);
    DpTableModel model;
    model.setTable(&timeline.state(), labels(run.rowLabels), labels(run.colLabels));
    const dp::CellId cell = timeline.state().cell(1, 1);
    model.setFocus(cell, run.dependencies(cell));
    EXPECT_EQ(model.index(0, 1).data(DpTableModel::ArrowRole).toString(), "↓");
    EXPECT_EQ(model.index(1, 0).data(DpTableModel::ArrowRole).toString(), "→");
    EXPECT_EQ(model.index(0, 0).data(DpTableModel::ArrowRole).toString(), "↘");
    EXPECT_TRUE(model.index(1, 1).data(DpTableModel::CurrentRole).toBool());
    EXPECT_FALSE(model.index(1, 1).data(DpTableModel::DependencyRole).toBool());
    EXPECT_TRUE(model.index(1, 1).data(Qt::ToolTipRole).toString().contains("current"));
}

TEST(DpTableModel, HeadersShowTheStringsWithTheirIndices) {
    const auto& problem = *dp::findDpProblem("edit-distance");
    dp::DpInput in;
    in.a = "kitten";
    in.b = "sitting";
    dp::DpRun run = problem.run(in, true, 1000);
    trace::Timeline<dp::DpArea> timeline(run.initial, run.trace);
    DpTableModel model;
    model.setTable(&timeline.state(), labels(run.rowLabels), labels(run.colLabels));
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(), "0  ε");
    EXPECT_EQ(model.headerData(1, Qt::Vertical).toString(), "1  k");
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), "s\n1");
    EXPECT_EQ(model.headerData(7, Qt::Horizontal).toString(), "g\n7");
    EXPECT_FALSE(model.headerData(8, Qt::Horizontal).isValid());

    // Knapsack columns are capacities: the label is the index, shown once.
    const auto& knapsack = *dp::findDpProblem("knapsack");
    dp::DpInput k;
    k.weights = {1, 3};
    k.values = {2, 5};
    k.capacity = 4;
    dp::DpRun krun = knapsack.run(k, true, 1000);
    trace::Timeline<dp::DpArea> ktimeline(krun.initial, krun.trace);
    model.setTable(&ktimeline.state(), labels(krun.rowLabels), labels(krun.colLabels));
    EXPECT_EQ(model.headerData(3, Qt::Horizontal).toString(), "3");
    EXPECT_TRUE(model.headerData(2, Qt::Vertical).toString().contains("w3"));
}

TEST(DpTableModel, NamesItsRolesAndShowsInfinity) {
    DpTableModel model;
    const auto names = model.roleNames();
    EXPECT_EQ(names.value(DpTableModel::MarkRole), "mark");
    EXPECT_EQ(names.value(DpTableModel::CurrentRole), "current");
    EXPECT_EQ(names.value(DpTableModel::DependencyRole), "dependency");
    EXPECT_EQ(names.value(Qt::DisplayRole), "display");
    EXPECT_EQ(DpTableModel::MarkRole, Qt::UserRole + 1);

    // Coin change with coins 2 and amount 3: F[0][a] is ∞ for every a > 0.
    const auto& problem = *dp::findDpProblem("coin-change");
    dp::DpInput in;
    in.coins = {2};
    in.amount = 3;
    dp::DpRun run = problem.run(in, true, 1000);
    trace::Timeline<dp::DpArea> timeline(run.initial, run.trace);
    model.setTable(&timeline.state(), labels(run.rowLabels), labels(run.colLabels));
    timeline.seek(timeline.stepCount());
    model.setFocus(std::nullopt, {});
    EXPECT_EQ(model.index(0, 0).data().toString(), "0");
    EXPECT_EQ(model.index(0, 3).data().toString(), "∞");
    EXPECT_EQ(model.index(1, 3).data().toString(), "∞");
    EXPECT_EQ(model.index(1, 2).data().toString(), "1");
}
