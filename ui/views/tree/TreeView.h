#pragma once
// The tree drawing shared by heap, trie, segment tree and union-find: a QGraphicsView over a
// TreeScene. Follows the window size (and the tree's growth) until the user zooms; Ctrl+0 fits again.
#include "ui/views/common/ZoomableView.h"
#include "ui/views/tree/TreePicture.h"

namespace stepwise::ui {

class TreeScene;

class TreeView : public ZoomableView {
    Q_OBJECT
  public:
    explicit TreeView(QWidget* parent = nullptr);

    void setPicture(const TreePicture& picture);
    TreeScene* treeScene() const { return scene_; }

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void applyPalette();

    TreeScene* scene_;
};

}  // namespace stepwise::ui
