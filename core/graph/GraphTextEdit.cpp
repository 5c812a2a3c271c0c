#include "core/graph/GraphTextEdit.h"

#include <cmath>
#include <vector>

#include "core/common/InputError.h"
#include "core/graph/GraphText.h"

namespace stepwise::graph {
namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/// The text as lines (without their '\n'), and whether it ended with one.
struct Lines {
    std::vector<std::string> lines;
    bool endsWithNewline = false;

    explicit Lines(std::string_view text) {
        endsWithNewline = text.empty() || text.back() == '\n';
        if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
        if (text.empty() && endsWithNewline) return;
        std::size_t start = 0;
        while (true) {
            const std::size_t end = text.find('\n', start);
            lines.emplace_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
            if (end == std::string_view::npos) break;
            start = end + 1;
        }
    }

    std::string join() const {
        std::string out;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            out += lines[i];
            if (i + 1 < lines.size() || endsWithNewline) out += '\n';
        }
        return out;
    }

    /// Appends a line, ending the last one first when it had no newline.
    void append(std::string line) {
        lines.push_back(std::move(line));
        endsWithNewline = true;
    }
};

/// The tokens before any '#', and the comment from the '#' on ("" when none).
struct Parsed {
    std::vector<std::string_view> tokens;
    std::string_view comment;
};

Parsed parseLine(std::string_view line) {
    Parsed p;
    if (const auto hash = line.find('#'); hash != std::string_view::npos) {
        p.comment = line.substr(hash);
        line = line.substr(0, hash);
    }
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && isSpace(line[i])) ++i;
        const std::size_t begin = i;
        while (i < line.size() && !isSpace(line[i])) ++i;
        if (i > begin) p.tokens.push_back(line.substr(begin, i - begin));
    }
    return p;
}

/// True when the line is about `name`: its declaration, its position or an edge that names it.
bool namesVertex(const Parsed& p, std::string_view name) {
    const auto& t = p.tokens;
    if (t.empty()) return false;
    if (t[0] == "@") return t.size() > 1 && t[1] == name;
    if (t.size() == 1) return t[0] == name;
    return t[0] == name || t[1] == name;
}

void requireFinite(double weight) {
    if (!std::isfinite(weight)) throw InputError("the weight must be a finite number");
}

std::string withComment(std::string line, std::string_view comment) {
    if (!comment.empty()) {
        line += ' ';
        line += comment;
    }
    return line;
}

/// The 0-based index of edge e's line. Throws when the graph was not read from this text.
std::size_t edgeLineIndex(const Lines& lines, const Graph& g, EdgeId e) {
    const int line = e < g.edgeCount() ? g.edgeLine(e) : 0;
    if (line <= 0 || static_cast<std::size_t>(line) > lines.lines.size())
        throw InputError("edge " + std::to_string(e) + " has no line in the text");
    return static_cast<std::size_t>(line - 1);
}

void requireVertex(const Graph& g, VertexId v) {
    if (v >= g.vertexCount()) throw InputError("no vertex " + std::to_string(v) + " in the graph");
}

}  // namespace

std::string nextFreeVertexName(const Graph& g) {
    for (char c = 'A'; c <= 'Z'; ++c)
        if (!g.find(std::string(1, c))) return std::string(1, c);
    for (std::size_t i = 1;; ++i)
        if (std::string name = "V" + std::to_string(i); !g.find(name)) return name;
}

std::string addVertexToText(std::string_view text, const Graph& g, std::string_view name, std::optional<Point> at) {
    if (g.find(name)) throw InputError("there is already a vertex \"" + std::string(name) + "\"");
    const Parsed p = parseLine(name);
    if (p.tokens.size() != 1 || p.tokens[0] != name || name == "@" || name == "directed" || name == "undirected")
        throw InputError("\"" + std::string(name) + "\" cannot be a vertex name (one word, no '#', not '@', "
                         "'directed' or 'undirected')");
    Lines lines(text);
    if (at) {
        if (!std::isfinite(at->x) || !std::isfinite(at->y)) throw InputError("the position must be finite");
        lines.append("@ " + std::string(name) + ' ' + formatNumberExact(at->x) + ' ' + formatNumberExact(at->y));
    } else {
        lines.append(std::string(name));
    }
    return lines.join();
}

std::string addEdgeToText(std::string_view text, const Graph& g, VertexId from, VertexId to, double weight) {
    requireVertex(g, from);
    requireVertex(g, to);
    requireFinite(weight);
    if (from == to) throw InputError("an edge needs two different vertices (" + g.name(from) + " to itself)");
    if (const std::optional<EdgeId> e = edgeJoining(g, from, to)) {
        const int at = g.edgeLine(*e);
        const std::string where = at > 0 ? " (line " + std::to_string(at) + ")" : std::string();
        throw InputError(g.name(from) + " and " + g.name(to) + " are already joined by an edge" + where +
                         "; double-click it to change its weight");
    }
    std::string line = g.name(from) + ' ' + g.name(to);
    if (weight != 1.0 || std::signbit(weight)) line += ' ' + formatNumberExact(weight);
    Lines lines(text);
    lines.append(std::move(line));
    return lines.join();
}

