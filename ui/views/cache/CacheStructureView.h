#pragma once
// The same cache run as the data structure an interviewer asks for (issue 8): LRU (and FIFO) as a
// hash map plus a doubly linked list, HEAD (most recent) to TAIL (next victim), with next and prev
// pointers between the nodes; LFU as frequency buckets, lowest first, each its own list. The key
// the request touched is tagged ("hit: to head", "hit: freq 2 → 3", "new"), the next victim is
// tagged under its node, and the key that left is shown struck out after the tail. Its state
// comes from core (CacheItemRun::structure()); fromRun() extracts it.
#include <QStringList>
#include <vector>

#include "core/cache/CacheItemRun.h"
#include "ui/views/common/PaintedView.h"
#include "ui/views/common/ViewLegend.h"

namespace stepwise::ui {

struct StructureNode {
    QString name;
    bool hit = false;
    bool inserted = false;
};

struct StructureRow {
    std::uint32_t frequency = 0;  // LFU's bucket; 0 for a plain list
    std::vector<StructureNode> nodes;  // head to tail
};

struct CacheStructureState {
    QString policy;  // "lru"
    cache::PolicyStructure::Kind kind = cache::PolicyStructure::Kind::None;
    std::vector<StructureRow> rows;  // List: one; Buckets: increasing frequency
    QStringList leaving;             // keys that left in this request
    QString request;                 // "request 12: key c → miss"
    bool lastHit = false;
    std::size_t capacity = 0;
};

/// Where one node of the drawing is, and its tags (for tests: tags never overlap the nodes).
struct StructureNodeBox {
    QRectF node, above, below;
};

class CacheStructureView : public PaintedView {
    Q_OBJECT
  public:
    explicit CacheStructureView(QWidget* parent = nullptr);

    static CacheStructureState fromRun(const cache::CacheItemRun& run, std::size_t side);
    void setState(CacheStructureState state);
    const CacheStructureState& state() const { return state_; }
    /// The node boxes laid out at `size` (row by row, head to tail).
    std::vector<StructureNodeBox> layout(const QSizeF& size) const;
    /// The looks `state` paints ("head-tail", "pointers", "victim", "moved", "new", "bucket", "out").
    static QStringList paintedLooks(const CacheStructureState& state);

    QSize sizeHint() const override { return {900, 200}; }
    QSize minimumSizeHint() const override { return {420, 150}; }

  protected:
    void paintContent(QPainter& p, const QSizeF& size) override;

  private:
    struct Arrangement {
        std::vector<QRectF> labels;  // one per row: HEAD or "freq n"
        std::vector<StructureNodeBox> nodes;
    };
    Arrangement arrange(const QSizeF& size) const;

    CacheStructureState state_;
};

/// The legend of the structure view.
std::vector<LegendEntry> cacheStructureLegend();

}  // namespace stepwise::ui
