#pragma once
// The DP table: a QTableView with uniform sections (fast at any size), a cell delegate, arrows from
// the cells the current cell reads to the current cell drawn over the viewport, and zoom (Ctrl+wheel,
// zoomIn/zoomOut, fitAll). It follows the current cell while stepping.
#include <QTableView>

namespace stepwise::ui {

class DpTableModel;

class DpTableView : public QTableView {
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

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void changeEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent* event) override;

private:
    void applyZoom();
    void paintArrows();
    friend class DpArrowOverlay;

    DpTableModel* model_ = nullptr;
    QWidget* overlay_;
    double zoom_ = 1.0;
    QFont baseFont_;
};

}  // namespace stepwise::ui
