#pragma once
// The graph-search room on the room scaffold: the graph editor on the left, the graph view over the
// playback bar in the middle, pseudo-code, explanation, frontier and result on the right. Presets,
// the player, apply, the banner and the step header are the scaffold's. What is its own: one graph
// shared by all its items (choosing another item runs it on the loaded graph), laid out once and
// off the GUI thread when big, and the limits of what the GUI draws and steps through.
#include <QHash>
#include <QPointF>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

#include "core/common/Limits.h"
#include "core/graph/GraphItemRun.h"
#include "core/layout/GraphLayout.h"
#include "ui/rooms/RoomScaffold.h"

class QLabel;
class QTimer;
class QToolButton;

namespace stepwise::ui {

class FrontierPanel;
class GraphBuildJob;
class GraphInputEditor;
class GraphLegend;
class GraphView;
class ResultPanel;

class GraphRoom : public RoomScaffold {
    Q_OBJECT
  public:
    /// Above this many vertices the GUI neither draws nor steps; it offers a run without the trace.
    static constexpr std::size_t defaultVertexLimit = limits::drawnVertices;
    /// A recorded run keeps at most this many events; a longer one is offered untraced.
    static constexpr std::size_t defaultEventLimit = limits::guiTraceEvents;
    /// Bigger graphs are run and laid out on a worker thread, with progress and Cancel.
    static constexpr std::size_t backgroundLayoutThreshold = 300;

    explicit GraphRoom(QWidget* parent = nullptr);
    ~GraphRoom() override;

    StepView* stepView() const override;
    /// Also takes an algorithm id ("scc:kosaraju"): the item with that method.
    void selectItem(const QString& id) override;
    bool applyPreset(const QString& name) override;
    /// As RoomScaffold's, with the graph the options name (`example:NAME` or a file) loaded first.
    bool applyOptions(const catalogue::Options& options, QString* error) override;

    QGraphicsScene* exportScene() const override;
    void zoomIn() override;
    void zoomOut() override;
    void fitAll() override;

    bool opensFiles() const override { return true; }
    QString fileFilter() const override;
    void openFile(const QString& path) override;

    /// Sets the source and target by name (empty target: none) and runs.
    void setEndpointNames(const QString& source, const QString& target);
    /// Reads the editor and records a run; on bad input shows why and keeps the current run.
    void runRecorded();
    /// The same without the trace: only the result is shown.
    void runUntraced();
    /// Stops a run or layout under way in the background; what was shown stays.
    void cancelWork();

    /// Lower limits, for tests of the "too large to step through" path.
    void setLimits(std::size_t vertexLimit, std::size_t eventLimit);

    /// The current run, typed (nullptr before the first).
    const graph::GraphItemRun* graphRun() const;
    /// What the view and the frontier show at the current step.
    const graph::GraphState& state() const;
    /// True while a big graph's run or layout is being computed (the previous run is still shown).
    bool isLayingOut() const;
    GraphInputEditor* editor() const { return editor_; }
    GraphView* view() const { return view_; }
    FrontierPanel* frontier() const { return frontier_; }
    ResultPanel* result() const { return result_; }
    GraphLegend* legend() const { return legend_; }

    /// Edit mode: the mouse edits the graph (GraphScene::setEditing) and every edit rewrites the
    /// editor's text (core/graph/GraphTextEdit.h) and runs it; off, a click on a vertex sets the source.
    void setEditing(bool editing);
    bool isEditing() const;
    QToolButton* editButton() const { return editButton_; }
    /// What asks for an edge's weight, after a double-click on it and after connecting two vertices
    /// (a QInputDialog by default). Gets the current weight as text and the edge's description, and
    /// gives what was typed (core parses it, so any weight the format allows); nullopt (Escape) keeps it.
    using WeightPrompt = std::function<std::optional<QString>(const QString& current, const QString& edge)>;
    void setWeightPrompt(WeightPrompt prompt) { askWeight_ = std::move(prompt); }

