#include "ui/views/dp/DpTableView.h"

#include <QEvent>
#include <QHeaderView>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>
#include <cmath>

#include "ui/views/dp/DpCellDelegate.h"
#include "ui/models/DpTableModel.h"

namespace stepwise::ui {

/// Arrows over the cells: a transparent child of the viewport that lets every mouse event through.
class DpArrowOverlay : public QWidget {
public:
    DpArrowOverlay(DpTableView* view) : QWidget(view->viewport()), view_(view) {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
    }

protected:
    void paintEvent(QPaintEvent*) override { view_->paintArrows(); }

private:
    DpTableView* view_;
};

DpTableView::DpTableView(QWidget* parent) : QTableView(parent) {
    setObjectName("dpTableView");
    setAccessibleName(tr("DP table"));
    setItemDelegate(new DpCellDelegate(this));
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Arrow keys and Space belong to the playback bar; the table scrolls with the wheel and the bars.
    setFocusPolicy(Qt::NoFocus);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    for (QHeaderView* header : {horizontalHeader(), verticalHeader()}) {
        header->setSectionResizeMode(QHeaderView::Fixed);  // uniform sizes: no per-cell measuring
        header->setHighlightSections(false);
        header->setSectionsClickable(false);
    }
    verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    baseFont_ = font();
    overlay_ = new DpArrowOverlay(this);
    overlay_->setGeometry(viewport()->rect());
    applyGridColour();
    applyZoom();
}

void DpTableView::setTableModel(DpTableModel* model) {
    model_ = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &DpTableView::applyZoom);
    connect(model, &QAbstractItemModel::dataChanged, overlay_, qOverload<>(&QWidget::update));
    applyZoom();
}

QSize DpTableView::cellSize() const {
    return {horizontalHeader()->defaultSectionSize(), verticalHeader()->defaultSectionSize()};
}

void DpTableView::setZoom(double zoom) {
    zoom = std::clamp(zoom, minZoom, maxZoom);
    if (std::abs(zoom - zoom_) < 1e-9) return;
    zoom_ = zoom;
    applyZoom();
    Q_EMIT zoomChanged(zoom_);
}

void DpTableView::zoomIn() { setZoom(zoom_ * 1.25); }
void DpTableView::zoomOut() { setZoom(zoom_ / 1.25); }

void DpTableView::applyZoom() {
    QFont f = baseFont_;
    f.setPointSizeF(std::max(4.0, baseFont_.pointSizeF() * 1.15 * zoom_));
    setFont(f);
    QFont headerFont = baseFont_;
    headerFont.setPointSizeF(std::max(4.0, baseFont_.pointSizeF() * std::clamp(zoom_, 0.6, 1.6)));
    horizontalHeader()->setFont(headerFont);
    verticalHeader()->setFont(headerFont);
    const QFontMetrics metrics(f);
    const QString widest = model_ ? model_->widestText() : QString("00");
    const int height = std::max(8, static_cast<int>(std::lround(metrics.height() * 1.9)));
    const int width = std::max({height, metrics.horizontalAdvance(widest) + metrics.height(),
                                static_cast<int>(std::lround(metrics.height() * 2.2))});
    // Column labels (a character, a capacity) must fit too.
    int labelWidth = 0;
    if (model_) {
        const QFontMetrics headerMetrics(headerFont);
        const int n = std::min(model_->columnCount(), 400);
        for (int c = 0; c < n; ++c)
            for (const QString& line : model_->headerData(c, Qt::Horizontal).toString().split('\n'))
                labelWidth = std::max(labelWidth, headerMetrics.horizontalAdvance(line) + headerMetrics.height() / 2);
    }
    for (QHeaderView* header : {horizontalHeader(), verticalHeader()}) header->setMinimumSectionSize(4);
    horizontalHeader()->setDefaultSectionSize(std::max(width, labelWidth));
    verticalHeader()->setDefaultSectionSize(height);
    overlay_->update();
}

void DpTableView::fitAll() {
    if (!model_ || model_->rowCount() == 0 || model_->columnCount() == 0) return;
    // Try zooms from large to small until the table fits; keep the readable minimum otherwise.
    const double readable = 0.7;
    double z = 1.6;
    const double old = zoom_;
    for (; z > readable; z /= 1.1) {
        zoom_ = z;
        applyZoom();
        const int w = verticalHeader()->sizeHint().width() + model_->columnCount() * horizontalHeader()->defaultSectionSize();
        const int h = horizontalHeader()->sizeHint().height() + model_->rowCount() * verticalHeader()->defaultSectionSize();
        if (w + 4 <= width() && h + 4 <= height()) break;
    }
    zoom_ = std::max(z, readable);
    applyZoom();
    if (std::abs(old - zoom_) > 1e-9) Q_EMIT zoomChanged(zoom_);
    followCurrent();
}

