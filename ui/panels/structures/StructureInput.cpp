#include "ui/panels/structures/StructureInput.h"

#include <QStringList>
#include <map>
#include <vector>

#include "core/trace/Random.h"

namespace stepwise::ui {

StructureInput randomStructureInput(const QString& item, std::uint64_t seed) {
    Random rng(seed);
    StructureInput in;
    QStringList ops;
    if (item == "heap") {
        // Track only what makes an operation valid: which ids are in and their keys.
        std::map<std::uint32_t, std::int64_t> live;
        std::uint32_t nextId = 0;
        const int count = 8 + static_cast<int>(rng.below(6));
        for (int i = 0; i < count; ++i) {
            const auto pick = rng.below(10);
            if (live.empty() || pick < 5) {
                const auto key = rng.between(0, 40);
                ops << QString("push %1").arg(key);
                live[nextId++] = key;
            } else if (pick < 7) {
                // pop removes the smallest (key, id); mirror that to keep later decreases valid.
                auto smallest = live.begin();
                for (auto it = live.begin(); it != live.end(); ++it)
                    if (it->second < smallest->second) smallest = it;
                live.erase(smallest);
                ops << "pop";
            } else if (pick < 8) {
                ops << "top";
            } else {
                auto it = live.begin();
                std::advance(it, static_cast<long>(rng.below(live.size())));
                it->second = rng.between(it->second - 20, it->second);
                ops << QString("decrease %1 %2").arg(it->first).arg(it->second);
            }
        }
    } else if (item == "trie") {
        static const char* const words[] = {"car", "card", "care", "cart", "cat", "cats", "do", "dog",
                                            "dot", "tea",  "ten",  "tent", "to",  "toe",  "top"};
        constexpr std::size_t wordCount = sizeof(words) / sizeof(words[0]);
        std::vector<QString> inserted;
        const int inserts = 5 + static_cast<int>(rng.below(3));
        for (int i = 0; i < inserts; ++i) {
            const QString w = words[rng.below(wordCount)];
            ops << "insert " + w;
            inserted.push_back(w);
        }
        ops << "search " + QString(words[rng.below(wordCount)]);
        ops << "prefix " + inserted[rng.below(inserted.size())].left(2);
        ops << "delete " + inserted[rng.below(inserted.size())];
        ops << "search " + inserted[rng.below(inserted.size())];
    } else if (item == "segment-tree") {
        const auto n = 5 + static_cast<int>(rng.below(6));
        QStringList values;
        for (int i = 0; i < n; ++i) values << QString::number(rng.between(0, 9));
        in.values = values.join(", ");
        static const char* const kinds[] = {"sum", "min", "max"};
        in.kind = kinds[rng.below(3)];
        const int count = 5 + static_cast<int>(rng.below(3));
        for (int i = 0; i < count; ++i) {
            auto l = rng.between(0, n - 1), r = rng.between(0, n - 1);
            if (l > r) std::swap(l, r);
            const auto pick = rng.below(3);
            if (pick == 0)
                ops << QString("query %1 %2").arg(l).arg(r);
            else if (pick == 1)
                ops << QString("add %1 %2 %3").arg(l).arg(r).arg(rng.between(1, 5));
            else
                ops << QString("update %1 %2").arg(l).arg(rng.between(0, 9));
        }
    } else if (item == "union-find") {
        in.size = 6 + static_cast<int>(rng.below(5));
        const int count = in.size + static_cast<int>(rng.below(4));
        for (int i = 0; i < count; ++i) {
            const auto a = rng.below(static_cast<std::uint64_t>(in.size)),
                       b = rng.below(static_cast<std::uint64_t>(in.size));
            const auto pick = rng.below(6);
            if (pick < 4)
                ops << QString("union %1 %2").arg(a).arg(b);
            else if (pick < 5)
                ops << QString("find %1").arg(a);
            else
                ops << QString("connected %1 %2").arg(a).arg(b);
        }
    }
    in.operations = ops.join("\n");
    return in;
}

}  // namespace stepwise::ui
