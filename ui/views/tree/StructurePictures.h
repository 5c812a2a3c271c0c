#pragma once
// From a structure's state at a step to the picture a TreeView draws. `events` are the events of
// the current operation that have already happened (the last one is the step just taken), so the
// marks show the operation so far: compared and swapped heap entries, the trie walk, the segment-
// tree nodes visited and how, the union-find path. Reads states and events only.
#include <span>

#include "core/structures/IndexedHeap.h"
#include "core/structures/SegmentTree.h"
#include "core/structures/Trie.h"
#include "core/structures/UnionFind.h"
#include "ui/views/tree/TreePicture.h"

namespace stepwise::ui {

TreePicture heapPicture(const structures::HeapState& state, std::span<const structures::HeapEvent> events);
TreePicture triePicture(const structures::TrieState& state, std::span<const structures::TrieEvent> events);
TreePicture segmentTreePicture(const structures::SegmentTreeState& state,
                               std::span<const structures::SegmentEvent> events);
TreePicture unionFindPicture(const structures::UnionFindState& state,
                             std::span<const structures::UnionFindEvent> events);

}  // namespace stepwise::ui
