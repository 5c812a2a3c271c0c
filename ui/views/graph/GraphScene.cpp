#include "ui/views/graph/GraphScene.h"

#include <QFontMetricsF>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "core/graph/Narration.h"
#include "ui/views/graph/EdgeItem.h"
#include "ui/views/graph/EdgeLayerItem.h"
#include "ui/views/graph/VertexItem.h"

namespace stepwise::ui {
namespace {

using graph::EdgeId;
using graph::none;
using graph::VertexId;

bool hasTimes(const graph::GraphState& s) {
    return std::any_of(s.discovered.begin(), s.discovered.end(), [](std::uint32_t d) { return d != none; });
}
bool hasDistances(const graph::GraphState& s) {
    return std::any_of(s.distance.begin(), s.distance.end(), [](double d) { return std::isfinite(d); });
}

QString detailFor(const graph::GraphState& s, VertexId v, bool times, bool distances) {
    if (times && v < s.discovered.size()) {
        if (s.discovered[v] == none) return {};
        // Tarjan's numbers are index and low-link (the steps narrate low[v] ← ...); a finish time
        // says nothing there.
        if (s.finishKeepsOnStack && v < s.low.size() && s.low[v] != none)
            return QString::number(s.discovered[v]) + u'/' + QString::number(s.low[v]);
        const QString f = v < s.finished.size() && s.finished[v] != none ? QString::number(s.finished[v])
                                                                           : QStringLiteral("–");
        return QString::number(s.discovered[v]) + u'/' + f;
    }
    if (distances && v < s.distance.size()) return QString::fromStdString(graph::formatNumber(s.distance[v]));
    return {};
}

QString statusName(graph::VertexStatus status) {
    switch (status) {
        case graph::VertexStatus::Unseen: return GraphScene::tr("not reached yet");
        case graph::VertexStatus::Frontier: return GraphScene::tr("in the frontier");
        case graph::VertexStatus::Done: return GraphScene::tr("done");
        case graph::VertexStatus::Highlighted: return GraphScene::tr("highlighted");
    }
    return {};
}

}  // namespace

GraphScene::GraphScene(QObject* parent) : QGraphicsScene(parent) {
    // The drawing is static between graphs: a BSP index makes hit tests and exposure cheap at 5,000 items.
    setItemIndexMethod(BspTreeIndex);
    setBackgroundBrush(style_.background);
}

GraphScene::~GraphScene() {
    for (EdgeItem* item : edges_)
        if (!item->scene()) delete item;
}

void GraphScene::clearItems() {
    for (EdgeItem* item : edges_)
        if (!item->scene()) delete item;
    clear();
    rubberBand_ = nullptr;
    dragged_ = none;
    connectFrom_ = none;
    vertices_.clear();
    edges_.clear();
    plainLayer_ = nullptr;
    markedLayer_ = nullptr;
}

QString GraphScene::detailText(const graph::GraphState& state, VertexId v) {
    return detailFor(state, v, hasTimes(state), hasDistances(state));
}

void GraphScene::setGraph(const graph::Graph* g, const layout::GraphLayout& layout) {
    clearItems();
    graph_ = g;
    focusVertex_ = none;
    focusEdge_ = none;
    source_ = none;
    target_ = none;
    const std::size_t n = g ? g->vertexCount() : 0;
    const std::size_t m = g ? g->edgeCount() : 0;
    shownTimes_ = false;
    shownDistances_ = false;
    shownStatus_.assign(n, graph::VertexStatus::Unseen);
    shownDistance_.assign(n, graph::unreached);
    shownDiscovered_.assign(n, none);
    shownFinished_.assign(n, none);
    shownLow_.assign(n, none);
    shownParent_.assign(n, none);
    shownGroup_.assign(n, none);
    shownMark_.assign(m, graph::EdgeMark::None);
    if (!g) return;

    style_.compact = n > compactThreshold;
    style_.radius = style_.compact ? 8 : 16;
    style_.nameFont.setPixelSize(style_.compact ? 8 : 13);
    style_.labelFont.setPixelSize(style_.compact ? 8 : 11);
    style_.detailFont.setPixelSize(style_.compact ? 7 : 11);
    const bool weighted = std::any_of(g->edges().begin(), g->edges().end(), [](const graph::Edge& e) {
        return e.weight != 1.0;
    });
    style_.showWeights = weighted && !style_.compact;
    const QFontMetricsF nameMetrics(style_.nameFont);
    style_.namesInside = true;
    for (VertexId v = 0; v < n && style_.namesInside; ++v)
        style_.namesInside = nameMetrics.horizontalAdvance(QString::fromStdString(g->name(v))) <= 2 * style_.radius - 4;
    // Long names go below the circle and the number moves inside: a little more room for "12/17".
    if (!style_.namesInside && !style_.compact) style_.radius = 18;

    // Positions: the layout's, else the input's, else a grid (so a missing layout still draws).
    std::vector<QPointF> at(n);
    const auto columns = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(n))));
    for (VertexId v = 0; v < n; ++v) {
        if (layout.positions.size() == n)
            at[v] = {layout.positions[v].x, layout.positions[v].y};
        else if (g->hasPositions())
            at[v] = {g->position(v).x, g->position(v).y};
        else
            at[v] = {100.0 * static_cast<double>(v % columns), 100.0 * static_cast<double>(v / columns)};
    }

    vertices_.reserve(n);
    for (VertexId v = 0; v < n; ++v) {
        auto* item = new VertexItem(v, QString::fromStdString(g->name(v)), &style_);
        item->setPos(at[v]);
        item->setFlag(QGraphicsItem::ItemIsSelectable, editing_);
        addItem(item);
        vertices_.push_back(item);
    }
    if (!style_.namesInside && !style_.compact) fitLabels(at);

    // Edges joining the same two vertices (either way) fan out so each one stays visible.
    std::unordered_map<std::uint64_t, std::vector<EdgeId>> bundles;
    std::vector<int> loopsAt(n, 0);
    for (EdgeId e = 0; e < m; ++e) {
        const graph::Edge& edge = g->edge(e);
        const auto lo = std::min(edge.from, edge.to);
        const auto hi = std::max(edge.from, edge.to);
        if (lo != hi) bundles[(std::uint64_t{lo} << 32) | hi].push_back(e);
    }
    const qreal spacing = style_.compact ? 10 : 24;
    std::vector<qreal> bend(m, 0);
    for (const auto& [key, ids] : bundles) {
        if (ids.size() < 2) continue;
        const qreal middle = static_cast<qreal>(ids.size() - 1) / 2;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const graph::Edge& edge = g->edge(ids[i]);
            // Offsets are laid out along lo→hi; an edge drawn hi→lo has its left side flipped.
            const qreal offset = (static_cast<qreal>(i) - middle) * spacing;
            bend[ids[i]] = edge.from < edge.to ? offset : -offset;
        }
    }

    edges_.reserve(m);
    for (EdgeId e = 0; e < m; ++e) {
        const graph::Edge& edge = g->edge(e);
        auto* item = new EdgeItem(e, g->directed(), QString::fromStdString(graph::formatNumber(edge.weight)),
                                  &style_);
        if (edge.from == edge.to) {
            // A loop points away from the vertex's neighbours, towards the emptiest side.
            QPointF away(0, 0);
            for (graph::ArcId a = g->firstArc(edge.from); a < g->endArc(edge.from); ++a) {
                const QPointF d = at[edge.from] - at[g->head(a)];
                const qreal len = std::hypot(d.x(), d.y());
                if (len > 1e-6) away += d / len;
            }
            const qreal angle = std::hypot(away.x(), away.y()) < 1e-3 ? -M_PI / 2 : std::atan2(away.y(), away.x());
            item->setGeometry(at[edge.from], at[edge.to], 0, angle, loopsAt[edge.from]++);
        } else {
            item->setGeometry(at[edge.from], at[edge.to], bend[e]);
        }
        // Thousands of long edges as items would make every small repaint visit most of them: a compact
        // drawing leaves them to the two edge layers below.
        item->setFlag(QGraphicsItem::ItemIsSelectable, editing_);
        if (!style_.compact) addItem(item);
        edges_.push_back(item);
    }
    if (style_.compact) {
        plainLayer_ = new EdgeLayerItem(EdgeLayerItem::Kind::Plain, &edges_, &style_);
        markedLayer_ = new EdgeLayerItem(EdgeLayerItem::Kind::Marked, &edges_, &style_);
        addItem(plainLayer_);
        addItem(markedLayer_);
    }

    // Weight labels keep clear of vertices and their names where the line leaves room.
    if (style_.showWeights) {
        // Also clear of the weights placed before (a quadratic check, so only for modest graphs).
        const bool avoidWeights = edges_.size() <= 2000;
        for (std::size_t placed = 0; placed < edges_.size(); ++placed) {
            EdgeItem* item = edges_[placed];
            item->placeWeightLabel([this, placed, avoidWeights](const QRectF& label) {
                qreal area = 0;
                if (avoidWeights)
                    for (std::size_t e = 0; e < placed; ++e) {
                        const QRectF common = edges_[e]->weightRect().intersected(label);
                        area += common.width() * common.height();
                    }
                for (QGraphicsItem* other : items(label, Qt::IntersectsItemBoundingRect)) {
                    if (auto* vertex = qgraphicsitem_cast<VertexItem*>(other)) {
                        const QRectF common = vertex->occupiedRect().intersected(label);
                        area += common.width() * common.height();
                    }
                }
                return area;
            });
        }
    }

    // Room to pan the drawing half a screen past its edges (the view has no scroll bars).
    const QRectF bounds = itemsBoundingRect();
    const qreal pad = std::max(200.0, std::max(bounds.width(), bounds.height()) / 2);
    setSceneRect(bounds.adjusted(-pad, -pad, pad, pad));
}

