// `stepwise-cli export` end to end, as a user runs it (no display), with the outputs checked for
// what they contain: PNG size at the scale and not blank, SVG shapes, PDF pages and text (poppler's
// pdfinfo and pdftotext), GIF frames and looping (giflib's decoder), DOT and CSV read back; and
// refusals exit 2 leaving no file behind.
#include <gif_lib.h>
#include <gtest/gtest.h>

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QXmlStreamReader>
#include <cstdlib>
#include <cstring>
#include <map>
#include <variant>
#include <nlohmann/json.hpp>

#include "core/catalogue/Catalogue.h"
#include "core/dp/DpTableText.h"
#include "core/graph/Dot.h"
#include "core/graph/GraphItemRun.h"
#include "core/graph/GraphSource.h"
#include "tests/cli/CliRunner.h"
#include "TestPaths.h"

namespace stepwise::cli::testing {
namespace {

std::vector<std::string> traceSentences(const std::string& item) {
    // `run ITEM --trace` prints "  N  line L  sentence" per step: the sentences the sheet must hold.
    const CliResult r = runCli({"run", item, "--trace"});
    std::vector<std::string> out;
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line);) {
        const auto at = line.find("line ");
        if (at == std::string::npos || at > 12) continue;
        const auto text = line.find("  ", at);
        if (text != std::string::npos) out.push_back(line.substr(text + 2));
    }
    return out;
}

std::string tool(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) return {};
    return p.readAllStandardOutput().toStdString();
}

int pdfPages(const std::string& file) {
    const std::string info = tool("pdfinfo", {QString::fromStdString(file)});
    const auto at = info.find("Pages:");
    return at == std::string::npos ? -1 : std::stoi(info.substr(at + 6));
}

/// Without white space (pdftotext breaks lines where the sheet wraps them), ligatures spelt out.
std::string squeeze(const std::string& text) {
    std::string out;
    for (char c : text)
        if (!std::isspace(static_cast<unsigned char>(c))) out += c;
    for (const auto& [ligature, letters] : {std::pair{"\uFB00", "ff"}, {"\uFB01", "fi"}, {"\uFB02", "fl"}})
        for (auto at = out.find(ligature); at != std::string::npos; at = out.find(ligature))
            out.replace(at, std::strlen(ligature), letters);
    return out;
}

bool emptyDir(const TempDir& dir) {
    return std::filesystem::is_empty(dir.path());
}

TEST(CliExport, PngHasTheChosenScaleAndIsNotBlank) {
    TempDir dir;
    const std::string one = (dir.path() / "one.png").string(), three = (dir.path() / "three.png").string();
    ASSERT_EQ(runCli({"export", "dijkstra", "--step", "6", "--scale", "1", "-o", one}).status, 0);
    const CliResult r = runCli({"export", "dijkstra", "--step", "6", "--format", "png", "--scale", "3", "-o", three});
    ASSERT_EQ(r.status, 0) << r.err;
    const QImage a(QString::fromStdString(one)), b(QString::fromStdString(three));
    ASSERT_FALSE(a.isNull());
    ASSERT_FALSE(b.isNull());
    EXPECT_NEAR(b.width(), 3 * a.width(), 3);
    EXPECT_NEAR(b.height(), 3 * a.height(), 3);
    QSet<QRgb> colours;
    std::size_t ink = 0;
    for (int y = 0; y < a.height(); y += 2)
        for (int x = 0; x < a.width(); x += 2) {
            colours.insert(a.pixel(x, y));
            ink += qGray(a.pixel(x, y)) < 200;
        }
    EXPECT_GT(colours.size(), 8);
    EXPECT_GT(ink, 200u);
    EXPECT_TRUE(r.err.empty()) << r.err;  // no notes from the offscreen platform
}

/// Rows of white (or the light background) under the last drawn pixel of `image`.
int blankRowsAtTheBottom(const QImage& image) {
    const QRgb background = image.pixel(0, 0);
    for (int y = image.height() - 1; y >= 0; --y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != background) return image.height() - 1 - y;
    return image.height();
}

