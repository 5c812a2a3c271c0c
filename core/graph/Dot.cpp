#include "core/graph/Dot.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>
#include <ostream>
#include <sstream>

#include "core/common/InputError.h"
#include "core/graph/GraphText.h"

namespace stepwise::graph {

namespace {

enum class Tok { Id, Arrow, Line, LBrace, RBrace, LBracket, RBracket, Semi, Comma, Equals, Colon, End };

struct Token {
    Tok kind = Tok::End;
    std::string text;  // the decoded ID, or the punctuation itself
    bool quoted = false;
    int line = 0;
};

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

bool isKeyword(std::string_view word) {
    for (std::string_view k : {"node", "edge", "graph", "digraph", "subgraph", "strict"})
        if (equalsIgnoringCase(word, k)) return true;
    return false;
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isWordStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
}
bool isWordChar(char c) {
    return isWordStart(c) || isDigit(c);
}

class Lexer {
  public:
    Lexer(std::string_view text, std::string_view file) : text_(text), file_(file) {}

    Token next() {
        skipSpaceAndComments();
        Token t;
        t.line = line_;
        if (pos_ >= text_.size()) return t;
        const char c = text_[pos_];
        auto single = [&](Tok kind) {
            t.kind = kind;
            t.text = std::string(1, c);
            ++pos_;
            return t;
        };
        switch (c) {
            case '{':
                return single(Tok::LBrace);
            case '}':
                return single(Tok::RBrace);
            case '[':
                return single(Tok::LBracket);
            case ']':
                return single(Tok::RBracket);
            case ';':
                return single(Tok::Semi);
            case ',':
                return single(Tok::Comma);
            case '=':
                return single(Tok::Equals);
            case ':':
                return single(Tok::Colon);
            case '"':
                return quoted(t);
            case '<':
                return html(t);
            default:
                break;
        }
        if (c == '-' && pos_ + 1 < text_.size() && (text_[pos_ + 1] == '>' || text_[pos_ + 1] == '-')) {
            t.kind = text_[pos_ + 1] == '>' ? Tok::Arrow : Tok::Line;
            t.text = text_.substr(pos_, 2);
            pos_ += 2;
            return t;
        }
        const std::size_t start = pos_;
        if (c == '-' || c == '.' || isDigit(c)) {
            if (c == '-') ++pos_;
            while (pos_ < text_.size() && (isDigit(text_[pos_]) || text_[pos_] == '.')) ++pos_;
            // "1a" would be two IDs to Graphviz; one name is what a person typing it means.
            while (pos_ < text_.size() && isWordChar(text_[pos_])) ++pos_;
            if (pos_ == start + 1 && c == '-')
                fail("unexpected '-' (expected '->', '--' or a number)", line_);
        } else if (isWordStart(c)) {
            while (pos_ < text_.size() && isWordChar(text_[pos_])) ++pos_;
        } else {
            fail(std::string("unexpected character '") + c + "'", line_);
        }
        t.kind = Tok::Id;
        t.text = text_.substr(start, pos_ - start);
        return t;
    }

    [[noreturn]] void fail(const std::string& message, int line) const {
        throw InputError(message, std::string(file_), line);
    }

  private:
    void skipSpaceAndComments() {
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == '\n') {
                ++line_;
                ++pos_;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
                ++pos_;
            } else if (c == '#' || (c == '/' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '/')) {
                while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
            } else if (c == '/' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '*') {
                const int opened = line_;
                pos_ += 2;
                while (pos_ + 1 < text_.size() && !(text_[pos_] == '*' && text_[pos_ + 1] == '/')) {
                    if (text_[pos_] == '\n') ++line_;
                    ++pos_;
                }
                if (pos_ + 1 >= text_.size())
                    fail("unterminated /* comment (opened on line " + std::to_string(opened) + ")", line_);
                pos_ += 2;
            } else {
                return;
            }
        }
    }

