#pragma once
// The zoom and pan every scene drawing shares (graph, trees): Ctrl+wheel and the standard keys zoom,
// dragging pans, Ctrl+0 fits; until the user zooms, the whole drawing follows the window size.
// It paints itself at any size through StepView (the scene, fitted to the target).
#include <QGraphicsView>

#include "ui/views/common/StepView.h"

namespace stepwise::ui {

class ZoomableView : public QGraphicsView, public StepView {
    Q_OBJECT
  public:
    struct Limits {
        qreal minScale = 0.02;
        qreal maxScale = 6.0;
        qreal maxFitScale = 1.5;  // a three-node drawing should not fill the screen
    };
    static constexpr qreal zoomStep = 1.25;

    ZoomableView(Limits limits, QWidget* parent = nullptr);

    void zoomIn();
    void zoomOut();
    /// Fits the whole drawing; the drawing then follows the window size until the user zooms.
    void fitAll();
    /// The current scale (1 = one scene unit per pixel).
    qreal zoomFactor() const;
    /// Whether the drawing still follows the window size (no zoom since the last fit).
    bool autoFits() const { return autoFit_; }

    void paint(QPainter& painter, const QRectF& target) override;
    QSizeF naturalSize() const override;

  protected:
    /// What fitAll shows and paint draws, in scene coordinates.
    virtual QRectF drawingBounds() const;
    /// Whether Ctrl+wheel zooms around the mouse (the graph) or the middle of the view (trees).
    void setWheelZoomsAtMouse(bool atMouse) { wheelAtMouse_ = atMouse; }
    /// Call after the drawing changed: refits while the view follows the window size.
    void drawingChanged();

    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

  private:
    void zoomBy(qreal factor, bool atMouse);

    Limits limits_;
    bool autoFit_ = true;
    bool wheelAtMouse_ = false;
};

}  // namespace stepwise::ui
