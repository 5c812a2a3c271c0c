#pragma once
// A trie over bytes: insert, search, list by prefix, delete (pruning nodes no word needs).
// Written once over a tracer.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/trace/Trace.h"

namespace stepwise::structures {

struct TrieNode {
    std::uint32_t parent;  // the root is its own parent
    char letter;
    bool terminal;  // a word ends here
    bool alive;     // false once deleted (ids are never reused, so old steps stay drawable)
    friend bool operator==(const TrieNode&, const TrieNode&) = default;
};

struct TrieState {
    std::vector<TrieNode> nodes{TrieNode{0, 0, false, true}};
    friend bool operator==(const TrieState&, const TrieState&) = default;
};

namespace trie_event {
struct AddNode { std::uint32_t parent; char letter; };
struct SetTerminal { std::uint32_t node; bool terminal; };
struct RemoveNode { std::uint32_t node; };
/// The walk is at `node` (nothing changes); `found` false when the next letter has no child.
struct Visit { std::uint32_t node; bool found; };
}  // namespace trie_event

using TrieEvent = std::variant<trie_event::AddNode, trie_event::SetTerminal, trie_event::RemoveNode, trie_event::Visit>;

struct TrieArea {
    using State = TrieState;
    using Event = TrieEvent;
    static void apply(State& s, const Event& e, const trace::Trace<Event>& t);
    static void revert(State& s, const Event& e, const trace::Trace<Event>& t);
};

class Trie {
public:
    Trie() : children_(1) {}

    std::size_t words() const { return words_; }

    /// Adds `word`; false when it was already there.
    template <class Tracer>
    bool insert(std::string_view word, Tracer& tracer) {
        std::uint32_t at = 0;
        for (char c : word) {
            auto it = children_[at].find(c);
            if (it == children_[at].end()) {
                const auto id = static_cast<std::uint32_t>(children_.size());
                children_.emplace_back();
                terminal_.push_back(false);
                children_[at].emplace(c, id);
                if constexpr (Tracer::enabled) tracer.emit(trie_event::AddNode{at, c});
                at = id;
            } else {
                at = it->second;
                if constexpr (Tracer::enabled) tracer.emit(trie_event::Visit{at, true});
            }
        }
        if (terminal_[at]) return false;
        terminal_[at] = true;
        ++words_;
        if constexpr (Tracer::enabled) tracer.emit(trie_event::SetTerminal{at, true});
        return true;
    }

    template <class Tracer>
    bool contains(std::string_view word, Tracer& tracer) const {
        const auto node = walk(word, tracer);
        return node != kNone && terminal_[node];
    }

    /// Every stored word starting with `prefix`, in byte order.
    template <class Tracer>
    std::vector<std::string> withPrefix(std::string_view prefix, Tracer& tracer) const {
        std::vector<std::string> out;
        const auto node = walk(prefix, tracer);
        if (node == kNone) return out;
        std::string word(prefix);
        collect(node, word, out, tracer);
        return out;
    }

    /// Removes `word` and prunes the nodes only it needed; false when it was not there.
    template <class Tracer>
    bool erase(std::string_view word, Tracer& tracer) {
        std::vector<std::uint32_t> path{0};
        for (char c : word) {
            auto it = children_[path.back()].find(c);
            if (it == children_[path.back()].end()) {
                if constexpr (Tracer::enabled) tracer.emit(trie_event::Visit{path.back(), false});
                return false;
            }
            path.push_back(it->second);
            if constexpr (Tracer::enabled) tracer.emit(trie_event::Visit{it->second, true});
        }
        if (!terminal_[path.back()]) return false;
        terminal_[path.back()] = false;
        --words_;
        if constexpr (Tracer::enabled) tracer.emit(trie_event::SetTerminal{path.back(), false});
        for (std::size_t i = path.size() - 1; i > 0; --i) {
            const std::uint32_t node = path[i];
            if (terminal_[node] || !children_[node].empty()) break;
            children_[path[i - 1]].erase(word[i - 1]);
            if constexpr (Tracer::enabled) tracer.emit(trie_event::RemoveNode{node});
        }
        return true;
    }

private:
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

    template <class Tracer>
    std::uint32_t walk(std::string_view word, Tracer& tracer) const {
        std::uint32_t at = 0;
        for (char c : word) {
            auto it = children_[at].find(c);
            if (it == children_[at].end()) {
                if constexpr (Tracer::enabled) tracer.emit(trie_event::Visit{at, false});
                return kNone;
            }
            at = it->second;
            if constexpr (Tracer::enabled) tracer.emit(trie_event::Visit{at, true});
        }
        return at;
    }

    template <class Tracer>
    void collect(std::uint32_t node, std::string& word, std::vector<std::string>& out, Tracer& tracer) const {
        if (terminal_[node]) out.push_back(word);
        for (const auto& [c, child] : children_[node]) {
            if constexpr (Tracer::enabled) tracer.emit(trie_event::Visit{child, true});
            word.push_back(c);
            collect(child, word, out, tracer);
            word.pop_back();
        }
    }

    std::vector<std::map<char, std::uint32_t>> children_;
    std::vector<bool> terminal_ = {false};
    std::size_t words_ = 0;
};

}  // namespace stepwise::structures
