#pragma once
// What a tree view draws, independent of the structure it came from: nodes with a parent, text,
// caption, badge and a mark for what the current step did to them, plus an optional array row
// under the tree. The room builds one per step from a structure's state (StructurePictures.h).
#include <QString>
#include <cstdint>
#include <vector>

namespace stepwise::ui {

/// What the current step did to a node; drawn by outline and a word above the node, not by colour alone.
enum class NodeMark : std::uint8_t {
    None,
    Compare,  // heap: one of the two compared entries (dashed ring)
    Swap,     // heap: one of the two swapped entries (thick ring, tinted fill)
    Path,     // trie / union-find: on the walk of the current operation (thick ring, edge lit)
    Miss,     // trie: the walk stopped here, the next letter is missing (dashed red ring)
    Inside,   // segment tree: range wholly inside the query (double ring)
    Partial,  // segment tree: range overlaps partly (dashed ring)
    Outside,  // segment tree: range outside (dotted ring, faded)
    Changed,  // union-find: parent or rank just changed (thick ring)
};

inline constexpr std::uint32_t kNoParent = 0xFFFFFFFFu;

struct TreeNodeSpec {
    std::uint32_t id = 0;              // stable id within the picture (heap position, trie node, ...)
    std::uint32_t parent = kNoParent;  // kNoParent for a root; children keep the order of `nodes`
    QString text;                      // inside the node (key, letter, value, element)
    QString caption;                   // under the node (id, word, range, rank)
    QString badge;                     // small pill at the top right (a segment tree's lazy add)
    QString tag;                       // the word above the node that names its mark ("compare")
    NodeMark mark = NodeMark::None;
    bool emphasised = false;  // a trie word end, a union-find root: double outline
    bool focus = false;       // the most recent change: a glow behind the node
};

struct ArrayCellSpec {
    QString text;
    QString index;
    NodeMark mark = NodeMark::None;
    bool focus = false;
};

struct TreePicture {
    std::vector<TreeNodeSpec> nodes;
    bool forest = false;               // several roots; edges are arrows from child to parent (union-find)
    bool boxes = false;                // rounded boxes instead of circles (segment trees: value over range)
    bool captionsBeside = false;       // captions right of the node, clear of arrows arriving from below
    std::vector<ArrayCellSpec> array;  // drawn under the tree when not empty
    QString arrayTitle;                // "heap array", "parent[]"
    QString emptyText;                 // shown when there are no nodes ("the heap is empty")
};

}  // namespace stepwise::ui
