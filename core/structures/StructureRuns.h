#pragma once
// Running an operation list against each structure with the recorder on. Each throws InputError
// naming the operation (number and text) that cannot be done: popping an empty heap, a range out
// of bounds, an unknown operation.
#include <string>
#include <vector>

#include "core/structures/IndexedHeap.h"
#include "core/structures/Operations.h"
#include "core/structures/SegmentTree.h"
#include "core/structures/Trie.h"
#include "core/structures/UnionFind.h"

namespace stepwise::structures {

/// push KEY | pop | top | decrease ID KEY   (ids count pushes from 0)
StructureRun<HeapArea> runHeap(const std::vector<Operation>& ops);
/// insert WORD | search WORD | prefix TEXT | delete WORD
StructureRun<TrieArea> runTrie(const std::vector<Operation>& ops);
/// query L R | update I VALUE | add L R DELTA   (inclusive ranges, 0-based) over `values`
StructureRun<SegmentTreeArea> runSegmentTree(SegmentKind kind, const std::vector<std::int64_t>& values,
                                             const std::vector<Operation>& ops);
/// union A B | find A | connected A B   over elements 0..size-1
StructureRun<UnionFindArea> runUnionFind(std::uint32_t size, const std::vector<Operation>& ops);

}  // namespace stepwise::structures