TEST(CliExport, DrawnViewsAreNotPaddedWithAnEmptyBand) {
    // The window the CLI lays the room out in is taller than these drawings need; the export is as
    // tall as the drawing: under it only the export margin and the view's own (before, the
    // queue's and the retry's PNGs were half empty).
    TempDir dir;
    for (const char* item : {"queue", "retry", "rate-limiter", "bulkhead", "balancer"}) {
        const std::string file = (dir.path() / (std::string(item) + ".png")).string();
        const CliResult r = runCli({"export", item, "--scale", "1", "-o", file});
        ASSERT_EQ(r.status, 0) << item << ": " << r.err;
        const QImage image(QString::fromStdString(file));
        ASSERT_FALSE(image.isNull()) << item;
        EXPECT_LT(blankRowsAtTheBottom(image), 60) << item << " " << image.width() << "x" << image.height();
        EXPECT_GT(image.height(), 150) << item;
    }
}

TEST(CliExport, DrawingsOfAGraphItemDrawTheGraphFileGiven) {
    // Before, png/svg/pdf/gif drew the built-in example whatever --graph said (only DOT read it).
    TempDir dir;
    const std::string graph = dir.write("ports.graph", "Port Quay 77\nQuay Dock 2\nPort Dock 5\n");
    const std::string svg = (dir.path() / "g.svg").string();
    const CliResult r = runCli({"export", "bfs", "--graph", graph, "--source", "Port", "--step", "2", "-o", svg});
    ASSERT_EQ(r.status, 0) << r.err;
    const std::string text = slurp(svg);
    for (const char* name : {">Port<", ">Quay<", ">Dock<", ">77<"}) EXPECT_NE(text.find(name), std::string::npos) << name;
    EXPECT_EQ(text.find(">Harbor<"), std::string::npos);
    // The study sheet's sentences are this graph's.
    const std::string pdf = (dir.path() / "g.pdf").string();
    ASSERT_EQ(runCli({"export", "bfs", "--graph", graph, "--source", "Port", "--steps", "0..3", "-o", pdf}).status, 0);
    EXPECT_NE(squeeze(tool("pdftotext", {QString::fromStdString(pdf), "-"})).find("Quay"), std::string::npos);
    // A graph the room builds off the GUI thread (over 300 vertices) too.
    std::string big;
    for (int i = 0; i < 400; ++i) big += "n" + std::to_string(i) + " n" + std::to_string(i + 1) + " 1\n";
    const std::string file = dir.write("chain.graph", big);
    const std::string png = (dir.path() / "chain.png").string();
    const CliResult chain = runCli({"export", "bfs", "--graph", file, "--source", "n0", "--step", "5", "-o", png});
    EXPECT_EQ(chain.status, 0) << chain.err;
    EXPECT_FALSE(QImage(QString::fromStdString(png)).isNull());
}

TEST(CliExport, EveryPixelOfAPngAtAFractionalScaleIsPainted) {
    // A page times 1.37 is not a whole number of pixels: the last column and row must still be
    // the background, not memory that was never cleared.
    TempDir dir;
    const std::string file = (dir.path() / "odd.png").string();
    ASSERT_EQ(runCli({"export", "bfs", "--step", "3", "--scale", "1.37", "-o", file}).status, 0);
    const QImage image(QString::fromStdString(file));
    ASSERT_FALSE(image.isNull());
    for (int y = 0; y < image.height(); ++y) EXPECT_EQ(qAlpha(image.pixel(image.width() - 1, y)), 255) << y;
    for (int x = 0; x < image.width(); ++x) EXPECT_EQ(qAlpha(image.pixel(x, image.height() - 1)), 255) << x;
}

