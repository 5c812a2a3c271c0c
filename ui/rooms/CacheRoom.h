#pragma once
// The caching room: the `cache` item, one policy or two side by side on one request stream (LRU
// against LFU by default; the presets are the catalogue's). Controls, pseudo-code and explanation
// on the left; in the middle each cache's slots, live charts (hit ratio over time, miss-ratio
// curve) and the playback bar. A step is one cache event (hit, miss, eviction, insert, expiry); a
// group is one request, so PageUp/PageDown step by request. The player, presets, build-then-swap
// apply (a new configuration returns to the step it was at) and the banner are the scaffold's.
#include <memory>
#include <vector>

#include "core/cache/CacheSimulation.h"
#include "ui/rooms/RoomScaffold.h"

namespace stepwise::cache {
class CacheItemRun;
}

class QStackedWidget;
class QTabBar;

namespace stepwise::ui {

class CacheConfigPanel;
class CacheSlotsView;
class CacheStructureView;
class ViewLegend;
class MissRatioChart;
class StackedStepView;
class TimeSeriesChart;
struct CacheRunConfig;

class CacheRoom : public RoomScaffold {
    Q_OBJECT
  public:
    explicit CacheRoom(QWidget* parent = nullptr);
    ~CacheRoom() override;

    /// Every cache of the run, one above the other (both policies of a compared run).
    StepView* stepView() const override;
    /// "hit-ratio" (the hit ratio so far per policy) and "miss-ratio" (the curve over cache sizes).
    QList<ChartExport> charts() const override;

    bool opensFiles() const override { return true; }
    QString fileFilter() const override;
    /// Replays a key trace file (one number per line) through the caches.
    void openFile(const QString& path) override;

    /// Builds a run from `config`; on bad input shows why in the banner, keeps the current run and
    /// returns false. Keeps the current step (clamped) and whether it was playing.
    bool applyConfig(const CacheRunConfig& config);

    /// The current run, typed (nullptr before the first).
    const cache::CacheItemRun* cacheRun() const;
    CacheConfigPanel* configPanel() const { return config_; }
    CacheSlotsView* slotsA() const { return slotsA_; }
    CacheSlotsView* slotsB() const { return slotsB_; }
    CacheStructureView* structureA() const { return structureA_; }
    CacheStructureView* structureB() const { return structureB_; }
    /// Slots (false) or the same run as hash map + list / frequency buckets (true).
    void showStructures(bool shown);
    bool structuresShown() const;
    QTabBar* viewTabs() const { return tabs_; }
    ViewLegend* legend() const { return legend_; }
    TimeSeriesChart* hitRatioChart() const { return hitChart_; }
    MissRatioChart* missRatioChart() const { return missChart_; }

  protected:
    catalogue::Options editorOptions() const override;
    void setEditorOptions(const catalogue::CatalogueItem& item, const catalogue::Options& options) override;
    void runInstalled(run::Run& run) override;
    void showStep(run::Run& run) override;
    void changeEvent(QEvent* event) override;

  private:
    void applyAccents();
    /// The hit ratios as they stand at the current step, in the status bar.
    void reportSoFar(const cache::CacheItemRun& c);

    CacheConfigPanel* config_;
    CacheSlotsView* slotsA_;
    CacheSlotsView* slotsB_;
    CacheStructureView* structureA_;
    CacheStructureView* structureB_;
    QStackedWidget* stackA_;
    QStackedWidget* stackB_;
    QTabBar* tabs_;
    ViewLegend* legend_;
    TimeSeriesChart* hitChart_;
    MissRatioChart* missChart_;
    std::unique_ptr<StackedStepView> caches_;
};

}  // namespace stepwise::ui
