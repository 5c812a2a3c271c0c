#pragma once
// The input of one data-structure item as the editor holds it (text, not parsed; the examples are
// the catalogue's), and a seeded generator of random inputs that are valid by construction (no pop
// on an empty heap, ranges in bounds), so the random button always gives something to watch.
#include <QString>
#include <cstdint>

namespace stepwise::ui {

struct StructureInput {
    QString operations;    // "push 5, pop" or one per line
    QString values;        // segment tree: "5, 1, 4"
    QString kind = "sum";  // segment tree: sum | min | max
    int size = 8;          // union-find: elements 0..size-1
    friend bool operator==(const StructureInput&, const StructureInput&) = default;
};

/// A random input for the item from `seed`: the same seed gives the same text.
StructureInput randomStructureInput(const QString& item, std::uint64_t seed);

}  // namespace stepwise::ui
