#include "ui/views/tree/TreeView.h"

#include <QEvent>

#include "ui/views/tree/TreeScene.h"

namespace stepwise::ui {
namespace {

// A three-node heap should not fill the screen.
constexpr ZoomableView::Limits limits{.minScale = 0.02, .maxScale = 6.0, .maxFitScale = 1.5};

}  // namespace

TreeView::TreeView(QWidget* parent) : ZoomableView(limits, parent), scene_(new TreeScene(this)) {
    setScene(scene_);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setAccessibleName(tr("Structure"));
    setAccessibleDescription(
        tr("The data structure as a tree, with what the current step did marked on it."));
    applyPalette();
    scene_->applyFontFamily(font().family());
}

void TreeView::setPicture(const TreePicture& picture) {
    scene_->setPicture(picture);
    drawingChanged();
}

void TreeView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) applyPalette();
    if (event->type() == QEvent::FontChange) scene_->applyFontFamily(font().family());
    ZoomableView::changeEvent(event);
}

void TreeView::applyPalette() {
    scene_->applyPalette(palette());
    setBackgroundBrush(scene_->style().background);
}

}  // namespace stepwise::ui
