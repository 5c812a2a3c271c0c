#pragma once
// Series sampled over virtual time (seconds on the x axis) as lines, or as areas stacked on each
// other (the queue's depth by state), showing each series' first N samples: the room hands it the
// run's precomputed series once, then per frame how many samples are finished, and the new ones go
// in as one batch (one replace per series). The axes end on round numbers: x at the run's end, y
// over the whole run's largest value, so they do not jump while the run plays.
#include <QList>
#include <QPointF>
#include <vector>

#include "core/sim/TimeSeries.h"
#include "ui/charts/StepChartView.h"

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace stepwise::ui {

class VirtualTimeChart : public StepChartView {
    Q_OBJECT
  public:
    enum class Style { Lines, Stacked };

    VirtualTimeChart(const QString& title, const QString& yTitle, Style style, QWidget* parent = nullptr);

    /// A new run: the series (samples' `at` in µs of virtual time) with their names, and the run's
    /// end in seconds for the x axis.
    void setSeries(const std::vector<sim::TimeSeries>& series, const QStringList& names, double endSeconds);
    /// Shows the first `count` samples of every series.
    void showSamples(std::size_t count);
    /// Shows the first counts[i] samples of series i.
    void showSamples(const std::vector<std::size_t>& counts);

    int seriesCount() const { return static_cast<int>(data_.size()); }
    /// Samples shown of series i.
    std::size_t shown(int i) const { return shown_.at(static_cast<std::size_t>(i)); }
    /// The points drawn for series i (stacked: the top of its band, the sum of it and those below).
    QList<QPointF> points(int i) const;
    /// The value of series i's last sample shown (its own, not stacked); 0 when none is.
    double lastValue(int i) const;
    double yMax() const;
    int yTicks() const;
    double xMax() const;

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void restyle();
    void redraw(std::size_t i);

    Style style_;
    std::vector<sim::TimeSeries> data_;
    std::vector<std::size_t> shown_;
    std::vector<QLineSeries*> lines_;   // lines, or the stacked bands' tops
    std::vector<QAreaSeries*> areas_;   // stacked only
    QLineSeries* baseline_ = nullptr;   // stacked: y = 0 under the first band
    QValueAxis* x_;
    QValueAxis* y_;
};

/// A round axis from 0: its top and tick count, at most 8 steps of 1, 2 or 5 × a power of ten
/// (6.5 → 0..7 in steps of 1; 13 → 0..14 in steps of 2; 230 → 0..250 in steps of 50).
struct RoundAxis {
    double top = 1;
    int ticks = 2;
};
RoundAxis roundAxis(double top);
/// roundAxis(max(top, least)).top.
double roundAxisTop(double top, double least = 5);

}  // namespace stepwise::ui
