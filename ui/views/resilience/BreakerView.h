#pragma once
// The `breaker` item at one step, in three bands: the state diagram (CLOSED / OPEN / HALF_OPEN, the
// special states apart; the current state lit, this step's transition drawn bold with its cause),
// beside the counts; the sliding window call by call (count-based: the last N outcomes as cells
// marked ✓ ✗ and slow; time-based: one-second buckets with their counts; half-open: the probes);
// and the failure and slow-call rates over time against their thresholds. Renders a
// BreakerViewState; fromRun() extracts it from the core run (no decisions here).
// On screen a transition can be animated (animateTransition): a token travels its arrow and the
// new state's fill fades in. That is an overlay of the widget only: paint() (export, screenshots,
// --step K) always draws the step's final picture.
#include <QString>
#include <cstdint>
#include <vector>

#include "core/resilience/BreakerTrace.h"
#include "ui/views/common/PaintedView.h"

namespace stepwise::resilience {
class BreakerItemRun;
}

class QVariantAnimation;

namespace stepwise::ui {

/// The colours of the breaker view (text 4.5:1 on what it sits on, marks 3:1; tests/ui/Contrast_test).
struct BreakerColours {
    QColor text, dim, base, border, lit, litText, accent, success, failure, cellText, slowMark, failureLine, slowLine;
    static BreakerColours forPalette(const QPalette& palette);
};

struct BreakerViewState {
    struct Point {
        double t = 0;            // seconds
        double failure = 0, slow = 0;  // percent
        std::uint32_t epoch = 0;
        bool operator==(const Point&) const = default;
    };
    struct Bucket {
        std::int64_t second = 0;
        resilience::WindowCounts counts;
        bool operator==(const Bucket&) const = default;
    };

    resilience::BreakerState state = resilience::BreakerState::Closed;
    bool transitionNow = false;  // the current step is a transition
    resilience::BreakerState from = resilience::BreakerState::Closed, to = resilience::BreakerState::Closed;
    bool natural = false;        // by the rules (not an explicit transition or reset)
    QString cause;               // "CLOSED → OPEN at 1200 ms: failure rate 60 % ≥ 50 % over ..."
    QString lastTransition;      // the latest transition before this step, in the same words

    bool timeBased = false, halfOpenProbes = false;
    std::uint32_t windowSize = 0, minimum = 0;
    std::vector<std::uint8_t> outcomes;  // count window or probes, oldest first (resilience::Outcome)
    std::vector<Bucket> buckets;          // time window, oldest second first
    resilience::WindowCounts counts;
    std::uint32_t permitsLeft = 0, permits = 0;

    std::uint32_t permitted = 0, rejected = 0, failed = 0, slow = 0;
    double failureThreshold = 50, slowThreshold = 100;
    double now = 0, end = 1;  // seconds
    std::vector<Point> points; // rated samples up to this step
    std::vector<std::pair<double, resilience::BreakerState>> marks;  // transitions so far (time, state entered)

    bool operator==(const BreakerViewState&) const = default;
};

class BreakerView : public PaintedView {
    Q_OBJECT
  public:
    explicit BreakerView(QWidget* parent = nullptr);

    static BreakerViewState fromRun(const resilience::BreakerItemRun& run);
    void setState(BreakerViewState state);
    const BreakerViewState& state() const { return state_; }

    /// Animates this step's transition over `ms` (nothing when the step has none); a new state
    /// stops it.
    void animateTransition(int ms);
    bool transitionAnimating() const;
    /// How far the animation has gone, eased, from 0 to 1; 1 when none runs.
    double transitionProgress() const;
    /// For tests: pause it and set its time.
    QVariantAnimation* transitionAnimation() const { return animation_; }

    QSize sizeHint() const override { return {960, 620}; }
    QSize minimumSizeHint() const override { return {520, 360}; }

  protected:
    void paintContent(QPainter& p, const QSizeF& size) override;
    /// The screen: the drawing with the transition's animation where it has got to.
    void paintEvent(QPaintEvent* event) override;

  private:
    /// The whole drawing; `progress` below 1 draws the transition part way.
    void paintAll(QPainter& p, const QSizeF& size, double progress);
    void paintDiagram(QPainter& p, const QRectF& area, const BreakerColours& c, double progress);
    void paintCounts(QPainter& p, const QRectF& area, const BreakerColours& c);
    void paintWindow(QPainter& p, const QRectF& area, const BreakerColours& c);
    void paintChart(QPainter& p, const QRectF& area, const BreakerColours& c);

    BreakerViewState state_;
    QVariantAnimation* animation_;
};

}  // namespace stepwise::ui
