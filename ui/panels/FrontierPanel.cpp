#include "ui/panels/FrontierPanel.h"

#include <QFontMetrics>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <iterator>

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

QString time(std::uint32_t t) { return t == graph::none ? QString("–") : QString::number(t); }

QString valueText(const GraphState& s, const graph::FrontierTerms& terms, double key, graph::VertexId v) {
    using graph::ValueColumn;
    switch (terms.column) {
    case ValueColumn::DiscoveryFinish:
        return v < s.discovered.size() ? time(s.discovered[v]) + " / " + (v < s.finished.size() ? time(s.finished[v]) : "–") : "–";
    case ValueColumn::IndexLowLink:
        return v < s.discovered.size() && v < s.low.size() ? time(s.discovered[v]) + " / " + time(s.low[v]) : "–";
    case ValueColumn::InDegree:
    case ValueColumn::Hops:
    case ValueColumn::Distance: return s.distance[v] == graph::unreached ? QString("–") : number(s.distance[v]);
    case ValueColumn::Key: return number(key);
    case ValueColumn::FPlusH: {
        const double h = v < s.heuristic.size() ? s.heuristic[v] : 0.0;
        return QString("%1 = %2 + %3").arg(number(key), number(s.distance[v]), number(h));
    }
    }
    return {};
}

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
    table_->setColumnWidth(1, kNameColumnWidth);
    table_->viewport()->installEventFilter(this);

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

void FrontierPanel::showState(const GraphState& state, const graph::FrontierTerms& terms,
                              const graph::PassAtStep* pass) {
    if (terms.shows == graph::PanelShows::Pass && pass) return showPass(state, *pass);
    if (terms.shows == graph::PanelShows::Sets) return showSets(state);
    showState(state);
    table_->headerItem()->setText(2, QString::fromStdString(terms.columnName));
    for (int row = 0; row < table_->topLevelItemCount(); ++row) {
        auto* item = table_->topLevelItem(row);
        const auto it = std::next(state.frontier.begin(), row);
        if (row >= maxRows || it == state.frontier.end()) break;
        item->setText(2, valueText(state, terms, it->first, it->second));
    }
    fitNameColumn();
}

void FrontierPanel::showPass(const GraphState& state, const graph::PassAtStep& pass) {
    const graph::Graph& g = *state.graph;
    table_->clear();
    title_->setText(pass.pass == 0 ? tr("Bellman-Ford: no pass yet (every pass relaxes every edge; no queue)")
                                   : tr("Pass %1: %2 edges relaxed so far in it").arg(pass.pass).arg(pass.relaxed.size()));
    table_->headerItem()->setText(1, tr("edge relaxed"));
    table_->headerItem()->setText(2, tr("new distance"));
    QList<QTreeWidgetItem*> rows;
    for (std::size_t i = 0; i < pass.relaxed.size() && i < static_cast<std::size_t>(maxRows); ++i) {
        const auto arc = pass.relaxed[i];
        const auto head = g.head(arc);
        rows.append(new QTreeWidgetItem({QString::number(i + 1),
                                         QString::fromStdString(g.name(g.tail(arc)) + " → " + g.name(head)),
                                         number(state.distance[head])}));
    }
    table_->addTopLevelItems(rows);
    showOrder(state);
}

void FrontierPanel::showSets(const GraphState& state) {
    const graph::Graph& g = *state.graph;
    table_->clear();
    const auto sets = graph::unionFindSets(state.group);
    title_->setText(tr("Union-find sets (%1 of more than one vertex); an edge inside one set would close a cycle")
                        .arg(sets.size()));
    table_->headerItem()->setText(1, tr("set"));
    table_->headerItem()->setText(2, tr("members"));
    QList<QTreeWidgetItem*> rows;
    for (std::size_t i = 0; i < sets.size() && i < static_cast<std::size_t>(maxRows); ++i) {
        QStringList names;
        for (auto v : sets[i]) names << QString::fromStdString(g.name(v));
        rows.append(new QTreeWidgetItem({QString::number(i + 1), QString::fromStdString(g.name(sets[i].front())), names.join(", ")}));
    }
    table_->addTopLevelItems(rows);
    showOrder(state);
}

void FrontierPanel::showState(const GraphState& state) {
    table_->setUpdatesEnabled(false);
    table_->headerItem()->setText(1, tr("vertex"));
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
    showOrder(state);
}

void FrontierPanel::showOrder(const GraphState& state) {
    const graph::Graph& g = *state.graph;
    // The most recent part of the order: it is what changed last.
    constexpr std::size_t kShown = 16;
    const auto& order = state.order;
    QStringList names;
    const std::size_t first = order.size() > kShown ? order.size() - kShown : 0;
    for (std::size_t k = first; k < order.size(); ++k) names << QString::fromStdString(g.name(order[k]));
    const QString prefix = first > 0 ? tr("… ") : QString();
    order_->setText(order.empty() ? tr("Order so far: none yet")
                                  : tr("Order so far (%1): %2%3").arg(order.size()).arg(prefix, names.join(", ")));
    fitNameColumn();
}

void FrontierPanel::fitNameColumn() {
    // The name column fits its longest name (e.g. "ComputerArchitecture") and the key column its
    // widest key, where the panel has room for both.
    const QFontMetrics fm(table_->font());
    const QFontMetrics headerFm(table_->header()->font());
    constexpr int pad = 16;  // the cell's margins and a little air
    auto widest = [&](int column) {
        int w = headerFm.horizontalAdvance(table_->headerItem()->text(column)) + pad;
        for (int row = 0; row < table_->topLevelItemCount(); ++row)
            w = std::max(w, fm.horizontalAdvance(table_->topLevelItem(row)->text(column)) + pad);
        return w;
    };
    const int name = widest(1), key = widest(2);
    const int room = table_->viewport()->width() - table_->columnWidth(0);
    // Both whole where they fit (the name column at least its usual width when the key leaves it);
    // else the name whole up to half the room, the key the rest (A*'s "339.3 = 179 + 160.3").
    const int width = name + key <= room ? std::max(name, std::min(kNameColumnWidth, room - key))
                                         : std::min(name, std::max(room / 2, room - key));
    table_->setColumnWidth(1, std::max(width, 20));
}

bool FrontierPanel::eventFilter(QObject* watched, QEvent* event) {
    // The viewport's own resize (it lags the panel's when the window first shows).
    if (watched == table_->viewport() && event->type() == QEvent::Resize) fitNameColumn();
    return QWidget::eventFilter(watched, event);
}

int FrontierPanel::rowCount() const { return table_->topLevelItemCount(); }

QString FrontierPanel::rowVertex(int row) const {
    auto* item = table_->topLevelItem(row);
    return item ? item->text(1) : QString();
}

QString FrontierPanel::titleText() const { return title_->text(); }

}  // namespace stepwise::ui