TEST(CliExport, TheSameExportTwiceIsTheSameBytes) {
    // Qt seeds its hashes per process (a PDF's fonts came out in a new order each run) and dates
    // every PDF; with SOURCE_DATE_EPOCH the date is that one, and every format repeats exactly.
    TempDir dir;
    ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    for (const std::vector<std::string>& args : {std::vector<std::string>{"heap", "--steps", "0..6", "--format", "pdf"},
                                                {"bfs", "--step", "3", "--format", "pdf"},
                                                {"dijkstra", "--steps", "0..5", "--format", "gif"},
                                                {"cache", "--step", "30", "--format", "svg"},
                                                {"breaker", "--step", "30", "--format", "png"}}) {
        std::string outputs[2];
        for (int i = 0; i < 2; ++i) {
            const std::string file = (dir.path() / ("out" + std::to_string(i) + "." + args.back())).string();
            std::vector<std::string> line{"export"};
            line.insert(line.end(), args.begin(), args.end());
            line.insert(line.end(), {"-o", file});
            ASSERT_EQ(runCli(line).status, 0) << args.front();
            outputs[i] = slurp(file);
        }
        EXPECT_FALSE(outputs[0].empty()) << args.front();
        EXPECT_TRUE(outputs[0] == outputs[1]) << args.front() << " " << args.back();
    }
    const std::string file = (dir.path() / "out0.pdf").string();
    EXPECT_NE(tool("pdfinfo", {QString::fromStdString(file)}).find("Nov 14"), std::string::npos);
    ::unsetenv("SOURCE_DATE_EPOCH");
}

TEST(CliExport, SvgParsesAndDrawsOneCirclePerVertex) {
    TempDir dir;
    const std::string file = (dir.path() / "city.svg").string();
    ASSERT_EQ(runCli({"export", "bfs", "--step", "0", "-o", file}).status, 0);
    QFile f(QString::fromStdString(file));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    std::map<QString, int> byRadius;  // vertices are the circles of the one most common radius
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("circle"))
            ++byRadius[xml.attributes().value("r").toString()];
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    int most = 0;
    for (const auto& [r, n] : byRadius) most = std::max(most, n);
    EXPECT_EQ(most, static_cast<int>(graph::loadGraphSource("example:city.graph").vertexCount()));
}

TEST(CliExport, StudySheetHasATitlePageAndOnePagePerStepWithItsSentence) {
    TempDir dir;
    const std::string file = (dir.path() / "sheet.pdf").string();
    const CliResult r = runCli({"export", "dijkstra", "--steps", "2..9", "-o", file});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(pdfPages(file), 1 + 8);
    const std::string text = squeeze(tool("pdftotext", {QString::fromStdString(file), "-"}));
    const auto sentences = traceSentences("dijkstra");
    ASSERT_GE(sentences.size(), 9u);
    for (std::size_t step = 2; step <= 9; ++step)
        EXPECT_NE(text.find(squeeze(sentences[step - 1]).substr(0, 40)), std::string::npos) << sentences[step - 1];
    EXPECT_NE(text.find("Seed"), std::string::npos);
    EXPECT_NE(text.find("example:city.graph"), std::string::npos);

    // Sampled: every 5th of 0..21 is 0, 5, 10, 15, 20 and the last, 21.
    ASSERT_EQ(runCli({"export", "dijkstra", "--every", "5", "--format", "pdf", "--steps", "0..21", "-o", file}).status, 0);
    EXPECT_EQ(pdfPages(file), 1 + 6);
}

TEST(CliExport, GifHasOneFramePerStepOfTheRangeAndLoops) {
    TempDir dir;
    const std::string file = (dir.path() / "heap.gif").string();
    const CliResult r = runCli({"export", "heap", "--steps", "3..12", "--frame-ms", "200", "-o", file});
    ASSERT_EQ(r.status, 0) << r.err;
    int error = 0;
    GifFileType* gif = DGifOpenFileName(file.c_str(), &error);
    ASSERT_NE(gif, nullptr);
    ASSERT_EQ(DGifSlurp(gif), GIF_OK);
    EXPECT_EQ(gif->ImageCount, 10);
    bool loops = false;
    const SavedImage& first = gif->SavedImages[0];
    for (int e = 0; e + 1 < first.ExtensionBlockCount; ++e)
        loops = loops || (first.ExtensionBlocks[e].Function == APPLICATION_EXT_FUNC_CODE &&
                          std::memcmp(first.ExtensionBlocks[e].Bytes, "NETSCAPE2.0", 11) == 0);
    EXPECT_TRUE(loops);
    GraphicsControlBlock gcb{};
    DGifSavedExtensionToGCB(gif, 1, &gcb);
    EXPECT_EQ(gcb.DelayTime, 20);
    DGifCloseFile(gif, &error);
}