  Q_SIGNALS:
    /// A new run is shown (after a run, or when a background build finished).
    void sessionInstalled();

  protected:
    catalogue::Options editorOptions() const override;
    void setEditorOptions(const catalogue::CatalogueItem& item, const catalogue::Options& options) override;
    std::unique_ptr<run::Run> buildRun(const catalogue::CatalogueItem& item,
                                       const catalogue::Options& options) override;
    void runInstalled(run::Run& run) override;
    void showStep(run::Run& run) override;
    bool sharesInput() const override { return true; }
    bool isBuilding() const override { return isLayingOut(); }

  private:
    /// The graph the editor's text makes: the one shown when the text is unchanged, else parsed.
    std::shared_ptr<const graph::Graph> editorGraph();
    /// Puts `item`'s own example (graph, source, target) into the editor.
    void loadExampleOf(const catalogue::CatalogueItem& item);
    /// True while the editor holds a built-in example as loaded (not edited, not a file).
    bool showsUneditedExample() const;
    /// Says why `item` cannot run on the loaded graph and offers its own example.
    void offerOwnExample(const catalogue::CatalogueItem& item, const QString& why);
    void startInBackground(const catalogue::CatalogueItem& item, const catalogue::Options& options,
                           std::shared_ptr<const graph::Graph> graph, std::function<std::unique_ptr<graph::GraphItemRun>()> build);
    void stopJob();
    void runUntracedAs(const QString& algorithmId);
    void onVertexClicked(graph::VertexId v);
    /// Applies a mouse edit: `edit` makes the new text from the drawn text and its graph. Bad edits
    /// and texts the run refuses show the banner and leave the text as it was.
    void applyTextEdit(const std::function<std::string(const std::string& text, const graph::Graph& g)>& edit);
    void editAddVertex(QPointF scenePos);
    void editConnect(graph::VertexId from, graph::VertexId to);
    void editWeight(graph::EdgeId e);
    /// The mouse edits edge-list text only: for DOT, a banner offers the same graph as edge-list text.
    bool isDotText() const;
    void offerEdgeListText();
    void convertToEdgeList();
    void editRemoveVertex(graph::VertexId v);
    void editRemoveEdge(graph::EdgeId e);
    void editMoveVertex(graph::VertexId v, QPointF scenePos);
    /// Where the drawing has each vertex now, by name (so an edit keeps the picture in place).
    QHash<QString, QPointF> drawnPositions() const;
    /// Scene coordinates to the text's `@ X Y` coordinates (the inverse of the given-positions layout).
    graph::Point textPosition(QPointF scenePos) const;

    GraphInputEditor* editor_;
    QToolButton* editButton_;
    QLabel* editHint_;
    WeightPrompt askWeight_;
    QHash<QString, QPointF> keepPositions_;  // the layout the next new graph takes (after a mouse edit)
    GraphView* view_;
    GraphLegend* legend_;
    FrontierPanel* frontier_;
    ResultPanel* result_;
    QTimer* progressTimer_;
    std::size_t vertexLimit_ = defaultVertexLimit;
    std::size_t eventLimit_ = defaultEventLimit;
    bool untracedNext_ = false;
    bool presetGraphNext_ = false;
    QString pendingMethod_;

    // The graph on screen, its text and drawing: shared by every item's run over the same text.
    QString parsedText_;  // the editor text last parsed, and its graph
    std::shared_ptr<const graph::Graph> parsedGraph_;
    std::shared_ptr<const graph::Graph> layoutGraph_;  // the graph layout_ places
    std::shared_ptr<const layout::GraphLayout> layout_;
    std::shared_ptr<const graph::Graph> shownGraph_;   // the graph the view draws
    bool drawn_ = false;
    std::optional<graph::GraphState> still_;  // what the view shows for a run without the trace
    QString exampleName_;  // the built-in example last loaded ("city.graph"), empty after none
    QPointer<GraphBuildJob> job_;
};

}  // namespace stepwise::ui