    Token quoted(Token& t) {
        ++pos_;
        while (true) {
            if (pos_ >= text_.size())
                fail("unterminated quoted string (opened on line " + std::to_string(t.line) +
                         ", expected '\"')",
                     line_);
            const char c = text_[pos_++];
            if (c == '"') break;
            if (c == '\n') ++line_;
            if (c == '\\' && pos_ < text_.size()) {
                const char escaped = text_[pos_++];
                if (escaped == '"' || escaped == '\\') {
                    t.text += escaped;
                } else if (escaped == '\n') {
                    ++line_;  // a line continuation
                } else {
                    t.text += c;  // \n, \l and friends belong to Graphviz labels: keep them
                    t.text += escaped;
                }
                continue;
            }
            t.text += c;
        }
        t.kind = Tok::Id;
        t.quoted = true;
        return t;
    }

    Token html(Token& t) {
        int depth = 0;
        const std::size_t start = pos_;
        do {
            if (pos_ >= text_.size())
                fail("unterminated <HTML> string (opened on line " + std::to_string(t.line) +
                         ", expected '>')",
                     line_);
            const char c = text_[pos_++];
            if (c == '<') ++depth;
            if (c == '>') --depth;
            if (c == '\n') ++line_;
        } while (depth > 0);
        t.kind = Tok::Id;
        t.quoted = true;
        t.text = text_.substr(start + 1, pos_ - start - 2);
        return t;
    }

    std::string_view text_;
    std::string_view file_;
    std::size_t pos_ = 0;
    int line_ = 1;
};

std::string describe(const Token& t) {
    if (t.kind == Tok::End) return "the end of the input";
    return "'" + t.text + "'";
}

class DotParser {
  public:
    DotParser(std::string_view text, std::string_view file) : lexer_(text, file) { advance(); }

    Graph parse() {
        if (keyword("strict")) advance();
        if (keyword("digraph")) {
            builder_.setDirected(true);
        } else if (keyword("graph")) {
            builder_.setDirected(false);
        } else {
            fail("expected 'digraph' or 'graph' at the start, found " + describe(current_));
        }
        advance();
        if (current_.kind == Tok::Id && !plainKeyword()) advance();  // the graph's name
        if (current_.kind != Tok::LBrace)
            fail("expected '{' after the graph header, found " + describe(current_));
        const int opened = current_.line;
        advance();
        while (current_.kind != Tok::RBrace) {
            if (current_.kind == Tok::End)
                fail("missing '}' to close the graph opened on line " + std::to_string(opened));
            if (current_.kind == Tok::Semi) {
                advance();
                continue;
            }
            const int line = current_.line;
            try {
                statement();
            } catch (const InputError& e) {
                if (e.line() == 0) fail(e.message(), line);  // a size limit, from the builder
                throw;
            }
        }
        advance();
        if (current_.kind == Tok::Semi) advance();
        if (current_.kind != Tok::End)
            fail("unexpected " + describe(current_) + " after the closing '}' (one graph per file)");
        return std::move(builder_).build();
    }

  private:
    [[noreturn]] void fail(const std::string& message) const { lexer_.fail(message, current_.line); }
    [[noreturn]] void fail(const std::string& message, int line) const { lexer_.fail(message, line); }

    void advance() { current_ = lexer_.next(); }

    bool keyword(std::string_view word) const {
        return current_.kind == Tok::Id && !current_.quoted && equalsIgnoringCase(current_.text, word);
    }
    bool plainKeyword() const {
        return current_.kind == Tok::Id && !current_.quoted && isKeyword(current_.text);
    }

    Token expectId(std::string_view what) {
        if (current_.kind != Tok::Id || plainKeyword()) {
            if (keyword("subgraph")) fail("subgraphs are not supported");
            fail("expected " + std::string(what) + ", found " + describe(current_));
        }
        Token t = std::move(current_);
        advance();
        return t;
    }