TEST(CliExport, DotOfTheNewFormReadsBackToTheSameGraph) {
    const CliResult r = runCli({"export", "mst", "--graph", "example:city.graph", "--method", "kruskal", "--step", "4", "--format", "dot"});
    ASSERT_EQ(r.status, 0) << r.err;
    const graph::Graph back = graph::parseDot(r.out, "export");
    const graph::Graph want = graph::loadGraphSource("example:city.graph");
    ASSERT_EQ(back.vertexCount(), want.vertexCount());
    ASSERT_EQ(back.edgeCount(), want.edgeCount());
    for (graph::EdgeId e = 0; e < want.edgeCount(); ++e) EXPECT_EQ(back.edge(e).weight, want.edge(e).weight);
}

TEST(CliExport, CsvReadsBackToTheTableTheRunPrints) {
    TempDir dir;
    const std::string file = (dir.path() / "lcs.csv").string();
    ASSERT_EQ(runCli({"export", "lcs", "--a", "ABCBDAB", "--b", "BDCABA", "-o", file}).status, 0);
    const dp::DpTextTable t = dp::readDpCsv(slurp(file), file);
    // The independent view: `run --json`'s final table.
    const CliResult json = runCli({"run", "lcs", "--a", "ABCBDAB", "--b", "BDCABA", "--json"});
    const auto doc = nlohmann::json::parse(json.out);
    const auto& table = doc["result"]["table"];
    ASSERT_EQ(t.cells.size(), table.size());
    for (std::size_t r = 0; r < table.size(); ++r) {
        ASSERT_EQ(t.cells[r].size(), table[r].size());
        for (std::size_t c = 0; c < table[r].size(); ++c) EXPECT_EQ(t.cells[r][c], table[r][c].dump());
    }
    const CliResult md = runCli({"export", "lcs", "--format", "md", "--step", "10"});
    ASSERT_EQ(md.status, 0) << md.err;
    EXPECT_NE(md.out.find("|---|"), std::string::npos);
}

std::vector<std::vector<std::string>> csvRows(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::vector<std::string> row;
        std::istringstream cells(line);
        for (std::string cell; std::getline(cells, cell, ',');) row.push_back(cell);
        rows.push_back(row);
    }
    return rows;
}

TEST(CliExport, ChartDataAsCsvEndsWhereTheRunsResultDoes) {
    // Cache: the hit ratio of each policy after the last request is the result's hit_ratio.
    const CliResult cache = runCli({"export", "cache", "--format", "csv"});
    ASSERT_EQ(cache.status, 0) << cache.err;
    const auto rows = csvRows(cache.out);
    ASSERT_GE(rows.size(), 3u);
    EXPECT_EQ(rows.front(), (std::vector<std::string>{"requests", "LRU", "LFU"}));
    const auto json = nlohmann::json::parse(runCli({"run", "cache", "--json"}).out)["result"];
    EXPECT_EQ(std::stoi(rows.back()[0]), json["hits"].get<int>() + json["misses"].get<int>());
    EXPECT_NEAR(std::stod(rows.back()[1]), json["hit_ratio"].get<double>(), 1e-9);
    EXPECT_NEAR(std::stod(rows.back()[2]), json["compare"]["hit_ratio"].get<double>(), 1e-9);
    // Balancer: the picks per backend at the last step are the result's counts.
    const CliResult balancer = runCli({"export", "balancer", "--format", "csv"});
    ASSERT_EQ(balancer.status, 0) << balancer.err;
    const auto counts = nlohmann::json::parse(runCli({"run", "balancer", "--json"}).out)["result"]["counts"];
    const auto b = csvRows(balancer.out);
    ASSERT_EQ(b.size(), counts.size() + 1);
    for (std::size_t i = 1; i < b.size(); ++i) EXPECT_EQ(std::stoi(b[i][2]), counts[b[i][0]].get<int>()) << b[i][0];
}

