#include "core/structures/Trie.h"

#include "core/common/InputError.h"
#include "core/common/Limits.h"
#include "core/structures/StructureRuns.h"

namespace stepwise::structures {

void TrieArea::apply(State& s, const Event& e, const trace::Trace<Event>&) {
    if (auto* a = std::get_if<trie_event::AddNode>(&e)) s.nodes.push_back({a->parent, a->letter, false, true});
    else if (auto* t = std::get_if<trie_event::SetTerminal>(&e)) s.nodes[t->node].terminal = t->terminal;
    else if (auto* r = std::get_if<trie_event::RemoveNode>(&e)) s.nodes[r->node].alive = false;
}

void TrieArea::revert(State& s, const Event& e, const trace::Trace<Event>&) {
    if (std::holds_alternative<trie_event::AddNode>(e)) s.nodes.pop_back();
    else if (auto* t = std::get_if<trie_event::SetTerminal>(&e)) s.nodes[t->node].terminal = !t->terminal;
    else if (auto* r = std::get_if<trie_event::RemoveNode>(&e)) s.nodes[r->node].alive = true;
}

namespace {

enum Line { kWalk, kCreate, kMark, kUnmark, kPrune, kMissing };

std::string wordAt(const TrieState& s, std::uint32_t node) {
    std::string w;
    for (; node != 0; node = s.nodes[node].parent) w.insert(w.begin(), s.nodes[node].letter);
    return w;
}

std::string join(const std::vector<std::string>& words) {
    std::string s = "[";
    for (std::size_t i = 0; i < words.size(); ++i) s += (i ? ", " : "") + words[i];
    return s + "]";
}

}  // namespace

StructureRun<TrieArea> runTrie(const std::vector<Operation>& ops) {
    StructureRun<TrieArea> run;
    trace::RecordingTracer<TrieEvent> tracer;
    Trie trie;
    for (const auto& op : ops) {
        run.operationStart.push_back(tracer.trace().size());
        const char* usage = op.name == "insert" ? "insert WORD" : op.name == "search" ? "search WORD" : op.name == "prefix" ? "prefix TEXT" : "delete WORD";
        std::string answer;
        if (!op.args.empty() && op.args[0].size() > limits::trieWordLength)
            throw op.error("a word of " + std::to_string(op.args[0].size()) + " characters is over the limit of " +
                           std::to_string(limits::trieWordLength) + " (each character may add a node)");
        if (op.name == "insert") {
            op.expectArgs(1, usage);
            answer = trie.insert(op.args[0], tracer) ? "added" : "already there";
        } else if (op.name == "search") {
            op.expectArgs(1, usage);
            answer = trie.contains(op.args[0], tracer) ? "true" : "false";
        } else if (op.name == "prefix") {
            if (op.args.size() > 1) op.expectArgs(1, usage);
            answer = join(trie.withPrefix(op.args.empty() ? std::string() : op.args[0], tracer));
        } else if (op.name == "delete") {
            op.expectArgs(1, usage);
            answer = trie.erase(op.args[0], tracer) ? "deleted" : "not there";
        } else {
            throw op.error("unknown (expected insert WORD, search WORD, prefix TEXT or delete WORD)");
        }
        run.outcomes.push_back({op.text(), answer});
    }
    run.trace = tracer.take();
    run.pseudocode = {
        "walk from the root, one letter at a time",
        "    no child for the letter (insert): create it",
        "at the word's last node: mark that a word ends here",
        "delete: unmark the word's last node",
        "    while a node has no children and ends no word: remove it",
        "    no child for the letter (search, prefix, delete): the word is not there",
    };
    run.lineOf = [](const TrieEvent& e) {
        if (std::holds_alternative<trie_event::AddNode>(e)) return int(kCreate);
        if (auto* t = std::get_if<trie_event::SetTerminal>(&e)) return t->terminal ? int(kMark) : int(kUnmark);
        if (std::holds_alternative<trie_event::RemoveNode>(e)) return int(kPrune);
        return std::get<trie_event::Visit>(e).found ? int(kWalk) : int(kMissing);
    };
    run.explain = [](const TrieState& s, const TrieEvent& e) -> std::string {
        if (std::holds_alternative<trie_event::AddNode>(e))
            return "no child '" + std::string(1, s.nodes.back().letter) + "' yet: create it, spelling \"" +
                   wordAt(s, static_cast<std::uint32_t>(s.nodes.size() - 1)) + "\"";
        if (auto* t = std::get_if<trie_event::SetTerminal>(&e))
            return (t->terminal ? "mark \"" : "unmark \"") + wordAt(s, t->node) + (t->terminal ? "\" as a word" : "\": no longer a word");
        if (auto* r = std::get_if<trie_event::RemoveNode>(&e))
            return "node \"" + wordAt(s, r->node) + "\" has no children and ends no word: remove it";
        auto& v = std::get<trie_event::Visit>(e);
        if (!v.found) return "at \"" + wordAt(s, v.node) + "\": no child for the next letter, stop";
        return "follow '" + std::string(1, s.nodes[v.node].letter) + "' to \"" + wordAt(s, v.node) + "\"" +
               (s.nodes[v.node].terminal ? " (a word ends here)" : "");
    };
    return run;
}

}  // namespace stepwise::structures
