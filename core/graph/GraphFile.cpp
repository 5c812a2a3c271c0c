#include "core/graph/GraphFile.h"

#include <cctype>
#include <fstream>
#include <iterator>
#include <sstream>

#include "core/common/BoundedRead.h"
#include "core/common/InputError.h"
#include "core/common/Limits.h"
#include "core/graph/Dot.h"
#include "core/graph/GraphText.h"

namespace stepwise::graph {

namespace {

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool hasDotExtension(std::string_view path) {
    const auto dot = path.rfind('.');
    if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos) return false;
    std::string ext;
    for (char c : path.substr(dot + 1)) ext += lower(c);
    return ext == "dot" || ext == "gv";
}

/// Skips whitespace and the comments both formats share (#, //, /* */).
void skipBlank(std::string_view text, std::size_t& i) {
    while (i < text.size()) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') {
            ++i;
        } else if (c == '#' || text.substr(i, 2) == "//") {
            while (i < text.size() && text[i] != '\n') ++i;
        } else if (text.substr(i, 2) == "/*") {
            const auto end = text.find("*/", i + 2);
            i = end == std::string_view::npos ? text.size() : end + 2;
        } else {
            return;
        }
    }
}

std::string_view word(std::string_view text, std::size_t& i) {
    const std::size_t start = i;
    while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_')) ++i;
    return text.substr(start, i - start);
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t k = 0; k < a.size(); ++k)
        if (lower(a[k]) != lower(b[k])) return false;
    return true;
}

bool looksLikeDot(std::string_view text) {
    std::size_t i = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    skipBlank(text, i);
    std::string_view w = word(text, i);
    if (equalsIgnoringCase(w, "strict")) {
        skipBlank(text, i);
        w = word(text, i);
    }
    if (!equalsIgnoringCase(w, "digraph") && !equalsIgnoringCase(w, "graph")) return false;
    // `graph X` could be an edge from a vertex called graph; DOT needs a brace before the first line ends.
    skipBlank(text, i);
    if (i < text.size() && text[i] == '"') {
        const auto close = text.find('"', i + 1);
        i = close == std::string_view::npos ? text.size() : close + 1;
    } else {
        word(text, i);
    }
    skipBlank(text, i);
    return i < text.size() && text[i] == '{';
}

}  // namespace

GraphFormat detectGraphFormat(std::string_view path, std::string_view text) {
    if (hasDotExtension(path) || looksLikeDot(text)) return GraphFormat::Dot;
    return GraphFormat::EdgeList;
}

Graph parseGraph(std::string_view text, std::string_view displayName) {
    return detectGraphFormat({}, text) == GraphFormat::Dot ? parseDot(text, displayName)
                                                           : parseGraphText(text, displayName);
}

Graph loadGraphFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot open the graph file", path);
    // Read in large pieces (a byte-by-byte copy costs seconds for a million edges), up to the limit.
    std::string text;
    if (!readBounded(in, limits::graphFileBytes, text))
        throw InputError("the graph file is over the limit of " + std::to_string(limits::graphFileBytes >> 20) + " MB (" +
                             limits::graphWhy + ")",
                         path);
    if (in.bad()) throw InputError("cannot read the graph file", path);
    return detectGraphFormat(path, text) == GraphFormat::Dot ? parseDot(text, path)
                                                             : parseGraphText(text, path);
}

void saveGraphFile(const Graph& g, const std::string& path) {
    // Format first, so a name the edge list cannot hold leaves no half-written file behind.
    const std::string text = hasDotExtension(path) ? toDot(g) : toGraphText(g);
    std::ofstream out(path, std::ios::binary);
    if (!out) throw InputError("cannot write the graph file", path);
    out << text;
    out.flush();
    if (!out) throw InputError("cannot write the graph file", path);
}

}  // namespace stepwise::graph
