#pragma once
// The search's frontier in the order it will be served (queue, stack or priority queue, with each
// entry's key), and the order vertices were settled or finished so far. Big frontiers show their
// first `maxRows` entries and say how many more there are.
#include <QWidget>

#include "core/graph/FrontierTerms.h"
#include "core/graph/GraphState.h"

class QLabel;
class QTreeWidget;

namespace stepwise::ui {

class FrontierPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int maxRows = 200;

    explicit FrontierPanel(QWidget* parent = nullptr);

    void showState(const graph::GraphState& state);
    /// Shows what `terms` say the algorithm holds: its frontier with the value column named by
    /// what it holds, Bellman-Ford's pass (`pass`), or Kruskal's union-find sets.
    void showState(const graph::GraphState& state, const graph::FrontierTerms& terms,
                   const graph::PassAtStep* pass = nullptr);
    void clear();

    /// Rows shown (at most maxRows + 1 with the "… more" row) and the vertex name in a row.
    int rowCount() const;
    QString rowVertex(int row) const;
    QString titleText() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static constexpr int kNameColumnWidth = 110;  // the least the name column gets
    void fitNameColumn();
    void showPass(const graph::GraphState& state, const graph::PassAtStep& pass);
    void showSets(const graph::GraphState& state);
    void showOrder(const graph::GraphState& state);

    QLabel* title_;
    QTreeWidget* table_;
    QLabel* order_;
};

}  // namespace stepwise::ui
