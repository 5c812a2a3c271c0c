#include "core/graph/GraphText.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <istream>
#include <iterator>
#include <ostream>
#include <sstream>
#include <vector>

#include "core/common/InputError.h"

namespace stepwise::graph {

std::optional<double> parseNumber(std::string_view token) {
    if (!token.empty() && token.front() == '+') token.remove_prefix(1);
    if (token.empty() || token.front() == '+') return std::nullopt;
    double value = 0;
    const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
    if (ec != std::errc{} || end != token.data() + token.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

std::string formatNumberExact(double value) {
    std::array<char, 32> buffer{};
    const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), ec == std::errc{} ? end : buffer.data());
}

namespace {

constexpr std::string_view kEdgeForm = "expected FROM TO [WEIGHT]";
constexpr std::string_view kPositionForm = "expected @ NAME X Y";

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

bool isDirective(std::string_view word) {
    return word == "directed" || word == "undirected";
}

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

/// Optimal string alignment distance (edits and adjacent swaps), case-insensitive.
std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()];
}

/// A lone first word that is probably a misspelt directive rather than a vertex.
bool looksLikeDirective(std::string_view word) {
    if (word.size() > 16) return false;
    return editDistance(word, "directed") <= 2 || editDistance(word, "undirected") <= 2;
}

class TextParser {
  public:
    TextParser(std::string_view text, std::string_view fileName) : text_(text), file_(fileName) {}

    Graph parse() {
        // The line count bounds the edges and is a fair guess at the vertices: no regrowing.
        const auto lines = static_cast<std::size_t>(std::count(text_.begin(), text_.end(), '\n')) + 1;
        builder_.reserve(lines, lines);
        std::size_t start = 0;
        while (start <= text_.size()) {
            std::size_t end = text_.find('\n', start);
            if (end == std::string_view::npos) end = text_.size();
            ++line_;
            try {
                parseLine(text_.substr(start, end - start));
            } catch (const InputError& e) {
                if (e.line() == 0) fail(e.message());  // a size limit, from the builder
                throw;
            }
            start = end + 1;
        }
        return std::move(builder_).build();
    }

  private:
    [[noreturn]] void fail(const std::string& message) const {
        throw InputError(message, std::string(file_), line_);
    }

    void parseLine(std::string_view line) {
        if (const auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
        tokens_.clear();
        std::size_t i = 0;
        while (i < line.size()) {
            while (i < line.size() && isSpace(line[i])) ++i;
            const std::size_t begin = i;
            while (i < line.size() && !isSpace(line[i])) ++i;
            if (i > begin) tokens_.push_back(line.substr(begin, i - begin));
        }
        if (tokens_.empty()) return;
        const bool first = !seenContent_;
        seenContent_ = true;

        if (tokens_[0] == "@") return parsePosition();
        if (tokens_.size() == 1) {
            const std::string_view word = tokens_[0];
            if (isDirective(word)) {
                if (!first)
                    fail("'" + std::string(word) +
                         "' must be the first line (it sets the kind of the whole graph), not after vertices "
                         "or edges");
                builder_.setDirected(word == "directed");
                return;
            }
            if (first && looksLikeDirective(word))
                fail("unknown directive '" + std::string(word) +
                     "' (expected 'directed' or 'undirected' on the first line; to name a vertex '" +
                     std::string(word) + "', put the directive first)");
            builder_.vertex(checkedName(word));
            return;
        }
        if (tokens_.size() > 3)
            fail("too many tokens: " + std::to_string(tokens_.size()) + " (" + std::string(kEdgeForm) +
                 "; names cannot contain spaces)");
        double weight = 1.0;
        if (tokens_.size() == 3) weight = number(tokens_[2], "weight", kEdgeForm);
        const VertexId from = builder_.vertex(checkedName(tokens_[0]));
        const VertexId to = builder_.vertex(checkedName(tokens_[1]));
        builder_.addEdge(from, to, weight, static_cast<std::uint32_t>(line_));
    }

    void parsePosition() {
        if (tokens_.size() != 4)
            fail((tokens_.size() < 4 ? "too few tokens after '@' (" : "too many tokens after '@' (") +
                 std::string(kPositionForm) + ")");
        const double x = number(tokens_[2], "x", kPositionForm);
        const double y = number(tokens_[3], "y", kPositionForm);
        builder_.setPosition(builder_.vertex(checkedName(tokens_[1])), {x, y});
    }

    std::string_view checkedName(std::string_view name) const {
        if (name == "@") fail("'@' is reserved for positions (" + std::string(kPositionForm) + ")");
        if (isDirective(name))
            fail("'" + std::string(name) + "' is a directive, not a vertex name (" + std::string(kEdgeForm) +
                 ")");
        return name;
    }

    double number(std::string_view token, std::string_view what, std::string_view form) const {
        if (auto value = parseNumber(token)) return *value;
        std::string message = std::string(what) + " '" + std::string(token) + "' is not a";
        double ignored = 0;
        const bool nonFinite = std::from_chars(token.data(), token.data() + token.size(), ignored).ptr ==
                               token.data() + token.size();
        message += nonFinite ? " finite number (" : " number (";
        fail(message + std::string(form) + ")");
    }

    std::string_view text_;
    std::string_view file_;
    int line_ = 0;
    bool seenContent_ = false;
    std::vector<std::string_view> tokens_;
    GraphBuilder builder_{true};
};

bool writableName(const std::string& name) {
    if (name.empty() || name == "@" || isDirective(name)) return false;
    return std::none_of(name.begin(), name.end(), [](char c) { return c == '#' || c == '\n' || isSpace(c); });
}

}  // namespace