void DpTableView::followCurrent() {
    if (!model_ || !model_->currentCell()) return;
    const QModelIndex current = model_->indexOf(*model_->currentCell());
    // The cells it reads first (so the arrows show where possible), then the cell itself wins.
    for (auto dep : model_->dependencies()) {
        const QModelIndex d = model_->indexOf(dep);
        if (std::abs(d.row() - current.row()) <= 3 && std::abs(d.column() - current.column()) <= 3)
            scrollTo(d, QAbstractItemView::EnsureVisible);
    }
    scrollTo(current, QAbstractItemView::EnsureVisible);
}

void DpTableView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta > 0) zoomIn();
        else if (delta < 0) zoomOut();
        event->accept();
        return;
    }
    QTableView::wheelEvent(event);
}

void DpTableView::changeEvent(QEvent* event) {
    QTableView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyGridColour();
        if (overlay_) overlay_->update();
    }
}

void DpTableView::applyGridColour() {
    // The grid is drawn in the palette's Mid, which in the dark palette nearly matches the base
    // (issue 8: the grid vanished); the view's own Mid gives its lines 3:1 against the cells.
    const QColor grid = DpCellColours::forPalette(palette()).grid;
    if (palette().color(QPalette::Mid) == grid) return;
    QPalette p = palette();
    p.setColor(QPalette::Mid, grid);
    setPalette(p);
}

void DpTableView::scrollContentsBy(int dx, int dy) {
    QTableView::scrollContentsBy(dx, dy);
    overlay_->update();
}

bool DpTableView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::Resize) overlay_->setGeometry(viewport()->rect());
    return QTableView::viewportEvent(event);
}

void DpTableView::updateGeometries() {
    if (centring_) return;  // our own margin change resizes the viewport and calls back here
    QTableView::updateGeometries();
    if (!model_) return;
    centring_ = true;
    // The base class put the headers at the top left with margins (header width, header height,
    // 0, 0); widen the margins equally on both sides by what the cells leave free.
    const int vw = verticalHeader()->isHidden() ? 0 : verticalHeader()->sizeHint().width();
    const int hh = horizontalHeader()->isHidden() ? 0 : horizontalHeader()->sizeHint().height();
    const int cellsW = model_->columnCount() * horizontalHeader()->defaultSectionSize();
    const int cellsH = model_->rowCount() * verticalHeader()->defaultSectionSize();
    const int freeW = viewport()->width() + viewportMargins().left() + viewportMargins().right() - vw;
    const int freeH = viewport()->height() + viewportMargins().top() + viewportMargins().bottom() - hh;
    const int extraX = std::max(0, (freeW - cellsW) / 2), extraY = std::max(0, (freeH - cellsH) / 2);
    setViewportMargins(vw + extraX, hh + extraY, extraX, extraY);
    const QRect vg = viewport()->geometry();
    verticalHeader()->setGeometry(vg.left() - vw, vg.top(), vw, vg.height());
    horizontalHeader()->setGeometry(vg.left(), vg.top() - hh, vg.width(), hh);
    overlay_->setGeometry(viewport()->rect());
    centring_ = false;
}

void DpTableView::paintArrows() {
    QPainter painter(overlay_);
    drawArrows(painter, [this](const QModelIndex& i) { return QRectF(visualRect(i)); }, viewport()->rect());
}

