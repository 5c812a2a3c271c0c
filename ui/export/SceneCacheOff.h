#pragma once
// Item caches hold device pixmaps: vector output (SVG, PDF) must draw the items themselves, so
// caching is switched off for as long as this lives and restored afterwards.
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <utility>
#include <vector>

namespace stepwise::ui {

class SceneCacheOff {
  public:
    /// `scene` may be nullptr (a view with no scene): then nothing changes.
    explicit SceneCacheOff(QGraphicsScene* scene) {
        if (!scene) return;
        for (QGraphicsItem* item : scene->items()) {
            if (item->cacheMode() == QGraphicsItem::NoCache) continue;
            saved_.emplace_back(item, item->cacheMode());
            item->setCacheMode(QGraphicsItem::NoCache);
        }
    }
    ~SceneCacheOff() {
        for (auto& [item, mode] : saved_) item->setCacheMode(mode);
    }
    SceneCacheOff(const SceneCacheOff&) = delete;
    SceneCacheOff& operator=(const SceneCacheOff&) = delete;

  private:
    std::vector<std::pair<QGraphicsItem*, QGraphicsItem::CacheMode>> saved_;
};

}  // namespace stepwise::ui
