#pragma once
// The graph-search room: the input editor on the left, the graph view with the playback bar in the
// middle, pseudo-code, explanation, frontier and result on the right. Every algorithm comes from
// graph::graphCatalogue(), so new ones appear here without changes.
#include <QPointer>
#include <QThread>
#include <cstdint>
#include <memory>

#include "core/catalogue/CatalogueItem.h"
#include "ui/models/GraphSession.h"
#include "ui/rooms/Room.h"

class QSplitter;

namespace stepwise::graph {
class GraphItemRun;
}

namespace stepwise::ui {

class ExplanationPanel;
class FrontierPanel;
class GraphInputEditor;
class GraphView;
class PlaybackBar;
class PseudocodePanel;
class ResultPanel;

class GraphRoom : public Room {
    Q_OBJECT
  public:
    /// Above this many vertices the GUI neither draws nor steps; it offers a run without the trace.
    static constexpr std::size_t defaultVertexLimit = 20000;
    /// A recorded run keeps at most this many events (about 50 MB); a longer one is offered untraced.
    static constexpr std::size_t defaultEventLimit = 3000000;
    /// Bigger new graphs are laid out on a worker thread so the window stays responsive.
    static constexpr std::size_t backgroundLayoutThreshold = 300;

    explicit GraphRoom(QWidget* parent = nullptr);
    ~GraphRoom() override;

    StepView* stepView() const override;

    QString areaTitle() const override;
    QList<RoomItem> items() const override;
    QString currentItem() const override;
    void selectItem(const QString& id) override;

    PlaybackController* playback() const override { return controller_; }
    QGraphicsScene* exportScene() const override;
    void zoomIn() override;
    void zoomOut() override;
    void fitAll() override;

    /// The session as a catalogue run (built from it once, for export), at the player's step.
    run::Run* currentRun() const override;
    catalogue::Options currentOptions() const override;
    /// Loads `graph` (a file or example:NAME), sets method, source and target, and runs (laying out
    /// on this thread, so the drawing is there when it returns).
    bool applyOptions(const catalogue::Options& options, QString* error) override;

    bool opensFiles() const override { return true; }
    QString fileFilter() const override;
    void openFile(const QString& path) override;

    /// Dijkstra's built-in example from the catalogue (the city map from Harbor), at step 0.
    void loadExample();
    /// Sets the source and target by name (empty target: none) and runs.
    void setEndpointNames(const QString& source, const QString& target);

    /// Reads the editor and records a run; on bad input shows why and keeps the current session.
    void runRecorded();
    /// The same without the trace: only the result is shown.
    void runUntraced();

    /// Lower limits, for tests of the "too large to step through" path.
    void setLimits(std::size_t vertexLimit, std::size_t eventLimit);

    const GraphSession* session() const { return session_.get(); }
    /// True while a big graph's layout is being computed (the previous session is still shown).
    bool isLayingOut() const;
    GraphInputEditor* editor() const { return editor_; }
    GraphView* view() const { return view_; }
    PseudocodePanel* pseudocode() const { return pseudocode_; }
    ExplanationPanel* explanation() const { return explanation_; }
    FrontierPanel* frontier() const { return frontier_; }
    ResultPanel* result() const { return result_; }
    QSplitter* splitter() const { return splitter_; }

  Q_SIGNALS:
    /// A new session is shown (after a run, or when a background layout finished).
    void sessionInstalled();

  private:
    void run(bool traced);
    /// Loads the item's example (graph, method, source, target) from the catalogue and runs it.
    void loadItemExample(const catalogue::CatalogueItem& item);
    /// True while the editor holds a built-in example as loaded (not edited, not a file).
    bool showsUneditedExample() const;
    void layOutInBackground(std::unique_ptr<GraphSession> next, bool traced);
    void install(std::unique_ptr<GraphSession> next, bool newGraph);
    void announce(bool traced, qint64 ms);
    void showStep(std::size_t step);
    void syncAlgorithmNeeds();
    void onVertexClicked(graph::VertexId v);

    GraphInputEditor* editor_;
    GraphView* view_;
    PlaybackController* controller_;
    PlaybackBar* playbackBar_;
    PseudocodePanel* pseudocode_;
    ExplanationPanel* explanation_;
    FrontierPanel* frontier_;
    ResultPanel* result_;
    QSplitter* splitter_;
    std::unique_ptr<GraphSession> session_;
    std::size_t vertexLimit_ = defaultVertexLimit;
    std::size_t eventLimit_ = defaultEventLimit;
    std::uint64_t layoutTicket_ = 0;
    QString exampleName_;  // the built-in example last loaded ("city.graph"), empty after none
    QPointer<QThread> layoutThread_;
    bool syncLayout_ = false;      // applyOptions: lay out here, not on a worker thread
    std::uint64_t installs_ = 0;   // sessions installed so far (applyOptions tells success by it)
    mutable std::unique_ptr<graph::GraphItemRun> narration_;  // currentRun(), for the session shown
};

}  // namespace stepwise::ui
