#pragma once
// The tree drawing shared by heap, trie, segment tree and union-find: a QGraphicsView over a
// TreeScene. Follows the window size (and the tree's growth) until the user zooms; Ctrl+0 fits again.
#include <QGraphicsView>

#include "ui/views/tree/TreePicture.h"

namespace stepwise::ui {

class TreeScene;

class TreeView : public QGraphicsView {
    Q_OBJECT
  public:
    explicit TreeView(QWidget* parent = nullptr);

    void setPicture(const TreePicture& picture);
    TreeScene* treeScene() const { return scene_; }

    void zoomIn();
    void zoomOut();
    /// Fits the whole drawing; from then on every new picture is fitted too, until the user zooms.
    void fitAll();
    qreal zoomFactor() const;

  protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    void zoomBy(qreal factor);
    void applyPalette();

    TreeScene* scene_;
    bool autoFit_ = true;
};

}  // namespace stepwise::ui