void GraphScene::refreshDetail(const graph::GraphState& state, VertexId v) {
    vertices_[v]->setDetail(detailFor(state, v, shownTimes_, shownDistances_));
}

void GraphScene::setParent(VertexId v, graph::ArcId arc) {
    const graph::ArcId old = shownParent_[v];
    if (old != none && old < graph_->arcCount()) {
        edges_[graph_->edgeOf(old)]->removeParentRef();
        syncEdge(graph_->edgeOf(old));
    }
    if (arc != none && arc < graph_->arcCount()) {
        const graph::Edge& edge = graph_->edge(graph_->edgeOf(arc));
        edges_[graph_->edgeOf(arc)]->addParentRef(edge.from != graph_->tail(arc));
        syncEdge(graph_->edgeOf(arc));
    }
    shownParent_[v] = arc;
}

void GraphScene::syncEdge(EdgeId e) {
    if (markedLayer_) markedLayer_->edgeChanged(e);
}

void GraphScene::showState(const graph::GraphState& state) {
    const std::size_t n = vertices_.size();
    const std::size_t m = edges_.size();
    if (!graph_ || state.status.size() != n || state.edgeMark.size() != m) return;

    const bool times = hasTimes(state);
    const bool distances = hasDistances(state);
    const bool modeChanged = times != shownTimes_ || distances != shownDistances_;
    shownTimes_ = times;
    lowLinks_ = state.finishKeepsOnStack;
    shownDistances_ = distances;

    const auto at = [](const auto& values, std::size_t i, auto fallback) {
        return i < values.size() ? values[i] : fallback;
    };
    for (VertexId v = 0; v < n; ++v) {
        if (state.status[v] != shownStatus_[v]) {
            vertices_[v]->setStatus(state.status[v]);
            shownStatus_[v] = state.status[v];
        }
        const double d = at(state.distance, v, graph::unreached);
        const std::uint32_t disc = at(state.discovered, v, none);
        const std::uint32_t fin = at(state.finished, v, none);
        const std::uint32_t low = at(state.low, v, none);
        if (modeChanged || d != shownDistance_[v] || disc != shownDiscovered_[v] || fin != shownFinished_[v] ||
            low != shownLow_[v]) {
            shownDistance_[v] = d;
            shownDiscovered_[v] = disc;
            shownFinished_[v] = fin;
            shownLow_[v] = low;
            refreshDetail(state, v);
        }
        const graph::ArcId parent = at(state.parent, v, none);
        if (parent != shownParent_[v]) setParent(v, parent);
        const std::uint32_t group = componentsShown_ ? at(state.group, v, none) : none;
        if (group != shownGroup_[v]) {
            shownGroup_[v] = group;
            vertices_[v]->setComponent(group == none ? -1 : static_cast<int>(group));
        }
    }
    for (EdgeId e = 0; e < m; ++e) {
        if (state.edgeMark[e] != shownMark_[e]) {
            edges_[e]->setMark(state.edgeMark[e]);
            shownMark_[e] = state.edgeMark[e];
            syncEdge(e);
        }
    }
}

