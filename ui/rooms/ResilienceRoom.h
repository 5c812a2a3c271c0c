#pragma once
// The resilience room: the `breaker` item and the policy items (retry, rate limiter, bulkhead).
// On the left the options as one text, as `stepwise-cli run ITEM` takes them, with Run, then the
// pseudo-code and the sentence. Over the breaker's drawing its controls: error rate and latency
// sliders, Fail outright, Recover, and the special states one click away (Disabled, Forced open,
// Metrics only, Reset).
// Every control makes new options through core/resilience/LiveEdit (a phase of --dependency, or
// a !STATE item, from the current step's time on) and applies them keeping the step, so what was
// shown stays and stepping back still shows it. In the middle a page per kind of item: the
// breaker's diagram, window and rates, or the policy view.
#include <functional>
#include <map>

#include "ui/rooms/RoomScaffold.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSlider;
class QStackedWidget;
class QWidget;

namespace stepwise::resilience {
class BreakerItemRun;
class PolicyItemRun;
struct CallToken;
struct DependencyPhase;
}  // namespace stepwise::resilience

namespace stepwise::ui {

class BreakerView;
class PolicyView;

class ResilienceRoom : public RoomScaffold {
    Q_OBJECT
  public:
    explicit ResilienceRoom(QWidget* parent = nullptr);
    ~ResilienceRoom() override;

    StepView* stepView() const override;
    /// For the breaker: its rates over time (the drawing holds the chart; the CSV is its data).
    QList<ChartExport> charts() const override;
    const resilience::BreakerItemRun* breakerRun() const;
    const resilience::PolicyItemRun* policyRun() const;

    QStackedWidget* pages() const { return pages_; }
    BreakerView* breakerView() const { return breakerView_; }
    PolicyView* policyView() const { return policyView_; }
    QPlainTextEdit* optionsEdit() const { return options_; }
    QSlider* errorSlider() const { return error_; }
    QSlider* latencySlider() const { return latency_; }
    /// "fail", "recover", "disabled", "forced-open", "metrics-only", "reset".
    QPushButton* button(const QString& name) const;

  protected:
    catalogue::Options editorOptions() const override;
    void setEditorOptions(const catalogue::CatalogueItem& item, const catalogue::Options& options) override;
    void runInstalled(run::Run& run) override;
    void showStep(run::Run& run) override;

  private:
    QWidget* buildControls();
    /// The dependency changed from the current step's time on (the sliders, Fail, Recover).
    void changeDependency(const resilience::DependencyPhase& change);
    /// A special state (or reset) right after the current step.
    void insertToken(const resilience::CallToken& token);
    /// Applies options made by a control; an InputError shows in the banner.
    void applyMade(const std::function<catalogue::Options()>& make);
    void syncControls();

    QPlainTextEdit* options_;
    QPushButton* run_;
    QWidget* controls_;
    QLabel* fixedNote_;
    QSlider* error_;
    QSlider* latency_;
    QLabel* errorValue_;
    QLabel* latencyValue_;
    std::map<QString, QPushButton*> buttons_;
    QStackedWidget* pages_;
    QWidget* breakerPage_;
    BreakerView* breakerView_;
    PolicyView* policyView_;
};

}  // namespace stepwise::ui
