// The interface against its budgets (issue 12): a step inside one 60 Hz frame, at least 60 frames
// per second while playing, the window open in under a second, under 200 MB at the peak. Offscreen
// (QT_QPA_PLATFORM=offscreen), so it measures our painting and Qt's raster engine, not a compositor.
// Each figure is printed as a ratio to its budget after the run (README.md here).
#include <benchmark/benchmark.h>

#include <sys/resource.h>
#include <time.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <string>

#include "core/sim/TimeSeries.h"
#include "ui/app/MainWindow.h"
#include "ui/charts/TimeSeriesChart.h"
#include "ui/playback/PlaybackController.h"
#include "ui/rooms/GraphRoom.h"

using namespace stepwise;

namespace {

constexpr double kFrameMs = 1000.0 / 60.0;
constexpr double kOpenMs = 1000.0;
constexpr double kFps = 60.0;
constexpr double kPeakMb = 200.0;

/// A figure: its value by the wall clock, and by the GUI thread's CPU clock where that applies (the
/// two agree on an idle machine; under load the wall clock also counts the time other processes ran).
struct Figure {
    double wall = 0;
    double cpu = -1;
};
std::map<std::string, Figure> measured;  // figure → value, printed against its budget at the end

double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

/// Sums the wall and GUI-thread CPU time of the timed parts of a benchmark.
struct Stopwatch {
    double wall = 0, cpu = 0;
    std::size_t laps = 0;
    std::chrono::steady_clock::time_point wallStart;
    double cpuStart = 0;
    void start() {
        wallStart = std::chrono::steady_clock::now();
        cpuStart = threadCpuMs();
    }
    void stop() {
        wall += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - wallStart).count();
        cpu += threadCpuMs() - cpuStart;
        ++laps;
    }
    Figure mean() const { return {wall / static_cast<double>(laps), cpu / static_cast<double>(laps)}; }
};

void waitMs(int ms) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) QApplication::processEvents(QEventLoop::AllEvents, 5);
}

/// A seeded random digraph with positive weights, connected from v0 by a spanning chain.
std::string writeGraph(const QTemporaryDir& dir, int vertices, int edges) {
    const std::string path = dir.filePath("big.graph").toStdString();
    std::ofstream out(path);
    std::mt19937 rng(12);
    std::uniform_int_distribution<int> vertex(0, vertices - 1), weight(1, 50);
    out << "directed\n";
    for (int v = 1; v < vertices; ++v) out << 'v' << v - 1 << " v" << v << ' ' << weight(rng) << '\n';
    for (int e = vertices - 1; e < edges; ++e) out << 'v' << vertex(rng) << " v" << vertex(rng) << ' ' << weight(rng) << '\n';
    return path;
}

/// A window showing Dijkstra on the 2,000-vertex graph, laid out and ready to step.
struct BigGraphWindow {
    QTemporaryDir dir;
    ui::MainWindow window;
    ui::PlaybackController* playback = nullptr;