namespace {

constexpr qreal kMaxLabel = 240;  // a name wider than this is cut whatever the room
constexpr qreal kLabelGap = 6;    // between two names on one line
constexpr qreal kSameRow = 16;    // centres closer than a label's height in y: their names share a line

/// Label widths for vertices on one line, left to right (`x` their centres, `want` what their names
/// need): each pair of neighbours shares the room between them, a short name leaving the rest to
/// the long one, so no name is cut where there is room and no two overlap.
std::vector<qreal> shareLine(const std::vector<qreal>& x, const std::vector<qreal>& want) {
    const std::size_t m = x.size();
    std::vector<qreal> left(m), right(m);
    for (std::size_t i = 0; i < m; ++i) left[i] = right[i] = want[i] / 2;
    for (std::size_t i = 0; i + 1 < m; ++i) {
        const qreal space = std::max<qreal>(0, x[i + 1] - x[i] - kLabelGap);
        const qreal a = want[i] / 2, b = want[i + 1] / 2;
        qreal ra = a, lb = b;
        if (a + b > space) {
            if (a <= space / 2) {
                lb = space - a;
            } else if (b <= space / 2) {
                ra = space - b;
            } else {
                ra = lb = space / 2;
            }
        }
        right[i] = std::min(right[i], ra);
        left[i + 1] = std::min(left[i + 1], lb);
    }
    std::vector<qreal> width(m);
    for (std::size_t i = 0; i < m; ++i) width[i] = 2 * std::min(left[i], right[i]);  // centred under the circle
    return width;
}

}  // namespace

