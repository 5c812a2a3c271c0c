#pragma once
// The data-structures room: heap, trie, segment tree and union-find. The operation editor on the
// left; the tree view (with the heap's array, the union-find parent array) and the playback bar in
// the middle; pseudo-code, explanation and the answers of the operations on the right. Each item
// keeps its own input and last good run, so switching items and bad input lose nothing.
#include <map>
#include <memory>

#include "ui/panels/structures/StructureInput.h"
#include "ui/rooms/Room.h"

class QSplitter;

namespace stepwise::ui {

class ExplanationPanel;
class OperationEditor;
class OutcomePanel;
class PlaybackBar;
class PseudocodePanel;
class StructureSession;
class TreeView;

class StructuresRoom : public Room {
    Q_OBJECT
  public:
    explicit StructuresRoom(QWidget* parent = nullptr);
    ~StructuresRoom() override;

    QString areaTitle() const override;
    QList<RoomItem> items() const override;
    QString currentItem() const override { return item_; }
    void selectItem(const QString& id) override;

    PlaybackController* playback() const override { return controller_; }
    QGraphicsScene* exportScene() const override;
    void zoomIn() override;
    void zoomOut() override;
    void fitAll() override;

    /// Reads the editor and records a run of the current item; on bad input shows why next to the
    /// editor and keeps the previous run (and its drawing).
    void run();

    OperationEditor* editor() const { return editor_; }
    TreeView* view() const { return view_; }
    PseudocodePanel* pseudocode() const { return pseudocode_; }
    ExplanationPanel* explanation() const { return explanation_; }
    OutcomePanel* outcomes() const { return outcomes_; }
    /// The step where each operation of the current run starts (empty without a run).
    std::vector<std::size_t> operationStarts() const;

  private:
    void install(std::unique_ptr<StructureSession> session, std::size_t step);
    void showStep(std::size_t step);
    void jumpToOperation(int index);

    OperationEditor* editor_;
    TreeView* view_;
    PlaybackController* controller_;
    PlaybackBar* playbackBar_;
    PseudocodePanel* pseudocode_;
    ExplanationPanel* explanation_;
    OutcomePanel* outcomes_;
    QSplitter* splitter_;
    QString item_;
    std::map<QString, std::unique_ptr<StructureSession>> sessions_;  // last good run per item
    std::map<QString, std::size_t> steps_;                           // where each item was left
    std::map<QString, StructureInput> inputs_;                       // editor text per item
};

}  // namespace stepwise::ui
