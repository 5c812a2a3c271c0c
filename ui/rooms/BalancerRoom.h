#pragma once
// The load-balancing room: backends with their active connections and counts, each request's route,
// a per-backend counts chart and, for consistent hashing, the ring with the keys that move when a
// backend comes or goes. One step is one request; seeking back re-simulates from a checkpoint.
// Changes while running: slowing a backend down takes effect from the current request (earlier
// history is kept); switching policy or editing, adding or removing backends rebuilds the run from
// request 0 and returns to the current step, still playing if it was. Removing the last backend is
// refused with a message, and bad weights or names are reported without touching the run.
#include <memory>

#include "ui/rooms/Room.h"
#include "ui/models/BalancerRun.h"

namespace stepwise::ui {

class BackendCountsChart;
class BalancerConfigPanel;
class BalancerView;
class ExplanationPanel;
class HashRingView;
class PlaybackBar;

class BalancerRoom : public Room {
    Q_OBJECT
  public:
    explicit BalancerRoom(QWidget* parent = nullptr);
    ~BalancerRoom() override;

    QString areaTitle() const override;
    QList<RoomItem> items() const override;
    QString currentItem() const override { return item_; }
    void selectItem(const QString& id) override;
    PlaybackController* playback() const override { return controller_; }

    /// Builds a run from `config`, keeping the current step; on bad input shows why and returns false.
    bool applyConfig(const BalancerRunConfig& config);
    void setPolicy(const QString& policy);
    /// Adds a backend (an unused name made from the last one's, weight 1).
    void addBackend();
    /// Refused (with a message, returning false) when it is the last backend.
    bool removeBackend(int row);
    /// Slow (×8) or normal again from the current request on.
    void setSlow(int row, bool slow);

    const BalancerRun* run() const { return run_.get(); }
    BalancerConfigPanel* configPanel() const { return config_; }
    BalancerView* view() const { return view_; }
    HashRingView* ringView() const { return ring_; }
    BackendCountsChart* countsChart() const { return counts_; }
    ExplanationPanel* explanation() const { return explanation_; }

  private:
    void showStep(std::size_t step);
    std::vector<bool> slowNow(const BalancerRunConfig& config) const;
    /// On the ring, the sample keys whose backend changes from `before` to the current run's.
    void markMovedKeys(const std::vector<balance::Backend>& before, const QString& what);

    BalancerConfigPanel* config_;
    BalancerView* view_;
    HashRingView* ring_;
    BackendCountsChart* counts_;
    ExplanationPanel* explanation_;
    PlaybackController* controller_;
    PlaybackBar* playbackBar_;
    std::unique_ptr<BalancerRun> run_;
    QString item_ = "balancer";
};

}  // namespace stepwise::ui
