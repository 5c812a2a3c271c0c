#include "ui/panels/ResultPanel.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <algorithm>

#include "core/graph/Narration.h"
#include "ui/panels/PanelTitle.h"

namespace stepwise::ui {

using graph::Graph;
using graph::VertexId;

namespace {

QString name(const Graph& g, VertexId v) { return QString::fromStdString(g.name(v)); }
QString number(double v) { return QString::fromStdString(graph::formatNumber(v)); }

QString joinNames(const Graph& g, const std::vector<VertexId>& vs, const QString& sep, std::size_t limit) {
    QStringList parts;
    for (std::size_t i = 0; i < vs.size() && i < limit; ++i) parts << name(g, vs[i]);
    if (vs.size() > limit) parts << ResultPanel::tr("… (%1 more)").arg(vs.size() - limit);
    return parts.join(sep);
}

/// The path source → … → v along parent arcs (empty if v has no parent chain back to a root).
std::vector<VertexId> pathTo(const Graph& g, const std::vector<graph::ArcId>& parent, VertexId v) {
    std::vector<VertexId> path{v};
    while (parent[v] != graph::none && path.size() <= g.vertexCount()) {
        v = g.tail(parent[v]);
        path.push_back(v);
    }
    std::reverse(path.begin(), path.end());
    return path;
}

}  // namespace

ResultPanel::ResultPanel(QWidget* parent) : QWidget(parent) {
    setObjectName("resultPanel");
    text_ = new QPlainTextEdit(this);
    text_->setObjectName("resultText");
    text_->setReadOnly(true);
    text_->setAccessibleName(tr("Result of the run"));
    text_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text_->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(makePanelTitle(tr("Result"), this));
    layout->addWidget(text_);
}

void ResultPanel::showResult(const Graph& g, const graph::GraphQuery& query, const graph::GraphResult& result,
                             const QString& heading) {
    QString body = summarize(g, query, result);
    text_->setPlainText(heading.isEmpty() ? body : heading + "\n\n" + body);
}

void ResultPanel::clear() { text_->clear(); }

QString ResultPanel::text() const { return text_->toPlainText(); }

QString ResultPanel::summarize(const Graph& g, const graph::GraphQuery& query, const graph::GraphResult& r) {
    QStringList out;
    const std::size_t n = g.vertexCount();
    if (r.cycle) {
        auto cycle = *r.cycle;
        if (!cycle.empty()) cycle.push_back(cycle.front());
        out << tr("Cycle: %1").arg(joinNames(g, cycle, " → ", maxRows));
    }
    if (query.target != graph::none && r.distance.size() == n) {
        const double d = r.distance[query.target];
        if (d == graph::unreached) out << tr("%1 is not reachable.").arg(name(g, query.target));
        else {
            QString line = tr("Distance to %1: %2").arg(name(g, query.target), number(d));
            if (r.parent.size() == n) line += tr("\nPath: %1").arg(joinNames(g, pathTo(g, r.parent, query.target), " → ", maxRows));
            out << line;
        }
    }
    if (!r.treeEdges.empty()) {
        QStringList edges;
        for (std::size_t i = 0; i < r.treeEdges.size() && i < maxRows; ++i) {
            const auto& e = g.edge(r.treeEdges[i]);
            edges << QString("%1–%2 (%3)").arg(name(g, e.from), name(g, e.to), number(e.weight));
        }
        if (r.treeEdges.size() > maxRows) edges << tr("… (%1 more)").arg(r.treeEdges.size() - maxRows);
        out << tr("Tree: %1 edges, total weight %2\n%3").arg(r.treeEdges.size()).arg(number(r.totalWeight), edges.join(", "));
    }
    if (!r.components.empty()) {
        QStringList comps;
        for (std::size_t i = 0; i < r.components.size() && i < maxRows; ++i)
            comps << "{" + joinNames(g, r.components[i], ", ", 30) + "}";
        if (r.components.size() > maxRows) comps << tr("… (%1 more)").arg(r.components.size() - maxRows);
        out << tr("%1 components: %2").arg(r.components.size()).arg(comps.join(" "));
    }
    if (!r.order.empty()) out << tr("Order: %1").arg(joinNames(g, r.order, ", ", maxRows));
    if (r.distance.size() == n) {
        QStringList rows;
        int width = 6;
        for (VertexId v = 0; v < n && v < maxRows; ++v) width = std::max(width, static_cast<int>(g.name(v).size()));
        rows << QString("%1  %2  %3").arg(tr("vertex"), -width).arg(tr("dist"), -6).arg(tr("via"));
        for (VertexId v = 0; v < n && v < maxRows; ++v) {
            const bool hasParent = r.parent.size() == n && r.parent[v] != graph::none;
            rows << QString("%1  %2  %3")
                        .arg(name(g, v), -width)
                        .arg(number(r.distance[v]), -6)
                        .arg(hasParent ? name(g, g.tail(r.parent[v])) : QString("–"));
        }
        if (n > maxRows) rows << tr("… (%1 more vertices)").arg(n - maxRows);
        out << rows.join("\n");
    }
    if (out.isEmpty()) out << tr("(nothing to report)");
    return out.join("\n\n");
}

}  // namespace stepwise::ui
