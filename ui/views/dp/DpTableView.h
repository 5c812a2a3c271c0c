#pragma once
// The DP table: a QTableView with uniform sections (fast at any size), a cell delegate, arrows from
// the cells the current cell reads to the current cell drawn over the viewport, and zoom (Ctrl+wheel,
// zoomIn/zoomOut, fitAll). It follows the current cell while stepping. It paints the whole table
// (headers, cells, arrows) onto any painter, not only the part scrolled into view. A table smaller
// than its canvas sits in the middle of it, headers and all.
#include <QTableView>
#include <functional>

#include "ui/views/common/StepView.h"

namespace stepwise::ui {

class DpTableModel;

class DpTableView : public QTableView, public StepView {
    Q_OBJECT
public:
    static constexpr double minZoom = 0.4;
    static constexpr double maxZoom = 4.0;

    explicit DpTableView(QWidget* parent = nullptr);

    /// The view keeps a pointer; the model must outlive it or be replaced first.
    void setTableModel(DpTableModel* model);
    DpTableModel* tableModel() const { return model_; }

    double zoom() const { return zoom_; }
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    /// The largest zoom (up to 1.6) at which the whole table fits, but never below a readable size.
    void fitAll();
    /// Scrolls so the model's current cell (and ideally the cells it reads) are visible.
    void followCurrent();

    /// Cell size in pixels at the current zoom.
    QSize cellSize() const;

    void paint(QPainter& painter, const QRectF& target) override;
    /// The whole table with its headers at the current zoom.
    QSizeF naturalSize() const override;

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void changeEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent* event) override;
    /// Centres headers and cells in the canvas when the table is smaller than it (issue 8).
    void updateGeometries() override;

private:
    /// The row labels' column in a drawing: wide enough for the longest label.
    qreal rowLabelWidth() const;
    void applyGridColour();
    void applyZoom();
    void paintArrows();
    /// Arrows from the cells the current cell reads; `rectOf` places a cell.
    void drawArrows(QPainter& painter, const std::function<QRectF(const QModelIndex&)>& rectOf,
                    const QRectF& visible) const;
    friend class DpArrowOverlay;

    DpTableModel* model_ = nullptr;
    QWidget* overlay_ = nullptr;
    double zoom_ = 1.0;
    bool centring_ = false;
    QFont baseFont_;
};

}  // namespace stepwise::ui