    void statement() {
        if (current_.kind == Tok::LBrace || keyword("subgraph")) fail("subgraphs are not supported");
        if (keyword("node") || keyword("graph")) {
            advance();
            attributes();
            return;
        }
        if (keyword("edge")) {
            advance();
            for (auto& attr : attributes()) edgeDefaults_.push_back(std::move(attr));
            return;
        }
        Token first = expectId("a node, an edge or an attribute statement");
        if (current_.kind == Tok::Equals) {  // a graph attribute such as rankdir=LR
            advance();
            expectId("a value after '='");
            return;
        }
        skipPort();
        if (current_.kind == Tok::Arrow || current_.kind == Tok::Line) return edgeChain(first);
        const VertexId v = builder_.vertex(first.text);
        for (const auto& attr : attributes())
            if (attr.key == "pos") builder_.setPosition(v, position(attr));
    }

    void edgeChain(const Token& first) {
        std::vector<VertexId> chain{builder_.vertex(first.text)};
        while (current_.kind == Tok::Arrow || current_.kind == Tok::Line) {
            const bool arrow = current_.kind == Tok::Arrow;
            if (arrow && !builder_.directed())
                fail("'->' is for digraphs; this is an undirected graph, so use '--' (or declare 'digraph')");
            if (!arrow && builder_.directed())
                fail("'--' is for undirected graphs; this is a digraph, so use '->' (or declare 'graph')");
            advance();
            if (current_.kind == Tok::LBrace || keyword("subgraph")) fail("subgraphs are not supported");
            chain.push_back(builder_.vertex(expectId("a node after the edge operator").text));
            skipPort();
        }
        std::vector<Attribute> attrs = edgeDefaults_;
        for (auto& attr : attributes()) attrs.push_back(std::move(attr));
        const double weight = edgeWeight(attrs);
        for (std::size_t i = 0; i + 1 < chain.size(); ++i)
            builder_.addEdge(chain[i], chain[i + 1], weight, static_cast<std::uint32_t>(first.line));
    }

    void skipPort() {
        for (int parts = 0; parts < 2 && current_.kind == Tok::Colon; ++parts) {
            advance();
            expectId("a port name after ':'");
        }
    }

    struct Attribute {
        std::string key;
        std::string value;
        int line = 0;
    };

    std::vector<Attribute> attributes() {
        std::vector<Attribute> result;
        while (current_.kind == Tok::LBracket) {
            advance();
            while (current_.kind != Tok::RBracket) {
                if (current_.kind == Tok::End) fail("missing ']' to close the attribute list");
                Token key = expectId("an attribute name or ']'");
                if (current_.kind != Tok::Equals)
                    fail("expected '=' after the attribute '" + key.text + "', found " + describe(current_));
                advance();
                Token value = expectId("a value for the attribute '" + key.text + "'");
                result.push_back({std::move(key.text), std::move(value.text), value.line});
                if (current_.kind == Tok::Comma || current_.kind == Tok::Semi) advance();
            }
            advance();
        }
        return result;
    }

    /// The last `weight` wins; without one, the last label that is a number; otherwise 1.
    double edgeWeight(const std::vector<Attribute>& attrs) const {
        const Attribute* weight = nullptr;
        const Attribute* label = nullptr;
        for (const auto& attr : attrs) {
            if (attr.key == "weight") weight = &attr;
            if (attr.key == "label") label = &attr;
        }
        if (weight) {
            if (auto value = parseNumber(weight->value)) return *value;
            fail("weight '" + weight->value +
                     "' is not a finite number (expected e.g. [weight=3] or [weight=-2.5])",
                 weight->line);
        }
        if (label)
            if (auto value = parseNumber(label->value)) return *value;
        return 1.0;
    }

    Point position(const Attribute& attr) const {
        std::string_view text = attr.value;
        if (!text.empty() && text.back() == '!') text.remove_suffix(1);
        const auto comma = text.find(',');
        if (comma != std::string_view::npos) {
            auto x = parseNumber(text.substr(0, comma));
            auto y = parseNumber(text.substr(comma + 1));
            if (x && y) return {*x, *y};
        }
        fail("pos '" + attr.value + "' is not a position (expected pos=\"X,Y\", two finite numbers)",
             attr.line);
    }

