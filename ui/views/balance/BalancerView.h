#pragma once
// The load balancer at one step: a client box on the left, the backends on the right, each with its
// weight, a bar of active connections and the requests it has served; the latest request's route is
// an arrow to the backend picked (and, for power of two choices, a dashed line to the one it lost to).
// Renders a BalancerViewState; fromRun() extracts it.
#include <QColor>
#include <QPalette>
#include <QStringList>
#include <vector>

#include "core/balance/BalancerItemRun.h"

#include "ui/views/common/PaintedView.h"
#include "ui/views/common/ViewLegend.h"

namespace stepwise::ui {

struct BackendBox {
    QString name;
    int weight = 1;
    std::uint32_t active = 0;
    std::uint64_t served = 0;
    double slowdown = 1;
    bool picked = false;  // served the latest request
    bool other = false;   // power of two: the candidate that lost
    int colour = -1;      // series colour slot, by backend identity (BackendColours); -1: its position
};

struct BalancerViewState {
    std::vector<BackendBox> backends;
    std::size_t step = 0;
    QString request;  // "request 57 · key 3fa2…" ("" at step 0)
    QString why;      // why that backend
};

/// The balancer view's colours for a light or dark palette (text 4.5:1 on what it sits on, lines 3:1).
struct BalancerColours {
    QColor text, dim, box, border, track, slow, slowText;
    static BalancerColours forPalette(const QPalette& palette);
};

class BalancerView : public PaintedView {
    Q_OBJECT
  public:
    explicit BalancerView(QWidget* parent = nullptr);

    /// `colours`: each backend's colour slot (BackendColours::assign), or empty for positions.
    static BalancerViewState fromRun(const balance::BalancerItemRun& run, const std::vector<int>& colours = {});
    /// The looks `state` paints ("picked", "other", "slow", "active"), with the legend's ids.
    static QStringList paintedLooks(const BalancerViewState& state);
    void setState(BalancerViewState state);
    const BalancerViewState& state() const { return state_; }

    QSize sizeHint() const override { return {760, 360}; }
    QSize minimumSizeHint() const override { return {420, 220}; }

  protected:
    void paintContent(QPainter& p, const QSizeF& size) override;
    qreal contentHeight(qreal width) const override;

  private:
    BalancerViewState state_;
    std::uint32_t barScale_ = 8;  // grows with the busiest backend seen, so bars don't jump
};

/// The legend of the backends view: the route, the other candidate, the slow badge, the bar.
std::vector<LegendEntry> balancerLegend();

/// "3fa2…" — the first hex digits of a request key.
QString shortKey(std::uint64_t key);

}  // namespace stepwise::ui
