#include "ui/views/tree/TreeScene.h"

#include <QGraphicsSimpleTextItem>
#include <algorithm>

#include "core/layout/TidyTree.h"
#include "ui/views/tree/TreeEdgeItem.h"
#include "ui/views/tree/TreeNodeItem.h"

namespace stepwise::ui {
namespace {

constexpr qreal kLevel = 86;       // depth to depth, room for the tag above and the caption below
constexpr qreal kCircleUnit = 56;  // node to node on a level (circles of radius 20)
constexpr qreal kBoxUnit = 76;     // segment-tree boxes are 60 wide
constexpr qreal kCellPitch = 46;   // array cells are 42 wide

bool lights(NodeMark m) {
    return m == NodeMark::Path || m == NodeMark::Inside || m == NodeMark::Partial;
}

}  // namespace

TreeScene::TreeScene(QObject* parent) : QGraphicsScene(parent) {
    // Ranges, ranks and tags at 12 px, 9 pt at 100 % zoom: nothing smaller (issue 8: about 7-8 px).
    style_.detailFont.setPixelSize(12);
    style_.labelFont.setPixelSize(12);
    style_.badgeFont.setPixelSize(12);
}

void TreeScene::setPicture(const TreePicture& picture) {
    picture_ = picture;
    rebuild();
}

void TreeScene::applyFontFamily(const QString& family) {
    if (style_.nameFont.family() == family) return;
    style_.setFamily(family);
    rebuild();
}

void TreeScene::applyPalette(const QPalette& palette) {
    style_.applyPalette(palette);
    rebuild();
}

QList<std::uint32_t> TreeScene::markedIds(NodeMark mark) const {
    QList<std::uint32_t> ids;
    for (const auto& n : picture_.nodes)
        if (mark == NodeMark::None ? n.mark != NodeMark::None : n.mark == mark) ids.append(n.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::uint32_t TreeScene::focusId() const {
    for (const auto& n : picture_.nodes)
        if (n.focus) return n.id;
    return kNoParent;
}

void TreeScene::rebuild() {
    clear();
    nodes_.clear();
    cells_ = 0;
    litEdges_ = 0;
    const auto& specs = picture_.nodes;

    // Ids may be sparse (segment-tree slots, deleted trie nodes): lay out over list indices.
    QHash<std::uint32_t, std::uint32_t> index;
    for (std::uint32_t i = 0; i < specs.size(); ++i) index.insert(specs[i].id, i);
    std::vector<std::vector<std::uint32_t>> children(specs.size());
    std::vector<std::uint32_t> roots;
    for (std::uint32_t i = 0; i < specs.size(); ++i) {
        const auto p = index.find(specs[i].parent);
        if (specs[i].parent == kNoParent || specs[i].parent == specs[i].id || p == index.end())
            roots.push_back(i);
        else
            children[*p].push_back(i);
    }
    const auto shape = picture_.boxes ? TreeNodeItem::Shape::Box : TreeNodeItem::Shape::Circle;
    const qreal unit = picture_.boxes ? kBoxUnit : picture_.captionsBeside ? kCircleUnit + 46 : kCircleUnit;
    const layout::TidyLayout tidy = layout::tidyForest(children, roots, 1.0, 1.3);

    std::vector<TreeNodeItem*> items(specs.size(), nullptr);
    for (std::uint32_t i = 0; i < specs.size(); ++i) {
        if (!tidy.placed[i]) continue;
        auto* item = new TreeNodeItem(specs[i], shape, &style_, picture_.captionsBeside);
        item->setPos(tidy.x[i] * unit, tidy.y[i] * kLevel);
        addItem(item);
        items[i] = item;
        nodes_.insert(specs[i].id, item);
    }
    for (std::uint32_t i = 0; i < specs.size(); ++i)
        for (std::uint32_t c : children[i]) {
            if (!items[i] || !items[c]) continue;
            // Lit when the walk went through both ends (a path, or a segment-tree recursion).
            const bool lit =
                lights(specs[c].mark) && (lights(specs[i].mark) || specs[i].mark == NodeMark::Changed);
            litEdges_ += lit;
            addItem(new TreeEdgeItem(items[i], items[c], picture_.forest, lit, &style_));
        }

    const qreal treeWidth = specs.empty() ? 0 : tidy.width * unit;
    qreal y = specs.empty() ? 0 : (tidy.depth + 1) * kLevel;
    if (specs.empty() && !picture_.emptyText.isEmpty()) {
        auto* text = addSimpleText(picture_.emptyText, style_.labelFont);
        text->setBrush(style_.muted);
        text->setPos(-text->boundingRect().width() / 2, -10);
        y = 60;
    }
    if (!picture_.array.empty()) {
        const qreal width = static_cast<qreal>(picture_.array.size() - 1) * kCellPitch;
        const qreal left = treeWidth / 2 - width / 2;
        auto* title = addSimpleText(picture_.arrayTitle, style_.labelFont);
        title->setBrush(style_.muted);
        title->setPos(left - 21, y - 8);
        y += 32;
        for (std::size_t i = 0; i < picture_.array.size(); ++i) {
            const ArrayCellSpec& c = picture_.array[i];
            TreeNodeSpec spec;
            spec.id = static_cast<std::uint32_t>(i);
            spec.text = c.text;
            spec.caption = c.index;
            spec.mark = c.mark;
            spec.focus = c.focus;
            auto* cell = new TreeNodeItem(spec, TreeNodeItem::Shape::Cell, &style_);
            cell->setPos(left + static_cast<qreal>(i) * kCellPitch, y);
            addItem(cell);
            ++cells_;
        }
    }
    setSceneRect(itemsBoundingRect().adjusted(-30, -20, 30, 20));
}

}  // namespace stepwise::ui