void GraphScene::fitLabels(const std::vector<QPointF>& at) {
    // Names under circles on one row share the row (shareLine). When that would cut a name, every
    // other vertex of the row puts its name one line lower: each line then has half the names and
    // twice the room (issue 8: "Programmin…" with space around it, names over each other).
    const std::size_t n = at.size();
    const QFontMetricsF metrics(style_.labelFont);
    std::vector<qreal> want(n);
    for (std::size_t v = 0; v < n; ++v)
        want[v] = std::min(metrics.horizontalAdvance(vertices_[v]->name()) + 12, kMaxLabel);
    std::vector<std::size_t> order(n);
    for (std::size_t v = 0; v < n; ++v) order[v] = v;
    std::sort(order.begin(), order.end(), [&at](std::size_t a, std::size_t b) {
        return at[a].y() != at[b].y() ? at[a].y() < at[b].y() : at[a].x() < at[b].x();
    });
    for (std::size_t start = 0; start < n;) {
        std::size_t end = start + 1;
        while (end < n && at[order[end]].y() - at[order[start]].y() < kSameRow) ++end;
        std::vector<std::size_t> row(order.begin() + static_cast<std::ptrdiff_t>(start),
                                     order.begin() + static_cast<std::ptrdiff_t>(end));
        std::sort(row.begin(), row.end(), [&at](std::size_t a, std::size_t b) { return at[a].x() < at[b].x(); });
        // Widths for the row with the vertices of `lines` line numbers (0 or 1) sharing their lines.
        auto fit = [&](int lines) {
            std::vector<qreal> width(row.size());
            for (int line = 0; line < lines; ++line) {
                std::vector<qreal> x, w;
                std::vector<std::size_t> at_;
                for (std::size_t i = static_cast<std::size_t>(line); i < row.size(); i += static_cast<std::size_t>(lines)) {
                    x.push_back(at[row[i]].x());
                    w.push_back(want[row[i]]);
                    at_.push_back(i);
                }
                const std::vector<qreal> shared = shareLine(x, w);
                for (std::size_t k = 0; k < at_.size(); ++k) width[at_[k]] = shared[k];
            }
            return width;
        };
        auto cut = [&](const std::vector<qreal>& width) {
            qreal total = 0;
            for (std::size_t i = 0; i < row.size(); ++i) total += std::max<qreal>(0, want[row[i]] - width[i]);
            return total;
        };
        std::vector<qreal> width = fit(1);
        int lines = 1;
        if (row.size() > 1 && cut(width) > 0.5) {
            std::vector<qreal> staggered = fit(2);
            if (cut(staggered) < cut(width)) {
                width = std::move(staggered);
                lines = 2;
            }
        }
        for (std::size_t i = 0; i < row.size(); ++i) {
            vertices_[row[i]]->setLabelLine(lines == 2 ? static_cast<int>(i % 2) : 0);
            vertices_[row[i]]->setLabelWidth(width[i]);
        }
        start = end;
    }
}

