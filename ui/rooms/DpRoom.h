#pragma once
// The dynamic-programming room: inputs on the left, the table with the playback bar in the middle,
// pseudo-code, explanation and result on the right. The five problems come from dp::dpCatalogue().
// Bad input leaves the previous run on screen and says why next to the inputs.
#include <memory>
#include <optional>

#include "core/dp/DpProblem.h"
#include "core/trace/Timeline.h"
#include "ui/rooms/Room.h"

class QLabel;
class QSplitter;
class QToolButton;

namespace stepwise::ui {

class DpInputEditor;
class DpResultPanel;
class DpTableModel;
class DpTableView;
class ExplanationPanel;
class PlaybackBar;
class PseudocodePanel;

/// One run of one problem on one input: what the room shows. Built whole before it replaces the
/// previous one, so bad input never loses what was on screen.
struct DpSession {
    const dp::DpProblem* problem = nullptr;
    dp::DpInput input;
    dp::DpRun run;  // its trace and initial state moved into the timeline
    std::optional<trace::Timeline<dp::DpArea>> timeline;
    dp::DpState still;  // what the table shows for a run without the trace (nothing)

    std::size_t stepCount() const { return timeline ? timeline->stepCount() : 0; }
    const dp::DpState& state() const { return timeline ? timeline->state() : still; }
};

class DpRoom : public Room {
    Q_OBJECT
public:
    /// Above this many cells the GUI does not record a trace; it offers to compute without it.
    /// (2,000 × 2,000 is 4M cells: too many to step through comfortably.)
    static constexpr std::size_t defaultCellLimit = 250000;

    explicit DpRoom(QWidget* parent = nullptr);
    ~DpRoom() override;

    QString areaTitle() const override;
    QList<RoomItem> items() const override;
    QString currentItem() const override;
    void selectItem(const QString& id) override;

    PlaybackController* playback() const override { return controller_; }
    void zoomIn() override;
    void zoomOut() override;
    void fitAll() override;

    /// Reads the editor and records a run; on bad input shows why and keeps the current session.
    void runRecorded();
    /// The same without the trace: only the value and result are shown.
    void runUntraced();
    /// A lower limit, for tests of the "too large to step through" path.
    void setCellLimit(std::size_t cells) { cellLimit_ = cells; }

    /// The number of cells the problem's table would have for this input (0 when unknown).
    static std::size_t tableCells(const QString& problemId, const dp::DpInput& input);

    const DpSession* session() const { return session_.get(); }
    DpInputEditor* editor() const { return editor_; }
    DpTableModel* model() const { return model_; }
    DpTableView* view() const { return view_; }
    PseudocodePanel* pseudocode() const { return pseudocode_; }
    ExplanationPanel* explanation() const { return explanation_; }
    DpResultPanel* result() const { return result_; }

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void run(bool traced);
    void updateLegend();
    void install(std::unique_ptr<DpSession> next);
    void showStep(std::size_t step);
    void updateCaption();

    DpInputEditor* editor_;
    DpTableModel* model_;
    DpTableView* view_;
    QLabel* caption_;
    QLabel* zoomLabel_;
    PlaybackController* controller_;
    PlaybackBar* playbackBar_;
    PseudocodePanel* pseudocode_;
    ExplanationPanel* explanation_;
    DpResultPanel* result_;
    QSplitter* splitter_;
    std::unique_ptr<DpSession> session_;
    std::size_t cellLimit_ = defaultCellLimit;
    bool fitPending_ = true;
};

}  // namespace stepwise::ui