    BigGraphWindow() {
        ui::StartupOptions options;
        options.graphFile = QString::fromStdString(writeGraph(dir, 2000, 10000));
        options.algorithm = "dijkstra";
        options.source = "v0";
        window.resize(1366, 768);
        window.applyStartup(options);
        window.show();
        QElapsedTimer t;
        t.start();
        // The example is shown first; the big graph replaces it once laid out (thousands of steps).
        while ((window.graphRoom()->isLayingOut() || window.graphRoom()->playback()->stepCount() < 1000) &&
               t.elapsed() < 120'000)
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        playback = window.graphRoom()->playback();
        QApplication::processEvents();
    }
};

std::unique_ptr<BigGraphWindow> theBigGraph;  // made on first use, destroyed before the QApplication

BigGraphWindow& bigGraph() {
    if (!theBigGraph) theBigGraph = std::make_unique<BigGraphWindow>();
    return *theBigGraph;
}

void BM_OpenWindow(benchmark::State& state) {
    Stopwatch watch;
    for (auto _ : state) {
        watch.start();
        ui::MainWindow window;
        window.resize(1366, 768);
        window.applyStartup({});
        window.show();
        window.repaint();
        QApplication::processEvents();
        watch.stop();
    }
    measured["open the window (ms)"] = watch.mean();
}
BENCHMARK(BM_OpenWindow)->Unit(benchmark::kMillisecond)->UseRealTime();

// One step forward on the 2,000-vertex / 10,000-edge graph: the room applies it and the whole window
// repaints synchronously. At the end it starts over (a seek to 0, not counted as a step).
void BM_GraphStep(benchmark::State& state) {
    auto& w = bigGraph();
    Stopwatch watch;
    for (auto _ : state) {
        if (w.playback->atEnd()) {
            state.PauseTiming();
            w.playback->seek(0);
            QApplication::processEvents();
            state.ResumeTiming();
        }
        watch.start();
        w.playback->stepForward();
        w.window.repaint();
        watch.stop();
    }
    state.counters["steps"] = static_cast<double>(w.playback->stepCount());
    measured["graph step, apply + repaint (ms)"] = watch.mean();
}
BENCHMARK(BM_GraphStep)->Unit(benchmark::kMillisecond)->UseRealTime();

/// Counts the frames a top-level window composes: one UpdateRequest each (Qt batches every update()
/// since the last frame into one), the paints of its widgets inside it.
class FrameCounter : public QObject {
  public:
    int frames = 0;
    bool eventFilter(QObject*, QEvent* e) override {
        if (e->type() == QEvent::UpdateRequest) ++frames;
        return false;
    }
};

// Playing at the fastest animated speed (one step per 16 ms tick) for one second of wall time: the
// frames the window composed while the steps went by.
void BM_GraphPlayFps(benchmark::State& state) {
    auto& w = bigGraph();
    double fps = 0;
    for (auto _ : state) {
        w.playback->seek(0);
        w.playback->setSpeed(1000.0 / ui::PlaybackController::minIntervalMs);
        FrameCounter counter;
        w.window.installEventFilter(&counter);
        w.playback->play();
        QElapsedTimer t;
        t.start();
        const std::size_t from = w.playback->step();
        waitMs(1000);
        w.playback->pause();
        const double seconds = static_cast<double>(t.elapsed()) / 1000.0;
        w.window.removeEventFilter(&counter);
        fps = static_cast<double>(counter.frames) / seconds;
        state.counters["steps/s"] = static_cast<double>(w.playback->step() - from) / seconds;
    }
    state.counters["fps"] = fps;
    measured["frames per second while playing"] = {fps, -1};
}
BENCHMARK(BM_GraphPlayFps)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

// A live simulation's charts: four charts of 10,000 samples (two series each), advanced by one
// frame's batch of samples and repainted; at the end they start over from a seek back to 0.
void BM_FourChartsFrame(benchmark::State& state) {
    const std::size_t length = 10'000, perFrame = static_cast<std::size_t>(state.range(0));
    QWidget host;
    auto* layout = new QVBoxLayout(&host);
    std::vector<ui::TimeSeriesChart*> charts;
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> unit(0, 1);
    for (int c = 0; c < 4; ++c) {
        auto* chart = new ui::TimeSeriesChart({QString("Chart %1").arg(c), "requests", 100.0, 0, 100, 6}, &host);
        std::vector<sim::TimeSeries> series(2);
        for (auto& s : series)
            for (std::size_t i = 0; i < length; ++i) s.append(static_cast<std::int64_t>(i), unit(rng));
        chart->setSeries(series, {"a", "b"}, length);
        layout->addWidget(chart);
        charts.push_back(chart);
    }
    host.resize(700, 900);
    host.show();
    QApplication::processEvents();
    // One step at a time near the end (the charts nearly full); batches of a frame from the start.
    const std::size_t from = perFrame == 1 ? length - 1000 : 0;
    std::size_t shown = from;
    for (auto* chart : charts) chart->showSamples(shown);
    Stopwatch watch;
    for (auto _ : state) {
        shown = shown + perFrame > length ? from : shown + perFrame;
        watch.start();
        for (auto* chart : charts) chart->showSamples(shown);
        host.repaint();
        watch.stop();
    }
    if (perFrame == 1) measured["four charts, one step + repaint (ms)"] = watch.mean();
    else measured["four charts, a frame of " + std::to_string(perFrame) + " samples + repaint (ms)"] = watch.mean();
}
BENCHMARK(BM_FourChartsFrame)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();
// 100 frames of 100 samples: the charts fill from empty to 10,000 points.
BENCHMARK(BM_FourChartsFrame)->Arg(100)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(100);

double peakMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

void printBudgets() {
    std::printf("\n%-52s %9s %8s %8s %9s %8s\n", "figure", "wall", "ratio", "budget", "GUI CPU", "ratio");
    auto row = [](const std::string& name, double budget, bool higherIsBetter) {
        const auto it = measured.find(name);
        if (it == measured.end()) return;
        const Figure f = it->second;
        const double ratio = higherIsBetter ? budget / f.wall : f.wall / budget;
        std::printf("%-52s %9.2f %7.2f× %8.2f", name.c_str(), f.wall, ratio, budget);
        if (f.cpu >= 0) std::printf(" %9.2f %7.2f×", f.cpu, f.cpu / budget);
        std::printf("\n");
    };
    row("open the window (ms)", kOpenMs, false);
    row("graph step, apply + repaint (ms)", kFrameMs, false);
    row("frames per second while playing", kFps, true);
    for (const auto& [name, value] : measured)
        if (name.rfind("four charts", 0) == 0) row(name, kFrameMs, false);
    measured["peak memory (MB)"] = {peakMb(), -1};
    row("peak memory (MB)", kPeakMb, false);
    std::printf("(ratio = measured / budget, for frames per second budget / measured: below 1 is within\n"
                " budget; GUI CPU is the GUI thread's CPU time, the wall figure less other processes' load)\n");
}

}  // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    printBudgets();
    std::fflush(stdout);
    theBigGraph.reset();
    benchmark::Shutdown();
    return 0;
}