TEST(CliExport, TheOlderGraphFileFormStillWorksForEveryFormat) {
    TempDir dir;
    const std::string city = std::string(STEPWISE_SOURCE_DIR) + "/resources/examples/city.graph";
    const std::string png = (dir.path() / "old.png").string();
    EXPECT_EQ(runCli({"export", city, "--algorithm", "dijkstra", "--source", "Harbor", "--format", "png", "-o", png}).status, 0);
    EXPECT_FALSE(QImage(QString::fromStdString(png)).isNull());
    const CliResult dot = runCli({"export", city, "--algorithm", "bfs", "--source", "Park", "--step", "3"});
    ASSERT_EQ(dot.status, 0) << dot.err;
    EXPECT_EQ(graph::parseDot(dot.out, "old").vertexCount(), 8u);
}

struct Refusal {
    std::vector<std::string> args;
    std::string says;
};

TEST(CliExport, RefusalsExitWithTwoAndLeaveNoFile) {
    TempDir dir;
    const std::string out = (dir.path() / "x").string();
    const std::string longA(40, 'a'), longB(40, 'b');
    const std::vector<Refusal> cases{
        {{"export", "dijkstra", "-o", "/nonexistent-dir/x.png"}, "cannot write /nonexistent-dir/x.png"},
        {{"export", "dijkstra", "--format", "jpeg", "-o", out + ".jpeg"}, "unknown format 'jpeg'"},
        {{"export", "bfs", "--format", "csv", "-o", out + ".csv"}, "bfs has no csv export (its formats: png, svg, pdf, gif, dot)"},
        {{"export", "cache", "--format", "dot", "-o", out + ".dot"}, "its formats: png, svg, pdf, gif, csv)"},
        {{"export", "dijkstra", "--step", "22", "-o", out + ".png"}, "past the last step (21)"},
        {{"export", "dijkstra", "--steps", "3..99", "-o", out + ".gif"}, "past the last step (21)"},
        {{"export", "dijkstra", "--steps", "9..3", "-o", out + ".gif"}, "ends before it starts"},
        {{"export", "dijkstra", "--steps", "0..5", "-o", out + ".png"}, "png draws one step"},
        {{"export", "lcs", "--a", longA, "--b", longB, "--format", "gif", "-o", out + ".gif"}, "at most 500 frames"},
        {{"export", "dijkstra", "--theme", "blue", "-o", out + ".png"}, "expected light or dark"},
        {{"export", "dijkstra", "--scale", "0", "-o", out + ".png"}, "--scale"},
        {{"export", "dijkstra", "--format", "png"}, "needs -o FILE"},
        {{"export", "dijkstra", "--graph", "example:city.graph", "--source", "Nowhere", "-o", out + ".png"}, "unknown source vertex 'Nowhere'"},
        {{"export", "nosuch", "-o", out + ".png"}, "unknown item 'nosuch'"},
        {{"export", "dijkstra", "--every", "0", "-o", out + ".pdf"}, "--every"},
        {{"export", "dijkstra", "--step", "-1", "-o", out + ".png"}, "'-1' is not a step number"},
        {{"export", "dijkstra", "--every", "-1", "-o", out + ".pdf"}, "'-1' is not a number of steps"},
        {{"export", "dijkstra", "--every", "1.5", "-o", out + ".pdf"}, "expected a whole number from 1"},
        {{"export", "dijkstra", "--kinds", "", "-o", out + ".pdf"}, "--kinds names no kind"},
        {{"export", "dijkstra", "--kinds", ",", "-o", out + ".pdf"}, "--kinds names no kind"},
        {{"export", "dijkstra", "--scale", "100", "-o", out + ".png"}, "--scale 100 is out of range"},
        {{"export", "lcs", "--a", std::string(100, 'a'), "--b", std::string(100, 'b'), "--scale", "16", "-o", out + ".png"},
         "over the limit of 64 million: choose a smaller scale"},
    };
    for (const auto& c : cases) {
        const CliResult r = runCli(c.args);
        std::string line;
        for (const auto& a : c.args) line += a + " ";
        EXPECT_EQ(r.status, 2) << line << "\n" << r.err;
        EXPECT_NE(r.err.find(c.says), std::string::npos) << line << "\n" << r.err;
        EXPECT_TRUE(emptyDir(dir)) << line;
    }
}

