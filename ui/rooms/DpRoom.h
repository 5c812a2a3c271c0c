#pragma once
// The dynamic-programming room: the catalogue's DP items. Inputs on the left, the table with its
// caption, zoom buttons, legend and the playback bar in the middle, pseudo-code, explanation and
// result on the right. The player, presets, apply and banner are the scaffold's. A table over the
// cell limit is not recorded: the room offers to compute its value without the trace.
#include "ui/rooms/RoomScaffold.h"

class QLabel;

namespace stepwise::dp {
class DpItemRun;
}

namespace stepwise::ui {

class DpInputEditor;
class DpResultPanel;
class DpTableModel;
class DpTableView;

class DpRoom : public RoomScaffold {
    Q_OBJECT
  public:
    /// Above this many cells the GUI does not record a trace; it offers to compute without it.
    /// (2,000 × 2,000 is 4M cells: too many to step through comfortably.)
    static constexpr std::size_t defaultCellLimit = 250000;

    explicit DpRoom(QWidget* parent = nullptr);
    ~DpRoom() override;

    StepView* stepView() const override;

    void zoomIn() override;
    void zoomOut() override;
    void fitAll() override;

    /// Reads the editor and records a run; on bad input shows why and keeps the current run.
    void runRecorded();
    /// The same without the trace: only the value and result are shown.
    void runUntraced();
    /// A lower limit, for tests of the "too large to step through" path.
    void setCellLimit(std::size_t cells) { cellLimit_ = cells; }

    /// The current run, typed (nullptr before the first).
    const dp::DpItemRun* dpRun() const;
    DpInputEditor* editor() const { return editor_; }
    DpTableModel* model() const { return model_; }
    DpTableView* view() const { return view_; }
    DpResultPanel* result() const { return result_; }

  protected:
    catalogue::Options editorOptions() const override;
    void setEditorOptions(const catalogue::CatalogueItem& item, const catalogue::Options& options) override;
    std::unique_ptr<run::Run> buildRun(const catalogue::CatalogueItem& item,
                                       const catalogue::Options& options) override;
    void runInstalled(run::Run& run) override;
    void showStep(run::Run& run) override;

    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    void updateLegend();
    void updateCaption();

    DpInputEditor* editor_;
    DpTableModel* model_;
    DpTableView* view_;
    QLabel* caption_;
    QLabel* zoomLabel_;
    DpResultPanel* result_;
    std::size_t cellLimit_ = defaultCellLimit;
    bool untracedNext_ = false;
    bool fitPending_ = true;
};

}  // namespace stepwise::ui