std::string setEdgeWeightInText(std::string_view text, const Graph& g, EdgeId e, double weight) {
    requireFinite(weight);
    Lines lines(text);
    const std::size_t i = edgeLineIndex(lines, g, e);
    std::string& line = lines.lines[i];
    const Parsed p = parseLine(line);
    if (p.tokens.size() < 2) throw InputError("line " + std::to_string(i + 1) + " is not an edge");
    // Only the weight token changes: the user's spacing and comment stay where they were.
    const auto offset = [&](std::string_view token) { return static_cast<std::size_t>(token.data() - line.data()); };
    const std::string written = formatNumberExact(weight);
    if (p.tokens.size() >= 3)
        line.replace(offset(p.tokens[2]), p.tokens[2].size(), written);
    else
        line.insert(offset(p.tokens[1]) + p.tokens[1].size(), ' ' + written);
    return lines.join();
}

std::optional<EdgeId> edgeJoining(const Graph& g, VertexId a, VertexId b) {
    for (EdgeId e = 0; e < g.edgeCount(); ++e) {
        const Edge& edge = g.edge(e);
        if ((edge.from == a && edge.to == b) || (!g.directed() && edge.from == b && edge.to == a)) return e;
    }
    return std::nullopt;
}

std::string setWeightBetweenInText(std::string_view text, const Graph& g, VertexId a, VertexId b, double weight) {
    requireVertex(g, a);
    requireVertex(g, b);
    const std::optional<EdgeId> e = edgeJoining(g, a, b);
    if (!e) throw InputError("no edge joins " + g.name(a) + " and " + g.name(b));
    return setEdgeWeightInText(text, g, *e, weight);
}

double parseTypedWeight(std::string_view typed) {
    while (!typed.empty() && (isSpace(typed.front()) || typed.front() == '\n')) typed.remove_prefix(1);
    while (!typed.empty() && (isSpace(typed.back()) || typed.back() == '\n')) typed.remove_suffix(1);
    if (typed.empty()) throw InputError("type a weight: a number such as 4, 2.5 or -1");
    if (const std::optional<double> w = parseNumber(typed)) return *w;
    throw InputError("\"" + std::string(typed) + "\" is not a weight: type a finite number such as 4, 2.5 or -1 "
                     "(a point, not a comma, for decimals)");
}

std::string removeEdgeFromText(std::string_view text, const Graph& g, EdgeId e) {
    Lines lines(text);
    const std::size_t i = edgeLineIndex(lines, g, e);
    const Parsed p = parseLine(lines.lines[i]);
    if (p.tokens.size() < 2) throw InputError("line " + std::to_string(i + 1) + " is not an edge");
    // An end no other line names would vanish with the line: declare it there instead.
    std::string keep;
    for (std::size_t k = 0; k < 2; ++k) {
        const std::string_view name = p.tokens[k];
        if (k == 1 && name == p.tokens[0]) break;
        bool elsewhere = false;
        for (std::size_t j = 0; j < lines.lines.size() && !elsewhere; ++j)
            elsewhere = j != i && namesVertex(parseLine(lines.lines[j]), name);
        if (!elsewhere) keep += (keep.empty() ? "" : "\n") + std::string(name);
    }
    if (keep.empty() && p.comment.empty())
        lines.lines.erase(lines.lines.begin() + static_cast<std::ptrdiff_t>(i));
    else if (keep.empty())
        lines.lines[i] = std::string(p.comment);  // the comment stays, it may explain the lines around
    else
        lines.lines[i] = withComment(keep, p.comment);
    return lines.join();
}

std::string removeVertexFromText(std::string_view text, const Graph& g, VertexId v) {
    requireVertex(g, v);
    const std::string& name = g.name(v);
    Lines lines(text);
    std::vector<std::string> kept;
    kept.reserve(lines.lines.size());
    for (std::string& line : lines.lines) {
        const Parsed p = parseLine(line);
        if (!namesVertex(p, name))
            kept.push_back(std::move(line));
        else if (!p.comment.empty())
            kept.emplace_back(p.comment);
    }
    lines.lines = std::move(kept);
    return lines.join();
}

std::string setVertexPositionInText(std::string_view text, const Graph& g, VertexId v, Point at) {
    requireVertex(g, v);
    if (!g.hasPositions()) throw InputError("the graph has no positions to change");
    if (!std::isfinite(at.x) || !std::isfinite(at.y)) throw InputError("the position must be finite");
    const std::string& name = g.name(v);
    const std::string position = "@ " + name + ' ' + formatNumberExact(at.x) + ' ' + formatNumberExact(at.y);
    Lines lines(text);
    for (std::string& line : lines.lines) {
        const Parsed p = parseLine(line);
        if (p.tokens.size() >= 2 && p.tokens[0] == "@" && p.tokens[1] == name) {
            line = withComment(position, p.comment);
            return lines.join();
        }
    }
    lines.append(position);
    return lines.join();
}

}  // namespace stepwise::graph