/// The steps of `item`'s example whose events are of these alternatives, counted on the trace itself.
template <class... Events>
std::size_t graphSteps(const std::string& item) {
    const auto& entry = catalogue::requireItem(item);
    const auto run = entry.start(entry.presetOptions());
    const auto* g = run->as<graph::GraphItemRun>();
    std::size_t n = 0;
    for (const auto& e : g->timeline().trace().events) n += (std::holds_alternative<Events>(e) || ...);
    return n;
}

TEST(CliExport, AStudySheetOfChosenKindsHasOnePagePerStepOfThoseKinds) {
    TempDir dir;
    const std::string file = (dir.path() / "relax.pdf").string();
    const CliResult r = runCli({"export", "dijkstra", "--kinds", "relax,settle", "-o", file});
    ASSERT_EQ(r.status, 0) << r.err;
    const std::size_t expected = graphSteps<graph::event::Relax, graph::event::Settle>("dijkstra");
    ASSERT_GT(expected, 3u);
    EXPECT_EQ(pdfPages(file), static_cast<int>(expected) + 1);
    const std::string text = squeeze(tool("pdftotext", {QString::fromStdString(file), "-"}));
    EXPECT_NE(text.find(squeeze("only the relax, settle steps")), std::string::npos);
    // One kind, every 2nd of them and the last: settles 1, 3, 5, ... and the last one.
    const std::size_t settles = graphSteps<graph::event::Settle>("dijkstra");
    ASSERT_EQ(runCli({"export", "dijkstra", "--kinds", "settle", "--every", "2", "--format", "pdf", "-o", file}).status, 0);
    EXPECT_EQ(pdfPages(file), static_cast<int>(settles / 2 + 1) + 1);
    // The last page is the run's last settle step: the target's.
    const std::string lastPage =
        squeeze(tool("pdftotext", {"-f", QString::number(pdfPages(file)), QString::fromStdString(file), "-"}));
    EXPECT_NE(lastPage.find(squeeze("step 21 of 21")), std::string::npos) << lastPage;
    // A GIF of the kinds has one frame per such step.
    const std::string gif = (dir.path() / "settle.gif").string();
    ASSERT_EQ(runCli({"export", "dijkstra", "--kinds", "settle", "-o", gif}).status, 0);
    int error = 0;
    GifFileType* decoded = DGifOpenFileName(gif.c_str(), &error);
    ASSERT_NE(decoded, nullptr);
    ASSERT_EQ(DGifSlurp(decoded), GIF_OK);
    EXPECT_EQ(decoded->ImageCount, static_cast<int>(settles));
    DGifCloseFile(decoded, &error);
}

TEST(CliExport, AnUnknownKindIsRefusedNamingTheItemsKinds) {
    TempDir dir;
    const std::string file = (dir.path() / "x.pdf").string();
    const CliResult r = runCli({"export", "bfs", "--kinds", "relax", "-o", file});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("bfs has no relax steps (its kinds: "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("discover"), std::string::npos) << r.err;
    EXPECT_TRUE(emptyDir(dir));
    const CliResult one = runCli({"export", "dijkstra", "--kinds", "relax", "--step", "3", "-o", (dir.path() / "x.png").string()});
    EXPECT_EQ(one.status, 2);
    EXPECT_NE(one.err.find("--kinds samples a range"), std::string::npos) << one.err;
    EXPECT_TRUE(emptyDir(dir));
}

