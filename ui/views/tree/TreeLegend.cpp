#include "ui/views/tree/TreeLegend.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPainter>

#include "ui/views/tree/TreeNodeItem.h"

namespace stepwise::ui {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("TreeLegend", text);
}

/// A node drawn as the view draws it, scaled into the swatch.
LegendEntry node(const QString& id, const QString& words, NodeMark mark, bool box, bool emphasised = false,
                 bool focus = false, const QString& text = QString(), const QString& badge = QString()) {
    auto paint = [mark, box, emphasised, focus, text, badge](QPainter& p, const QRectF& r, const QPalette& pal) {
        GraphStyle style;
        style.applyPalette(pal);
        style.badgeFont.setPixelSize(12);
        TreeNodeSpec spec;
        spec.mark = mark;
        spec.emphasised = emphasised;
        spec.focus = focus;
        spec.text = text;
        spec.badge = badge;
        QGraphicsScene scene;
        auto* item = new TreeNodeItem(spec, box ? TreeNodeItem::Shape::Box : TreeNodeItem::Shape::Circle, &style);
        scene.addItem(item);
        const QRectF source = box ? QRectF(-38, -30, 76, 60) : QRectF(-29, -29, 58, 58);
        scene.render(&p, r, source, Qt::KeepAspectRatio);
    };
    return {id, words, paint};
}

LegendEntry words(const QString& id, const QString& text) {
    return {id, text, {}};
}

}  // namespace

QString markId(NodeMark mark) {
    switch (mark) {
        case NodeMark::None: return {};
        case NodeMark::Compare: return "compare";
        case NodeMark::Swap: return "swap";
        case NodeMark::Path: return "path";
        case NodeMark::Miss: return "miss";
        case NodeMark::Inside: return "inside";
        case NodeMark::Partial: return "partial";
        case NodeMark::Outside: return "outside";
        case NodeMark::Changed: return "changed";
    }
    return {};
}

std::vector<LegendEntry> treeLegend(TreeKind kind) {
    const LegendEntry glow = node("focus", tr("glow: the step just taken"), NodeMark::None, kind == TreeKind::SegmentTree,
                                  false, true);
    switch (kind) {
        case TreeKind::Heap:
            return {node("compare", tr("\"compare\": dashed ring"), NodeMark::Compare, false),
                    node("swap", tr("\"swapped\": thick ring, tinted"), NodeMark::Swap, false),
                    node("changed", tr("\"new\", \"decreased\", \"new root\": thick ring"), NodeMark::Changed, false),
                    glow,
                    words("numbers", tr("key in the node, \"id\" under it; #i: array index"))};
        case TreeKind::Trie:
            return {node("path", tr("\"here\": on the walk, thick ring, lit edge"), NodeMark::Path, false),
                    node("miss", tr("\"no next letter\": dashed ring"), NodeMark::Miss, false),
                    node("double", tr("double ring: a word ends here (word under it)"), NodeMark::None, false, true),
                    glow};
        case TreeKind::SegmentTree:
            return {node("inside", tr("\"inside\" the query: double ring"), NodeMark::Inside, true),
                    node("partial", tr("\"partial\" overlap: dashed ring"), NodeMark::Partial, true),
                    node("outside", tr("\"outside\": dotted ring, faded"), NodeMark::Outside, true),
                    node("badge", tr("+n pill: a lazy add not pushed down yet"), NodeMark::None, true, false, false,
                         QString(), "+2"),
                    node("unbuilt", tr("·: not built yet"), NodeMark::None, true, false, false, QStringLiteral("·")),
                    glow,
                    words("numbers", tr("value in the box, [lo..hi] range under it"))};
        case TreeKind::UnionFind:
            return {node("path", tr("\"find\": on the find path, thick ring"), NodeMark::Path, false),
                    node("changed", tr("\"linked\", \"compressed\", \"rank up\": thick ring"), NodeMark::Changed, false),
                    node("double", tr("double ring: a root, its set's name"), NodeMark::None, false, true),
                    glow,
                    words("numbers", tr("arrow: to the parent; rank beside; parent[ ] below"))};
    }
    return {};
}

QStringList paintedLooks(const TreePicture& picture) {
    QStringList out;
    auto add = [&out](const QString& id) {
        if (!id.isEmpty() && !out.contains(id)) out << id;
    };
    for (const auto& n : picture.nodes) {
        add(markId(n.mark));
        if (n.emphasised) add("double");
        if (n.focus) add("focus");
        if (!n.badge.isEmpty()) add("badge");
        if (n.text == QStringLiteral("·") && picture.boxes) add("unbuilt");
    }
    for (const auto& c : picture.array) {
        add(markId(c.mark));
        if (c.focus) add("focus");
    }
    return out;
}

}  // namespace stepwise::ui