void DpTableView::drawArrows(QPainter& painter, const std::function<QRectF(const QModelIndex&)>& rectOf,
                             const QRectF& visible) const {
    if (!model_ || !model_->currentCell() || model_->dependencies().empty()) return;
    const QModelIndex current = model_->indexOf(*model_->currentCell());
    const QRectF to = rectOf(current);
    const DpCellColours colours = DpCellColours::forPalette(palette());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal cell = std::min(to.width(), to.height());
    const qreal thickness = std::clamp(cell / 14.0, 1.2, 3.0);
    QColor line = colours.dependencyLine;
    line.setAlpha(220);
    painter.setPen(QPen(line, thickness, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (auto dep : model_->dependencies()) {
        const QRectF from = rectOf(model_->indexOf(dep));
        if (!visible.intersects(from.united(to))) continue;
        const QPointF a = from.center(), b = to.center();
        const QPointF d = b - a;
        const qreal length = std::hypot(d.x(), d.y());
        if (length < 1) continue;
        const QPointF unit = d / length;
        // Start and end inside the two cells, clear of their numbers' middle.
        const qreal inset = std::min(from.width(), from.height()) * 0.3;
        const QPointF start = a + unit * inset, end = b - unit * inset;
        const bool neighbour = length < 1.6 * std::max(to.width(), to.height());
        QPainterPath path(start);
        QPointF tangent = unit;
        if (neighbour) {
            path.lineTo(end);
        } else {
            // Far cells (knapsack's K[i-1][c-w], LIS's earlier entries): a curve that bends below the row.
            QPointF normal(-unit.y(), unit.x());
            if (normal.y() < 0 || (std::abs(normal.y()) < 1e-9 && normal.x() < 0)) normal = -normal;
            const QPointF control = (start + end) / 2 + normal * std::min(length * 0.25, to.height() * 2.5);
            path.quadTo(control, end);
            const QPointF t = end - control;
            tangent = t / std::max<qreal>(1e-9, std::hypot(t.x(), t.y()));
        }
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        const qreal head = std::clamp(cell * 0.22, 5.0, 14.0);
        const QPointF side(-tangent.y(), tangent.x());
        QPolygonF arrow({end, end - tangent * head + side * head * 0.5, end - tangent * head - side * head * 0.5});
        painter.setBrush(line);
        painter.drawPolygon(arrow);
    }
    painter.restore();
}

qreal DpTableView::rowLabelWidth() const {
    // Measured in the font the labels are painted in (an export may set another one than the
    // header measured itself with), so "4  #3 w5 v7" is not cut at the left edge.
    qreal width = verticalHeader()->sizeHint().width();
    const QFontMetricsF metrics(verticalHeader()->font());
    for (int r = 0; r < model_->rowCount(); ++r)
        for (const QString& line : model_->headerData(r, Qt::Vertical).toString().split('\n'))
            width = std::max(width, metrics.horizontalAdvance(line) + metrics.height() / 2 + 4);
    return width;
}

QSizeF DpTableView::naturalSize() const {
    if (!model_) return {};
    const QSize cell = cellSize();
    return QSizeF(rowLabelWidth() + model_->columnCount() * cell.width(),
                  horizontalHeader()->sizeHint().height() + model_->rowCount() * cell.height());
}

void DpTableView::paint(QPainter& painter, const QRectF& target) {
    const QSizeF natural = naturalSize();
    if (!model_ || natural.isEmpty()) return;
    const qreal scale = std::min(target.width() / natural.width(), target.height() / natural.height());
    painter.save();
    painter.translate(target.center() - QPointF(natural.width(), natural.height()) * scale / 2);
    painter.scale(scale, scale);
    const QPalette pal = palette();
    painter.fillRect(QRectF(QPointF(), natural), pal.color(QPalette::Base));
    const QSize cell = cellSize();
    const qreal left = rowLabelWidth(), top = horizontalHeader()->sizeHint().height();
    auto rectOf = [&](const QModelIndex& i) {
        return QRectF(left + i.column() * cell.width(), top + i.row() * cell.height(), cell.width(), cell.height());
    };
    painter.setPen(pal.color(QPalette::Text));
    painter.setFont(horizontalHeader()->font());
    for (int c = 0; c < model_->columnCount(); ++c)
        painter.drawText(QRectF(left + c * cell.width(), 0, cell.width(), top), Qt::AlignCenter,
                         model_->headerData(c, Qt::Horizontal).toString());
    painter.setFont(verticalHeader()->font());
    for (int r = 0; r < model_->rowCount(); ++r)
        painter.drawText(QRectF(0, top + r * cell.height(), left - 4, cell.height()), Qt::AlignRight | Qt::AlignVCenter,
                         model_->headerData(r, Qt::Vertical).toString());
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    for (int r = 0; r < model_->rowCount(); ++r) {
        for (int c = 0; c < model_->columnCount(); ++c) {
            const QModelIndex index = model_->index(r, c);
            option.rect = rectOf(index).toRect();
            itemDelegate()->paint(&painter, option, index);
        }
    }
    painter.setPen(QPen(DpCellColours::forPalette(pal).grid, 0));
    for (int c = 0; c <= model_->columnCount(); ++c)
        painter.drawLine(QPointF(left + c * cell.width(), top), QPointF(left + c * cell.width(), natural.height()));
    for (int r = 0; r <= model_->rowCount(); ++r)
        painter.drawLine(QPointF(left, top + r * cell.height()), QPointF(natural.width(), top + r * cell.height()));
    drawArrows(painter, rectOf, QRectF(QPointF(), natural));
    painter.restore();
}

}  // namespace stepwise::ui