TEST(CliExport, ChartsExportAsPngSvgAndCsvOfTheirData) {
    TempDir dir;
    const std::string png = (dir.path() / "hit.png").string();
    CliResult r = runCli({"export", "cache", "--chart", "hit-ratio", "-o", png});
    ASSERT_EQ(r.status, 0) << r.err;
    const QImage image(QString::fromStdString(png));
    ASSERT_FALSE(image.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3) colours.insert(image.pixel(x, y));
    EXPECT_GT(colours.size(), 8) << "a chart, not a blank";
    // SVG: the chart's title and its axis are in the drawing.
    const std::string svg = (dir.path() / "miss.svg").string();
    r = runCli({"export", "cache", "--chart", "miss-ratio", "--format", "svg", "-o", svg});
    ASSERT_EQ(r.status, 0) << r.err;
    QFile file(QString::fromStdString(svg));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::Characters) text += xml.text();
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_TRUE(text.contains("capacity")) << text.toStdString();
    // CSV of the miss-ratio curve: both policies, a row per size replayed, ratios in [0, 1].
    r = runCli({"export", "cache", "--chart", "miss-ratio", "--format", "csv"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto rows = csvRows(r.out);
    ASSERT_GE(rows.size(), 3u);
    EXPECT_EQ(rows.front(), (std::vector<std::string>{"capacity", "LRU", "LFU"}));
    for (std::size_t i = 1; i < rows.size(); ++i) {
        ASSERT_EQ(rows[i].size(), 3u);
        for (int side = 1; side <= 2; ++side) {
            EXPECT_GE(std::stod(rows[i][side]), 0.0);
            EXPECT_LE(std::stod(rows[i][side]), 1.0);
        }
        if (i > 1) {
            EXPECT_LE(std::stod(rows[i][1]), std::stod(rows[i - 1][1]) + 1e-9) << "LRU misses less with more room";
        }
    }
    // The hit-ratio chart's data is the cache's csv: both policies.
    r = runCli({"export", "cache", "--chart", "hit-ratio", "--format", "csv"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, runCli({"export", "cache", "--format", "csv"}).out);
    // The balancer's counts chart.
    r = runCli({"export", "balancer", "--chart", "counts", "--format", "csv"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(csvRows(r.out).front(), (std::vector<std::string>{"backend", "weight", "picks", "active"}));
}

TEST(CliExport, AnUnknownChartIsRefusedNamingTheItemsCharts) {
    TempDir dir;
    CliResult r = runCli({"export", "cache", "--chart", "latency", "-o", (dir.path() / "x.png").string()});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("cache has no chart 'latency' (its charts: hit-ratio, miss-ratio)"), std::string::npos) << r.err;
    r = runCli({"export", "dijkstra", "--chart", "hit-ratio", "-o", (dir.path() / "x.png").string()});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("dijkstra has no charts"), std::string::npos) << r.err;
    r = runCli({"export", "cache", "--chart", "hit-ratio", "--format", "gif", "-o", (dir.path() / "x.gif").string()});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("png, svg, pdf or csv"), std::string::npos) << r.err;
    EXPECT_TRUE(emptyDir(dir));
}

TEST(CliExport, AFailedExportLeavesThePreviousFileAsItWas) {
    TempDir dir;
    const std::string file = dir.write("keep.gif", "the good one");
    const std::string longA(40, 'a'), longB(40, 'b');
    EXPECT_EQ(runCli({"export", "lcs", "--a", longA, "--b", longB, "-o", file}).status, 2);
    EXPECT_EQ(slurp(file), "the good one");
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1);
}

