#pragma once
// One cache drawn as a row of slot boxes, next victim on the left: each box has the key, what the
// policy orders by (idle ticks, frequency, CLOCK bit, S3-FIFO queue) and, with a TTL, a bar draining
// towards expiry. The request just served is marked: "HIT" (green outline) or "NEW" (blue), and the
// key that left is drawn outside the row, dashed, with its reason. Badges sit in their own strip at
// the top of a box, the key under them, so a badge never covers a label (layoutBox()). Renders a
// SlotRowState; it never reads the cache itself (fromRun() extracts the state).
#include <functional>
#include <optional>
#include <vector>

#include "core/cache/CacheItemRun.h"

#include "ui/views/common/PaintedView.h"
#include "ui/views/common/ViewLegend.h"

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

/// The slots view's colours for a light or dark palette (text 4.5:1 on what it sits on, lines 3:1).
struct CacheSlotColours {
    QColor text, dim, box, boxBorder, empty, hit, inserted, evict, ttl, ttlTrack, badgeText;
    static CacheSlotColours forPalette(const QPalette& palette);
};

/// Where the parts of one slot box (or of the box of the key that left) are drawn.
struct SlotBoxLayout {
    QRectF badge;    // "HIT", "NEW", "OUT" (empty rect without a badge)
    QRectF label;    // the key, as wide as its (elided) text
    QRectF detail;   // "idle 3", "freq 2 · idle 0", "evicted"
    QRectF ttlText;  // "ttl 12"
    QRectF ttlBar;
};

/// The fonts the slots view paints with, from its widget font (none under 9 pt).
struct SlotFonts {
    QFont base, title, small, key, badge;
    static SlotFonts from(const QFont& widgetFont);
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

    /// Lays out a box: badge in a strip at the top right, key under it, detail, then the TTL.
    static SlotBoxLayout layoutBox(const QRectF& box, const QString& name, const QString& badge,
                                   const SlotFonts& fonts);
    /// The looks `state` paints ("hit", "new", "out", "expired", "ttl", "hand", "empty"), with the
    /// legend's ids.
    static QStringList paintedLooks(const SlotRowState& state);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  protected:
    void paintContent(QPainter& p, const QSizeF& size) override;
    /// Every row of slots with the line under them: an export is no taller than that.
    qreal contentHeight(qreal width) const override;

  private:
    /// Where the slots go in `area`: paintContent's and contentHeight's one geometry.
    struct RowGeometry {
        double ghostWidth = 104, rowLeft = 0, rowWidth = 0, boxWidth = 0, top = 0, boxHeight = 0;
        std::size_t capacity = 1, cols = 1;
        bool twoLines = false;
    };
    RowGeometry rowGeometry(const QRectF& area, const QFont& small) const;
    SlotRowState state_;
    QColor accent_;
};

/// The legend of the slots view: badges, the key that left, the TTL bar, CLOCK's hand, empty slots.
std::vector<LegendEntry> cacheSlotsLegend();

}  // namespace stepwise::ui
