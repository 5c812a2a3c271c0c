#pragma once
// One cache drawn as a row of slot boxes, next victim on the left: each box has the key, what the
// policy orders by (idle ticks, frequency, CLOCK bit, S3-FIFO queue) and, with a TTL, a bar draining
// towards expiry. The request just served is marked: "HIT" (green outline) or "NEW" (blue), and the
// key that left is drawn outside the row, dashed, with its reason. Renders a SlotRowState; it never
// reads the cache itself (fromRun() extracts the state).
#include <functional>
#include <optional>
#include <vector>

#include "core/cache/CacheItemRun.h"

#include "ui/views/common/PaintedView.h"

namespace stepwise::ui {

struct SlotBox {
    cache::Key key = 0;
    QString name;
    QString detail;           // "idle 3", "freq 4 · idle 1", "bit 1", "main · f 2"
    double ttlFraction = -1;  // remaining / ttl in [0, 1]; < 0: no TTL
    long long ttlLeft = 0;
    bool hit = false;       // the request just served hit this key
    bool inserted = false;  // ... or missed and inserted it
    bool hand = false;      // CLOCK's hand points here
};

struct LeavingKey {
    QString name;
    QString reason;  // "least recently used: idle 14 ticks", "expired (found on access)"
    bool expired = false;
};

struct SlotRowState {
    QString policy;   // "lru"
    QString summary;  // policySummary
    std::size_t capacity = 0;
    std::size_t position = 0;
    std::size_t hits = 0;
    std::size_t misses = 0;
    std::vector<SlotBox> boxes;  // next victim first
    std::vector<LeavingKey> leaving;
    QString request;  // "request 12: key c → miss" ("" at step 0)
    bool lastHit = false;
};

class CacheSlotsView : public PaintedView {
    Q_OBJECT
  public:
    explicit CacheSlotsView(QWidget* parent = nullptr);

    /// Side `side` of `run` at its current step as this view shows it.
    static SlotRowState fromRun(const cache::CacheItemRun& run, std::size_t side);

    void setState(SlotRowState state);
    const SlotRowState& state() const { return state_; }
    /// The keys in the boxes, next victim first (what a test compares).
    QStringList slotNames() const;
    /// The colour of this side's line in the charts, shown as a swatch by the title.
    void setAccent(const QColor& colour);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  protected:
    void paintContent(QPainter& p, const QSizeF& size) override;

  private:
    SlotRowState state_;
    QColor accent_;
};

}  // namespace stepwise::ui