TEST(CliExport, AReadOnlyFileIsKeptEvenForRoot) {
    TempDir dir;
    for (const std::string name : {"keep.png", "keep.dot"}) {
        const std::string file = dir.write(name, "the good one");
        std::filesystem::permissions(file, std::filesystem::perms::owner_read | std::filesystem::perms::group_read);
        const CliResult r = runCli({"export", "dijkstra", "-o", file});
        EXPECT_EQ(r.status, 2) << name;
        EXPECT_NE(r.err.find("is read-only: it is kept"), std::string::npos) << r.err;
        EXPECT_EQ(slurp(file), "the good one") << name;
    }
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 2);
}

TEST(CliExport, ATextExportKeepsThePermissionsOfTheFileItReplaces) {
    TempDir dir;
    const std::string file = dir.write("private.dot", "old");
    std::filesystem::permissions(file, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    ASSERT_EQ(runCli({"export", "dijkstra", "--format", "dot", "-o", file}).status, 0);
    EXPECT_NE(slurp(file), "old");
    EXPECT_EQ(std::filesystem::status(file).permissions() & std::filesystem::perms::all,
              std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
}


TEST(CliExport, HelpWithAnItemListsExportsOptionsAndTheItems) {
    const CliResult withItem = runCli({"export", "cache", "--help"});
    EXPECT_EQ(withItem.status, 0) << withItem.err;
    for (const char* option : {"--steps", "--kinds", "--chart", "--policy", "--capacity", "--workload"})
        EXPECT_NE(withItem.out.find(option), std::string::npos) << option << "\n" << withItem.out;
    const CliResult alone = runCli({"export", "--help"});
    EXPECT_EQ(alone.status, 0) << alone.err;
    EXPECT_NE(alone.out.find("--steps"), std::string::npos);
    EXPECT_EQ(alone.out.find("--policy"), std::string::npos);
    const CliResult missing = runCli({"export"});
    EXPECT_EQ(missing.status, 2);
    EXPECT_NE(missing.err.find("missing ITEM"), std::string::npos) << missing.err;
}

TEST(CliExport, ARangeOverThePageLimitSuggestsAnEveryThatFits) {
    // The cache example's steps (and step 0) are over the 1000-page limit.
    TempDir dir;
    const std::string file = (dir.path() / "cache.pdf").string();
    const CliResult refused = runCli({"export", "cache", "-o", file});
    ASSERT_EQ(refused.status, 2);
    const auto at = refused.err.find("--every ");
    ASSERT_NE(at, std::string::npos) << refused.err;
    const std::string every = refused.err.substr(at + 8, refused.err.find(' ', at + 8) - at - 8);
    EXPECT_NE(refused.err.find("every 2nd step"), std::string::npos) << refused.err;
    EXPECT_TRUE(emptyDir(dir));
    const CliResult fits = runCli({"export", "cache", "--every", every, "-o", file});
    ASSERT_EQ(fits.status, 0) << fits.err;
    // "N steps are too many": steps 0 .. N-1; sampled as 0, k, 2k, ... and the last, written out.
    const std::size_t drawn = std::stoul(refused.err.substr(refused.err.find("export: ") + 8));
    std::size_t pages = 1;  // the title page
    const std::size_t k = std::stoul(every);
    for (std::size_t step = 0; step < drawn; step += k) ++pages;
    if ((drawn - 1) % k != 0) ++pages;
    EXPECT_GT(drawn, 1000u);
    EXPECT_EQ(pdfPages(file), static_cast<int>(pages));
}

TEST(CliExport, TheTitlePageKeepsLongOptionNamesOnOneLine) {
    TempDir dir;
    const std::string file = (dir.path() / "retry.pdf").string();
    ASSERT_EQ(runCli({"export", "retry", "--steps", "0..2", "-o", file}).status, 0);
    const std::string title = tool("pdftotext", {"-f", "1", "-l", "1", "-layout", QString::fromStdString(file), "-"});
    EXPECT_NE(title.find("--exponential-backoff-multiplier"), std::string::npos) << title;
    EXPECT_NE(title.find("--exponential-max-wait-duration"), std::string::npos) << title;
}

}  // namespace
}  // namespace stepwise::cli::testing