    Lexer lexer_;
    Token current_;
    GraphBuilder builder_{true};
    std::vector<Attribute> edgeDefaults_;
};

void writeAttributes(std::ostream& out, const DotAttributes& attrs) {
    if (attrs.empty()) return;
    out << " [";
    bool first = true;
    for (const auto& [key, value] : attrs) {
        if (!first) out << ", ";
        first = false;
        out << dotId(key) << "=\"";
        // Backslash sequences (\n, \l) are Graphviz label syntax and pass through; quotes must not.
        for (char c : value) {
            if (c == '"') out << '\\';
            out << c;
        }
        const auto trailing = value.size() - value.find_last_not_of('\\') - 1;
        if (trailing % 2 == 1) out << '\\';  // an odd final backslash would escape the closing quote
        out << '"';
    }
    out << ']';
}

}  // namespace

Graph parseDot(std::string_view text, std::string_view fileName) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // a UTF-8 byte order mark from some editors
    return DotParser(text, fileName).parse();
}

Graph readDot(std::istream& in, std::string_view fileName) {
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return parseDot(text, fileName);
}

std::string dotId(std::string_view id) {
    bool word = !id.empty() && (isWordStart(id[0]) && static_cast<unsigned char>(id[0]) < 0x80);
    for (char c : id) word = word && isWordChar(c) && static_cast<unsigned char>(c) < 0x80;
    if (word && !isKeyword(id)) return std::string(id);
    // A numeral: -?(.[0-9]+ | [0-9]+(.[0-9]*)?)
    std::string_view digits = id;
    if (!digits.empty() && digits[0] == '-') digits.remove_prefix(1);
    const auto dots = std::count(digits.begin(), digits.end(), '.');
    const auto numerals = std::count_if(digits.begin(), digits.end(), isDigit);
    if (numerals > 0 && dots <= 1 && static_cast<std::size_t>(numerals + dots) == digits.size())
        return std::string(id);
    std::string out = "\"";
    for (char c : id) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    out += '"';
    return out;
}

void writeDot(std::ostream& out, const Graph& g, const DotStyle& style) {
    auto without = [](DotAttributes attrs, std::string_view key) {
        std::erase_if(attrs, [&](const auto& kv) { return kv.first == key; });
        return attrs;
    };
    out << (g.directed() ? "digraph " : "graph ") << dotId(style.graphName.empty() ? "G" : style.graphName)
        << " {\n";
    if (!style.graphAttributes.empty()) {
        out << "    graph";
        writeAttributes(out, style.graphAttributes);
        out << ";\n";
    }
    for (VertexId v = 0; v < g.vertexCount(); ++v) {
        DotAttributes attrs;
        if (g.hasPositions())
            attrs.push_back(
                {"pos", formatNumberExact(g.position(v).x) + "," + formatNumberExact(g.position(v).y)});
        if (style.vertexStyle)
            for (auto& kv : without(style.vertexStyle(v), "pos")) attrs.push_back(std::move(kv));
        out << "    " << dotId(g.name(v));
        writeAttributes(out, attrs);
        out << ";\n";
    }
    const char* op = g.directed() ? " -> " : " -- ";
    for (EdgeId e = 0; e < g.edgeCount(); ++e) {
        const Edge& edge = g.edge(e);
        DotAttributes attrs{{"weight", formatNumberExact(edge.weight)}};
        if (style.edgeStyle)
            for (auto& kv : without(style.edgeStyle(e), "weight")) attrs.push_back(std::move(kv));
        out << "    " << dotId(g.name(edge.from)) << op << dotId(g.name(edge.to));
        writeAttributes(out, attrs);
        out << ";\n";
    }
    out << "}\n";
}

std::string toDot(const Graph& g, const DotStyle& style) {
    std::ostringstream out;
    writeDot(out, g, style);
    return out.str();
}

}  // namespace stepwise::graph
