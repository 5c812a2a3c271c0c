#pragma once
// Vertex name → id, for graphs of millions of vertices: an open-addressing table of ids into the
// graph's own name list, so a name is stored once (4 bytes a slot, at most half full) instead of
// a second copy in a node-based map. The names vector is passed in: the index keeps none.
#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stepwise::graph {

class NameIndex {
  public:
    static constexpr std::uint32_t empty = 0xFFFFFFFFu;

    std::optional<std::uint32_t> find(std::string_view name, const std::vector<std::string>& names) const {
        if (slots_.empty()) return std::nullopt;
        for (std::size_t i = hash(name) & mask();; i = (i + 1) & mask()) {
            const std::uint32_t id = slots_[i];
            if (id == empty) return std::nullopt;
            if (names[id] == name) return id;
        }
    }

    /// Records that names[id] (already appended) has this id. Precondition: not indexed yet.
    void add(std::uint32_t id, const std::vector<std::string>& names) {
        if (2 * (count_ + 1) > slots_.size()) rebuild(std::max<std::size_t>(16, 2 * slots_.size()), names);
        place(id, names);
        ++count_;
    }

    /// Room for `n` names without growing.
    void reserve(std::size_t n, const std::vector<std::string>& names) {
        std::size_t size = 16;
        while (size < 2 * n) size *= 2;
        if (size > slots_.size()) rebuild(size, names);
    }

    std::size_t size() const { return count_; }

  private:
    static std::size_t hash(std::string_view name) { return std::hash<std::string_view>{}(name); }
    std::size_t mask() const { return slots_.size() - 1; }

    void place(std::uint32_t id, const std::vector<std::string>& names) {
        std::size_t i = hash(names[id]) & mask();
        while (slots_[i] != empty) i = (i + 1) & mask();
        slots_[i] = id;
    }

    void rebuild(std::size_t size, const std::vector<std::string>& names) {
        std::vector<std::uint32_t> old = std::move(slots_);
        slots_.assign(size, empty);
        for (std::uint32_t id : old)
            if (id != empty) place(id, names);
    }

    std::vector<std::uint32_t> slots_;
    std::size_t count_ = 0;
};

}  // namespace stepwise::graph
