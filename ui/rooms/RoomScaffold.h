#pragma once
// What every room shares: the catalogue items of one area, a presets selector, the player (playback
// controller and bar, stepping by group where the run has groups), the pseudo-code and explanation
// panels with the step header, the error banner, the splitters, and the build-then-swap apply that
// keeps the step. It drives one run::Run; a room only supplies its input editor and its views, and
// reads its typed state through run()->as<AreaRun>(). Each item keeps its own input, last good run
// and step, so switching items and bad input lose nothing.
#include <QList>
#include <functional>
#include <map>
#include <memory>
#include <vector>

#include "core/catalogue/CatalogueItem.h"
#include "core/run/Run.h"
#include "ui/rooms/Room.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QVBoxLayout;

namespace stepwise {
class InputError;
}

namespace stepwise::ui {

class ExplanationPanel;
class PlaybackBar;
class PredictStrip;
class PseudocodePanel;
class WorkProgress;

class RoomScaffold : public Room {
    Q_OBJECT
  public:
    /// Where the pseudo-code and the explanation go: a column of their own on the right (graph, DP,
    /// structures), or under the editor on the left (cache, balancer: their views need the width).
    enum class Narration { RightColumn, UnderEditor };

    /// Sizes of the splitters, in pixels (they only set the proportions).
    struct Layout {
        Narration narration = Narration::RightColumn;
        QList<int> columns;  // editor, centre[, right]
        QList<int> side;     // pseudo-code, explanation, then the room's own side panels
        int editorMinimumWidth = 0;
        int sideMinimumWidth = 0;
    };

    /// `items` are the area's catalogue entries, in order (itemsOf(area) for a real room; tests
    /// pass their own); they must outlive the room.
    RoomScaffold(QString areaTitle, std::vector<const catalogue::CatalogueItem*> items,
                 QWidget* parent = nullptr);
    ~RoomScaffold() override;

    /// The catalogue's entries of one area.
    static std::vector<const catalogue::CatalogueItem*> itemsOf(catalogue::Area area);

    QString areaTitle() const override { return areaTitle_; }
    QList<RoomItem> items() const override;
    QString currentItem() const override;
    /// Shows the item with this id: its last run and step if it was shown before, otherwise a run
    /// of its example. An id of another area is ignored.
    void selectItem(const QString& id) override;
    PlaybackController* playback() const override { return controller_; }
    QStringList presets() const override;
    bool applyPreset(const QString& name) override;
    run::Run* currentRun() const override { return run_; }
    catalogue::Options currentOptions() const override;
    /// apply(), with the editor showing the options when they ran.
    bool applyOptions(const catalogue::Options& options, QString* error) override;

    /// Builds a run of the current item from `options` and swaps it in whole: it keeps the current
    /// step when the new run has it (the last step otherwise) and keeps playing if it was. Bad input
    /// shows the error banner, keeps the old run on screen and returns false.
    bool apply(const catalogue::Options& options);
    /// Reads the editor and applies what it says.
    bool applyEditor() { return apply(editorOptions()); }

    run::Run* run() const { return run_; }
    const catalogue::CatalogueItem* item() const { return item_; }
    /// "Step 3 of 40 · push 5": what the explanation panel shows over the sentence.
    QString stepHeader() const;

    PlaybackBar* playbackBar() const { return playbackBar_; }
    /// Predict the next step: its toggle is in the playback bar, its strip over it.
    PredictStrip* predictStrip() const { return predict_; }
    PseudocodePanel* pseudocode() const { return pseudocode_; }
    ExplanationPanel* explanation() const { return explanation_; }
    QComboBox* presetSelector() const { return presetCombo_; }
    /// The strip over the playback bar that shows long work with a progress bar and Cancel.
    WorkProgress* workProgress() const { return work_; }
    /// The banner's button (an offer: a run without the trace, an item's own example); hidden when
    /// the banner offers nothing.
    QPushButton* bannerAction() const { return bannerAction_; }
    /// The message of the last apply (an error, or the run's warnings); empty when all went well.
    QString bannerText() const;
    /// "editor, line 3: expected ...": an InputError as the banner says it.
    static QString describeInputError(const InputError& e);
    bool bannerIsError() const { return bannerIsError_; }

