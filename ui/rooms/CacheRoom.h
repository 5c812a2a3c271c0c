#pragma once
// The caching room: two policies side by side on one seeded request stream (LRU against LFU by
// default). Controls on the left; in the middle both caches' slots, live charts (hit ratio over time,
// miss-ratio curve) and the playback bar. One step serves one request on both caches; seeking back
// restores a checkpoint and re-simulates, so any step shows the exact slots of that moment.
// A change of configuration (policy, capacity, TTL, workload) rebuilds the run from request 0 and
// returns to the step it was at (clamped to the new length), still playing if it was.
#include <memory>

#include "ui/rooms/Room.h"
#include "ui/models/CacheComparison.h"

namespace stepwise::ui {

class CacheConfigPanel;
class CacheSlotsView;
class ExplanationPanel;
class TimeSeriesChart;
class MissRatioChart;
class PlaybackBar;

class CacheRoom : public Room {
    Q_OBJECT
  public:
    explicit CacheRoom(QWidget* parent = nullptr);
    ~CacheRoom() override;

    QString areaTitle() const override;
    QList<RoomItem> items() const override;
    QString currentItem() const override { return item_; }
    void selectItem(const QString& id) override;

    PlaybackController* playback() const override { return controller_; }

    bool opensFiles() const override { return true; }
    QString fileFilter() const override;
    /// Replays a key trace file (one number per line) through both caches.
    void openFile(const QString& path) override;

    /// Builds a run from `config`; on bad input shows why in the panel, keeps the current run and
    /// returns false. Keeps the current step (clamped) and whether it was playing.
    bool applyConfig(const CacheRunConfig& config);

    const CacheComparison* comparison() const { return model_.get(); }
    CacheConfigPanel* configPanel() const { return config_; }
    CacheSlotsView* slotsA() const { return slotsA_; }
    CacheSlotsView* slotsB() const { return slotsB_; }
    TimeSeriesChart* hitRatioChart() const { return hitChart_; }
    MissRatioChart* missRatioChart() const { return missChart_; }
    ExplanationPanel* explanation() const { return explanation_; }

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void showStep(std::size_t step);

    CacheConfigPanel* config_;
    CacheSlotsView* slotsA_;
    CacheSlotsView* slotsB_;
    TimeSeriesChart* hitChart_;
    MissRatioChart* missChart_;
    ExplanationPanel* explanation_;
    PlaybackController* controller_;
    PlaybackBar* playbackBar_;
    std::unique_ptr<CacheComparison> model_;
    QString item_ = "cache-compare";
};

}  // namespace stepwise::ui
