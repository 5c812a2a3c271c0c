#include "ui/views/tree/StructurePictures.h"

#include <QCoreApplication>

namespace stepwise::ui {

using namespace structures;

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("StructurePictures", text);
}

/// "+3", "−2" (a real minus sign), "" for 0.
QString signedNumber(std::int64_t v) {
    if (v == 0) return {};
    return v > 0 ? "+" + QString::number(v) : QString::fromUtf8("\u2212") + QString::number(-v);
}

}  // namespace

TreePicture heapPicture(const HeapState& s, std::span<const HeapEvent> events) {
    TreePicture p;
    p.emptyText = tr("The heap is empty");
    p.arrayTitle = tr("heap array");
    const auto n = static_cast<std::uint32_t>(s.entries.size());
    for (std::uint32_t i = 0; i < n; ++i) {
        TreeNodeSpec node;
        node.id = i;
        node.parent = i == 0 ? kNoParent : (i - 1) / 2;
        node.text = QString::number(s.entries[i].key);
        node.caption = tr("id %1").arg(s.entries[i].id);
        p.nodes.push_back(node);
        p.array.push_back({node.text, "#" + QString::number(i), NodeMark::None, false});
    }
    if (events.empty()) return p;
    auto mark = [&](std::uint32_t i, NodeMark m, const QString& tag, bool focus) {
        if (i >= n) return;
        p.nodes[i].mark = m;
        p.nodes[i].tag = tag;
        p.nodes[i].focus = focus;
        p.array[i].mark = m;
        p.array[i].focus = focus;
    };
    const HeapEvent& last = events.back();
    if (auto* c = std::get_if<heap_event::Compare>(&last)) {
        mark(c->i, NodeMark::Compare, tr("compare"), true);
        mark(c->j, NodeMark::Compare, tr("compare"), false);
    } else if (auto* w = std::get_if<heap_event::Swap>(&last)) {
        mark(w->i, NodeMark::Swap, tr("swapped"), true);
        mark(w->j, NodeMark::Swap, tr("swapped"), true);
    } else if (std::holds_alternative<heap_event::Append>(last)) {
        mark(n - 1, NodeMark::Changed, tr("new"), true);
    } else if (auto* k = std::get_if<heap_event::SetKey>(&last)) {
        mark(k->at, NodeMark::Changed, tr("decreased"), true);
    } else if (std::holds_alternative<heap_event::RemoveLast>(last) && n > 0) {
        // The popped entry is gone; the root now holds what came from the end.
        mark(0, NodeMark::Changed, tr("new root"), true);
    }
    return p;
}

TreePicture triePicture(const TrieState& s, std::span<const TrieEvent> events) {
    TreePicture p;
    // Where the walk is now, and whether it just failed to find the next letter.
    std::uint32_t at = kNoParent;
    bool missed = false;
    if (!events.empty()) {
        const TrieEvent& last = events.back();
        if (auto* v = std::get_if<trie_event::Visit>(&last)) {
            at = v->node;
            missed = !v->found;
        } else if (auto* t = std::get_if<trie_event::SetTerminal>(&last)) {
            at = t->node;
        } else if (std::holds_alternative<trie_event::AddNode>(last)) {
            at = static_cast<std::uint32_t>(s.nodes.size() - 1);
        } else if (auto* r = std::get_if<trie_event::RemoveNode>(&last)) {
            at = s.nodes[r->node].parent;
        }
    }
    std::vector<bool> onPath(s.nodes.size(), false);
    for (std::uint32_t k = at; k != kNoParent && k < s.nodes.size();
         k = k == 0 ? kNoParent : s.nodes[k].parent)
        onPath[k] = true;

    // Children in letter order, as the trie keeps them; node ids follow insertion order instead.
    std::vector<std::uint32_t> order;
    for (std::uint32_t k = 0; k < s.nodes.size(); ++k)
        if (s.nodes[k].alive) order.push_back(k);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return static_cast<unsigned char>(s.nodes[a].letter) < static_cast<unsigned char>(s.nodes[b].letter);
    });
    for (std::uint32_t k : order) {
        const TrieNode& t = s.nodes[k];
        TreeNodeSpec node;
        node.id = k;
        node.parent = k == 0 ? kNoParent : t.parent;
        node.text = k == 0 ? QString::fromUtf8("\u2022") : QString(QChar::fromLatin1(t.letter));
        if (k == 0) node.caption = tr("root");
        if (t.terminal) {
            std::string word;
            for (std::uint32_t a = k; a != 0; a = s.nodes[a].parent)
                word.insert(word.begin(), s.nodes[a].letter);
            node.caption = QString::fromStdString(word);
            node.emphasised = true;
        }
        if (onPath[k]) node.mark = NodeMark::Path;
        if (k == at) {
            node.focus = true;
            node.mark = missed ? NodeMark::Miss : NodeMark::Path;
            node.tag = missed ? tr("no next letter") : tr("here");
        }
        p.nodes.push_back(node);
    }
    if (events.empty() || at == kNoParent) return p;
    if (std::holds_alternative<trie_event::RemoveNode>(events.back())) {
        for (auto& node : p.nodes)
            if (node.id == at) node.tag = tr("child pruned");
    }
    return p;
}