  protected:
    /// Builds the layout: `editor` on the left (under the presets selector and the banner),
    /// `centre` over the playback bar, the pseudo-code and explanation panels, then `side` panels.
    /// Call once, from the subclass constructor, before the first selectItem.
    void buildLayout(QWidget* editor, QWidget* centre, const QList<QWidget*>& side, const Layout& layout);

    /// What the editor says now, as options of the current item (validated by apply).
    virtual catalogue::Options editorOptions() const = 0;
    /// Fills the editor for `item` with `options` (a preset, or what the user had typed).
    virtual void setEditorOptions(const catalogue::CatalogueItem& item,
                                  const catalogue::Options& options) = 0;
    /// Builds a run; the default starts the catalogue item. A room that keeps its own parsed input
    /// (the graph room's graph) overrides it. Throws InputError on bad input.
    virtual std::unique_ptr<run::Run> buildRun(const catalogue::CatalogueItem& item,
                                               const catalogue::Options& options);
    /// A new run is in (before its first step is shown): set up the views for it.
    virtual void runInstalled(run::Run& run) { (void)run; }
    /// The run is at a new step (already seeked): update the views.
    virtual void showStep(run::Run& run) = 0;
    /// Where a fresh run is first shown (a segment tree after its build, say).
    virtual std::size_t firstStep(const run::Run& run) const {
        (void)run;
        return 0;
    }

    /// Shows `message` in the banner (an error in red with a ⚠, otherwise neutral); empty hides it.
    virtual void showBanner(const QString& message, bool error);
    /// A banner (neutral, or an error) with a button that does `action` (once) when clicked.
    void offer(const QString& message, const QString& button, std::function<void()> action, bool error = false);

    /// True for a room whose items share one input (the graph room's graph): choosing an item
    /// applies what the editor holds instead of bringing back the item's last run.
    virtual bool sharesInput() const { return false; }
    /// True while a run is being built off the GUI thread (apply returned false, but not refused).
    virtual bool isBuilding() const { return false; }
    /// Swaps in a run built elsewhere (off the GUI thread) as apply does with its own.
    void adopt(std::unique_ptr<run::Run> next, const catalogue::Options& options);
    /// When the item just chosen got no run (refused, or its build was cancelled), goes back to the
    /// item it left, with that item's run and step: the sidebar, pseudo-code and views agree again.
    /// The banner keeps saying why.
    void returnToPreviousItem();

  private:
    struct Slot {
        std::unique_ptr<run::Run> run;
        catalogue::Options options;
        std::size_t step = 0;
    };
    void install(Slot& slot, std::size_t step, bool play);
    void onStep(std::size_t step);
    void fillPresets();
    const catalogue::CatalogueItem* findOwn(const QString& id) const;

    QString areaTitle_;
    std::vector<const catalogue::CatalogueItem*> items_;
    const catalogue::CatalogueItem* item_ = nullptr;
    run::Run* run_ = nullptr;  // the current item's slot's run
    std::map<std::string, Slot> slots_;

    PlaybackController* controller_;
    PlaybackBar* playbackBar_;
    PredictStrip* predict_;
    PseudocodePanel* pseudocode_;
    ExplanationPanel* explanation_;
    QComboBox* presetCombo_;
    QWidget* presetRow_;
    QWidget* bannerBox_;
    QLabel* banner_;
    QPushButton* bannerAction_;
    std::function<void()> bannerActionDo_;
    WorkProgress* work_;
    const catalogue::CatalogueItem* leftItem_ = nullptr;  // the item selectItem left, until the new one runs
    bool bannerIsError_ = false;
    QSplitter* splitter_ = nullptr;
};

}  // namespace stepwise::ui