void GraphScene::setComponentsShown(bool shown) {
    componentsShown_ = shown;
}

void GraphScene::setEndpoints(VertexId source, VertexId target) {
    for (VertexId v : {source_, target_})
        if (auto* item = vertexItem(v)) item->setEndpoint(false, false);
    source_ = source;
    target_ = target;
    if (auto* item = vertexItem(source)) item->setEndpoint(true, source == target);
    if (auto* item = vertexItem(target)) item->setEndpoint(source == target, true);
}

void GraphScene::setFocusVertex(VertexId v) {
    if (auto* item = vertexItem(focusVertex_)) item->setFocused(false);
    focusVertex_ = v;
    if (auto* item = vertexItem(v)) item->setFocused(true);
}

void GraphScene::setFocusEdge(EdgeId e) {
    if (auto* item = edgeItem(focusEdge_)) {
        item->setFocused(false);
        syncEdge(focusEdge_);
    }
    focusEdge_ = e;
    if (auto* item = edgeItem(e)) {
        item->setFocused(true);
        syncEdge(e);
    }
}

void GraphScene::applyPalette(const QPalette& palette) {
    style_.applyPalette(palette);
    setBackgroundBrush(style_.background);
    if (plainLayer_) plainLayer_->invalidate();
    if (markedLayer_) markedLayer_->invalidate();
    for (auto* item : vertices_) item->update();
    for (auto* item : edges_) item->update();
}

void GraphScene::setEditing(bool editing) {
    if (editing == editing_) return;
    editing_ = editing;
    clearSelection();
    for (VertexItem* item : vertices_) item->setFlag(QGraphicsItem::ItemIsSelectable, editing);
    for (EdgeItem* item : edges_) item->setFlag(QGraphicsItem::ItemIsSelectable, editing);
}

VertexId GraphScene::vertexAt(QPointF scenePos) const {
    for (QGraphicsItem* item : items(scenePos))
        if (auto* vertex = qgraphicsitem_cast<VertexItem*>(item)) return vertex->id();
    return none;
}

EdgeId GraphScene::edgeAt(QPointF scenePos, qreal reach) const {
    EdgeId best = none;
    qreal bestDistance = reach;
    const bool labels = style_.showWeights;
    for (EdgeItem* item : edges_) {
        if (!item->boundingRect().adjusted(-reach, -reach, reach, reach).contains(scenePos)) continue;
        // The weight label may sit beside the line: a press on it is on its edge.
        const bool onLabel = labels && !item->weightText().isEmpty() && item->weightRect().contains(scenePos);
        const qreal d = onLabel ? 0 : item->distanceTo(scenePos);
        if (d <= bestDistance) {
            bestDistance = d;
            best = item->id();
        }
    }
    return best;
}

void GraphScene::applyFontFamily(const QString& family) {
    if (style_.nameFont.family() == family) return;
    style_.setFamily(family);
    if (plainLayer_) plainLayer_->invalidate();
    if (markedLayer_) markedLayer_->invalidate();
    for (auto* item : vertices_) item->styleChanged();
    for (auto* item : edges_) item->update();
}

void GraphScene::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (editing_ && (event->button() == Qt::LeftButton || event->button() == Qt::RightButton)) {
        const VertexId v = vertexAt(event->scenePos());
        const bool connecting = event->button() == Qt::RightButton || (event->modifiers() & Qt::ShiftModifier);
        if (v != none) {
            event->accept();
            clearSelection();
            vertices_[v]->setSelected(true);
            if (connecting) {
                connectFrom_ = v;
                delete rubberBand_;
                rubberBand_ = new QGraphicsLineItem(QLineF(vertices_[v]->pos(), event->scenePos()));
                QPen pen(style_.accent, 2, Qt::DashLine);
                pen.setCosmetic(true);
                rubberBand_->setPen(pen);
                rubberBand_->setZValue(5);
                addItem(rubberBand_);
            } else {
                dragged_ = v;
                dragOffset_ = event->scenePos() - vertices_[v]->pos();
                dragMoved_ = false;
            }
            return;
        }
        if (const EdgeId e = edgeAt(event->scenePos()); e != none && event->button() == Qt::LeftButton) {
            event->accept();
            clearSelection();
            edges_[e]->setSelected(true);
            return;
        }
        clearSelection();
    }
    if (!editing_ && event->button() == Qt::LeftButton) {
        for (QGraphicsItem* item : items(event->scenePos())) {
            if (auto* vertex = qgraphicsitem_cast<VertexItem*>(item)) {
                event->accept();
                Q_EMIT vertexClicked(vertex->id());
                return;
            }
        }
        if (edgesClickable_) {
            // A few pixels on screen whatever the zoom: the view's scale turns them into scene units.
            qreal scale = 1;
            if (auto* view = event->widget() ? qobject_cast<QGraphicsView*>(event->widget()->parentWidget()) : nullptr)
                scale = std::hypot(view->transform().m11(), view->transform().m12());
            if (const EdgeId e = edgeAt(event->scenePos(), pickPixels / std::max(scale, 1e-6)); e != none) {
                event->accept();
                Q_EMIT edgeClicked(e);
                return;
            }
        }
    }
    // Not on a vertex: let the view pan (ScrollHandDrag starts when the scene ignores the press).
    QGraphicsScene::mousePressEvent(event);
}

void GraphScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event) {
    if (dragged_ != none && dragged_ < vertices_.size()) {
        // Only the vertex follows the pointer; its edges are redrawn when the room re-applies.
        vertices_[dragged_]->setPos(event->scenePos() - dragOffset_);
        dragMoved_ = true;
        event->accept();
        return;
    }
    if (connectFrom_ != none && rubberBand_) {
        rubberBand_->setLine(QLineF(rubberBand_->line().p1(), event->scenePos()));
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void GraphScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event) {
    if (connectFrom_ != none) {
        const VertexId from = connectFrom_;
        connectFrom_ = none;
        delete rubberBand_;
        rubberBand_ = nullptr;
        event->accept();
        const VertexId to = vertexAt(event->scenePos());
        if (to != none && to != from) Q_EMIT connectRequested(from, to);
        return;
    }
    if (dragged_ != none) {
        const VertexId v = dragged_;
        dragged_ = none;
        event->accept();
        if (dragMoved_ && v < vertices_.size()) Q_EMIT vertexMoved(v, vertices_[v]->pos());
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
}

void GraphScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) {
    if (!editing_ || event->button() != Qt::LeftButton) {
        QGraphicsScene::mouseDoubleClickEvent(event);
        return;
    }
    event->accept();
    dragged_ = none;
    if (vertexAt(event->scenePos()) != none) return;
    if (const EdgeId e = edgeAt(event->scenePos()); e != none)
        Q_EMIT weightRequested(e);
    else
        Q_EMIT addVertexRequested(event->scenePos());
}

void GraphScene::keyPressEvent(QKeyEvent* event) {
    if (editing_ && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)) {
        for (QGraphicsItem* item : selectedItems()) {
            if (auto* vertex = qgraphicsitem_cast<VertexItem*>(item)) {
                event->accept();
                Q_EMIT removeVertexRequested(vertex->id());
                return;
            }
            if (auto* edge = qgraphicsitem_cast<EdgeItem*>(item)) {
                event->accept();
                Q_EMIT removeEdgeRequested(edge->id());
                return;
            }
        }
    }
    QGraphicsScene::keyPressEvent(event);
}

void GraphScene::helpEvent(QGraphicsSceneHelpEvent* event) {
    for (QGraphicsItem* item : items(event->scenePos())) {
        auto* vertex = qgraphicsitem_cast<VertexItem*>(item);
        if (!vertex) continue;
        const VertexId v = vertex->id();
        QString text = QStringLiteral("<b>%1</b> — %2").arg(vertex->name().toHtmlEscaped(), statusName(vertex->status()));
        if (!vertex->detail().isEmpty())
            text += (!shownTimes_ ? tr("<br>distance / key: %1")
                     : lowLinks_  ? tr("<br>index/low-link: %1")
                                  : tr("<br>discovered/finished: %1"))
                        .arg(vertex->detail());
        const graph::ArcId parent = shownParent_[v];
        if (parent != none && parent < graph_->arcCount())
            text += tr("<br>reached from %1").arg(QString::fromStdString(graph_->name(graph_->tail(parent))).toHtmlEscaped());
        QToolTip::showText(event->screenPos(), text, event->widget());
        event->accept();
        return;
    }
    QToolTip::hideText();
    event->ignore();
}

}  // namespace stepwise::ui