TreePicture segmentTreePicture(const SegmentTreeState& s, std::span<const SegmentEvent> events) {
    TreePicture p;
    p.boxes = true;
    p.emptyText = tr("No values");
    std::vector<NodeMark> marks(s.lo.size(), NodeMark::None);
    for (const SegmentEvent& e : events)
        if (auto* v = std::get_if<segment_event::Enter>(&e))
            marks[v->node] = v->how == segment_event::Visit::Inside    ? NodeMark::Inside
                             : v->how == segment_event::Visit::Partial ? NodeMark::Partial
                                                                       : NodeMark::Outside;
    std::uint32_t focus = kNoParent;
    QString focusTag;
    if (!events.empty()) {
        const SegmentEvent& last = events.back();
        if (auto* v = std::get_if<segment_event::Enter>(&last))
            focus = v->node;
        else if (auto* l = std::get_if<segment_event::SetLazy>(&last)) {
            focus = l->node;
            focusTag =
                s.lazy[l->node] == 0 ? tr("pushed down") : tr("owes %1").arg(signedNumber(s.lazy[l->node]));
        } else if (auto* sv = std::get_if<segment_event::SetValue>(&last)) {
            focus = sv->node;
            focusTag = tr("new value");
        }
    }
    // Breadth-first over slots 1, 2, 3, ...: parents before children, left child before right.
    for (std::uint32_t k = 1; k < s.lo.size(); ++k) {
        if (s.lo[k] > s.hi[k]) continue;
        TreeNodeSpec node;
        node.id = k;
        node.parent = k == 1 ? kNoParent : k / 2;
        // A node the build has not reached has no value yet (issue 8: it showed 0).
        const bool built = k < s.built.size() && s.built[k];
        node.text = built ? QString::number(s.value[k]) : QStringLiteral("·");
        node.caption =
            s.lo[k] == s.hi[k] ? QString("[%1]").arg(s.lo[k]) : QString("[%1..%2]").arg(s.lo[k]).arg(s.hi[k]);
        node.badge = signedNumber(s.lazy[k]);
        node.mark = marks[k];
        node.tag = marks[k] == NodeMark::Inside    ? tr("inside")
                   : marks[k] == NodeMark::Partial ? tr("partial")
                   : marks[k] == NodeMark::Outside ? tr("outside")
                                                   : QString();
        if (k == focus) {
            node.focus = true;
            if (!focusTag.isEmpty()) node.tag = focusTag;
        }
        p.nodes.push_back(node);
    }
    return p;
}

TreePicture unionFindPicture(const UnionFindState& s, std::span<const UnionFindEvent> events) {
    TreePicture p;
    p.forest = true;
    p.captionsBeside = true;
    p.arrayTitle = tr("parent[ ]");
    p.emptyText = tr("No elements");
    const auto n = static_cast<std::uint32_t>(s.parent.size());
    std::vector<NodeMark> marks(n, NodeMark::None);
    std::vector<QString> tags(n);
    for (const UnionFindEvent& e : events)
        if (auto* v = std::get_if<union_event::Visit>(&e)) marks[v->v] = NodeMark::Path;
    std::uint32_t focus = kNoParent;
    if (!events.empty()) {
        const UnionFindEvent& last = events.back();
        if (auto* v = std::get_if<union_event::Visit>(&last)) {
            focus = v->v;
            tags[focus] = s.parent[focus] == focus ? tr("root") : tr("find");
        } else if (auto* sp = std::get_if<union_event::SetParent>(&last)) {
            focus = sp->v;
            marks[focus] = NodeMark::Changed;
            tags[focus] = sp->old == sp->v ? tr("linked") : tr("compressed");
        } else if (auto* r = std::get_if<union_event::SetRank>(&last)) {
            focus = r->v;
            marks[focus] = NodeMark::Changed;
            tags[focus] = tr("rank up");
        }
    }
    for (std::uint32_t v = 0; v < n; ++v) {
        TreeNodeSpec node;
        node.id = v;
        node.parent = s.parent[v] == v ? kNoParent : s.parent[v];
        node.text = QString::number(v);
        node.caption = tr("rank %1").arg(s.rank[v]);
        node.emphasised = s.parent[v] == v;
        node.mark = marks[v];
        node.tag = tags[v];
        node.focus = v == focus;
        p.nodes.push_back(node);
        p.array.push_back({QString::number(s.parent[v]), QString::number(v), marks[v], v == focus});
    }
    return p;
}

}  // namespace stepwise::ui
