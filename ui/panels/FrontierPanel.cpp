#include "ui/panels/FrontierPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/graph/Narration.h"
#include "ui/panels/PanelTitle.h"

namespace stepwise::ui {

using graph::FrontierOrder;
using graph::GraphState;

namespace {

QString frontierTitle(FrontierOrder order, std::size_t size) {
    switch (order) {
    case FrontierOrder::Fifo: return FrontierPanel::tr("Frontier (%1): queue, first in first out").arg(size);
    case FrontierOrder::Lifo: return FrontierPanel::tr("Frontier (%1): stack, last in first out").arg(size);
    case FrontierOrder::ByDistance: return FrontierPanel::tr("Frontier (%1): priority queue, smallest first").arg(size);
    case FrontierOrder::ByDistancePlusHeuristic:
        return FrontierPanel::tr("Frontier (%1): priority queue by f = g + h").arg(size);
    }
    return {};
}

QString keyHeader(FrontierOrder order) {
    switch (order) {
    case FrontierOrder::ByDistance: return FrontierPanel::tr("key");
    case FrontierOrder::ByDistancePlusHeuristic: return FrontierPanel::tr("f = g + h");
    default: return FrontierPanel::tr("distance");
    }
}

QString number(double v) { return QString::fromStdString(graph::formatNumber(v)); }

QString keyText(const GraphState& s, double key, graph::VertexId v) {
    switch (s.frontierOrder) {
    case FrontierOrder::ByDistance: return number(key);
    case FrontierOrder::ByDistancePlusHeuristic: {
        const double h = v < s.heuristic.size() ? s.heuristic[v] : 0.0;
        return QString("%1 = %2 + %3").arg(number(key), number(s.distance[v]), number(h));
    }
    default: return s.distance[v] == graph::unreached ? QString("–") : number(s.distance[v]);
    }
}

}  // namespace

FrontierPanel::FrontierPanel(QWidget* parent) : QWidget(parent) {
    setObjectName("frontierPanel");
    title_ = makePanelTitle(tr("Frontier"), this);
    title_->setObjectName("frontierTitle");
    title_->setWordWrap(true);

    table_ = new QTreeWidget(this);
    table_->setObjectName("frontierTable");
    table_->setAccessibleName(tr("Frontier in serve order"));
    table_->setRootIsDecorated(false);
    table_->setUniformRowHeights(true);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->setFocusPolicy(Qt::NoFocus);
    table_->setColumnCount(3);
    table_->setHeaderLabels({tr("#"), tr("vertex"), tr("key")});
    table_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table_->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    table_->header()->setStretchLastSection(true);
    table_->setColumnWidth(1, 110);

    order_ = new QLabel(this);
    order_->setObjectName("orderLabel");
    order_->setWordWrap(true);
    order_->setTextFormat(Qt::PlainText);
    // At most three lines, so a long order never squeezes the frontier table.
    order_->setMaximumHeight(order_->fontMetrics().lineSpacing() * 3 + 4);
    order_->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(title_);
    layout->addWidget(table_, 1);
    layout->addWidget(order_);
}

void FrontierPanel::clear() {
    table_->clear();
    title_->setText(tr("Frontier"));
    order_->clear();
}

void FrontierPanel::showState(const GraphState& state) {
    table_->setUpdatesEnabled(false);
    table_->clear();
    const graph::Graph& g = *state.graph;
    title_->setText(frontierTitle(state.frontierOrder, state.frontier.size()));
    table_->headerItem()->setText(2, keyHeader(state.frontierOrder));
    QList<QTreeWidgetItem*> rows;
    int i = 0;
    for (const auto& [key, v] : state.frontier) {
        if (i == maxRows) {
            auto* more = new QTreeWidgetItem({QString(), tr("… %1 more").arg(state.frontier.size() - maxRows), QString()});
            rows.append(more);
            break;
        }
        rows.append(new QTreeWidgetItem({QString::number(i + 1), QString::fromStdString(g.name(v)), keyText(state, key, v)}));
        ++i;
    }
    table_->addTopLevelItems(rows);
    table_->setUpdatesEnabled(true);

    // The most recent part of the order: it is what changed last.
    constexpr std::size_t kShown = 16;
    const auto& order = state.order;
    QStringList names;
    const std::size_t first = order.size() > kShown ? order.size() - kShown : 0;
    for (std::size_t k = first; k < order.size(); ++k) names << QString::fromStdString(g.name(order[k]));
    const QString prefix = first > 0 ? tr("… ") : QString();
    order_->setText(order.empty() ? tr("Order so far: none yet")
                                  : tr("Order so far (%1): %2%3").arg(order.size()).arg(prefix, names.join(", ")));
}

int FrontierPanel::rowCount() const { return table_->topLevelItemCount(); }

QString FrontierPanel::rowVertex(int row) const {
    auto* item = table_->topLevelItem(row);
    return item ? item->text(1) : QString();
}

QString FrontierPanel::titleText() const { return title_->text(); }

}  // namespace stepwise::ui
