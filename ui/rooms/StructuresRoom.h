#pragma once
// The data-structures room: heap, trie, segment tree and union-find, as the catalogue lists them.
// The operation editor on the left; the tree view (with the heap's array, the union-find parent
// array) and the playback bar in the middle; pseudo-code, explanation and the answers of the
// operations on the right. Everything else (presets, the player, apply, the banner) is the scaffold's.
#include "ui/rooms/RoomScaffold.h"

namespace stepwise::ui {

class OperationEditor;
class OutcomePanel;
class TreeView;
class ViewLegend;

class StructuresRoom : public RoomScaffold {
    Q_OBJECT
  public:
    explicit StructuresRoom(QWidget* parent = nullptr);
    ~StructuresRoom() override;

    StepView* stepView() const override;

    QGraphicsScene* exportScene() const override;
    void zoomIn() override;
    void zoomOut() override;
    void fitAll() override;

    OperationEditor* editor() const { return editor_; }
    TreeView* view() const { return view_; }
    OutcomePanel* outcomes() const { return outcomes_; }
    ViewLegend* legend() const { return legend_; }
    /// The step where each operation of the current run starts (empty without a run).
    std::vector<std::size_t> operationStarts() const;

  protected:
    catalogue::Options editorOptions() const override;
    void setEditorOptions(const catalogue::CatalogueItem& item, const catalogue::Options& options) override;
    void runInstalled(run::Run& run) override;
    void showStep(run::Run& run) override;
    std::size_t firstStep(const run::Run& run) const override;

  private:
    void jumpToOperation(int index);

    OperationEditor* editor_;
    TreeView* view_;
    OutcomePanel* outcomes_;
    ViewLegend* legend_;
};

}  // namespace stepwise::ui