Graph parseGraphText(std::string_view text, std::string_view fileName) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // a UTF-8 byte order mark from some editors
    return TextParser(text, fileName).parse();
}

Graph readGraphText(std::istream& in, std::string_view fileName) {
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return parseGraphText(text, fileName);
}

void writeGraphText(std::ostream& out, const Graph& g) {
    for (VertexId v = 0; v < g.vertexCount(); ++v)
        if (!writableName(g.name(v)))
            throw InputError(
                "vertex name '" + g.name(v) +
                "' cannot be written in the edge-list format (names are tokens without spaces or "
                "'#', and not '@', 'directed' or 'undirected'); export as DOT instead");
    out << (g.directed() ? "directed\n" : "undirected\n");
    // The reader numbers vertices by first appearance, so a vertex that an edge would introduce out
    // of order is declared on its own line first; ids then survive the round trip.
    VertexId next = 0;
    auto declareUpTo = [&](VertexId v) {
        for (; next < v; ++next) out << g.name(next) << '\n';
    };
    std::string line;
    for (const Edge& e : g.edges()) {
        bool fromIsNew = false;
        if (e.from >= next) {
            declareUpTo(e.from);
            next = e.from + 1;
            fromIsNew = true;
        }
        if (e.to >= next) {
            // The edge line would introduce FROM after the declarations, so declare it before them.
            if (fromIsNew && e.to > next) out << g.name(e.from) << '\n';
            declareUpTo(e.to);
            next = e.to + 1;
        }
        line = g.name(e.from);
        line += ' ';
        line += g.name(e.to);
        if (e.weight != 1.0 || std::signbit(e.weight)) {
            line += ' ';
            line += formatNumberExact(e.weight);
        }
        line += '\n';
        out << line;
    }
    declareUpTo(static_cast<VertexId>(g.vertexCount()));
    if (g.hasPositions())
        for (VertexId v = 0; v < g.vertexCount(); ++v)
            out << "@ " << g.name(v) << ' ' << formatNumberExact(g.position(v).x) << ' '
                << formatNumberExact(g.position(v).y) << '\n';
}

std::string toGraphText(const Graph& g) {
    std::ostringstream out;
    writeGraphText(out, g);
    return out.str();
}

}  // namespace stepwise::graph
