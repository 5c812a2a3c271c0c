#pragma once
// The load-balancing room: the `balancer` item (its presets: the load balancer, the consistent
// hashing ring). Controls, pseudo-code and explanation on the left; backends with their active
// connections and counts, each request's route, a per-backend counts chart and, for consistent
// hashing, the ring with the keys that move when a backend comes or goes. One step is one request.
// Slowing a backend down takes effect from the current request (the item's slow-at); switching
// policy or editing, adding or removing backends rebuilds the run and returns to the current step,
// still playing if it was (the scaffold's apply). Removing the last backend is refused with a
// message, and bad weights or names are reported in the banner without touching the run.
#include <vector>

#include "core/balance/LoadBalancer.h"
#include "ui/panels/balance/BalancerRunConfig.h"
#include "ui/rooms/RoomScaffold.h"
#include "ui/views/balance/BackendColours.h"

namespace stepwise::balance {
class BalancerItemRun;
}

namespace stepwise::ui {

class BackendCountsChart;
class BalancerConfigPanel;
class BalancerView;
class HashRingView;
class ViewLegend;

class BalancerRoom : public RoomScaffold {
    Q_OBJECT
  public:
    static constexpr double slowFactor = 8;

    explicit BalancerRoom(QWidget* parent = nullptr);
    ~BalancerRoom() override;

    StepView* stepView() const override;
    /// "counts": the requests each backend was picked for so far.
    QList<ChartExport> charts() const override;

    /// Builds a run from `config`, keeping the current step; on bad input shows why and returns false.
    bool applyConfig(const BalancerRunConfig& config);
    void setPolicy(const QString& policy);
    /// Adds a backend (an unused name made from the last one's, weight 1).
    void addBackend();
    /// Refused (with a message, returning false) when it is the last backend.
    bool removeBackend(int row);
    /// Slow (×8) from the current request on, or normal for the whole run again.
    void setSlow(int row, bool slow);

    /// The current run, typed (nullptr before the first).
    const balance::BalancerItemRun* balancerRun() const;
    const BalancerRunConfig& config() const { return form_; }
    BalancerConfigPanel* configPanel() const { return config_; }
    BalancerView* view() const { return view_; }
    HashRingView* ringView() const { return ring_; }
    BackendCountsChart* countsChart() const { return counts_; }
    ViewLegend* legend() const { return legend_; }
    /// The colour slot of backend `name` (-1: not a current backend).
    int colourSlotOf(const QString& name) const { return colours_.slotOf(name.toStdString()); }

  protected:
    catalogue::Options editorOptions() const override;
    void setEditorOptions(const catalogue::CatalogueItem& item, const catalogue::Options& options) override;
    void runInstalled(run::Run& run) override;
    void showStep(run::Run& run) override;

  private:
    /// Applies `next`, and on the ring marks the sample keys whose backend changed.
    bool applyChange(const BalancerRunConfig& next, const QString& what);
    void markMovedKeys(const std::vector<balance::Backend>& before, const QString& what);

    BalancerConfigPanel* config_;
    BalancerView* view_;
    HashRingView* ring_;
    BackendCountsChart* counts_;
    ViewLegend* legend_;
    BackendColours colours_;  // by name, so removing one backend recolours no other
    std::vector<int> slots_;  // the current backends' colour slots
    BalancerRunConfig form_;  // what the controls show
    QString policyShown_;
};

}  // namespace stepwise::ui
