#pragma once
// N time series as lines that show the samples up to the current step (the cache's hit ratio per
// policy, later latencies and queue lengths). The room hands it the whole precomputed series once per
// run and then, once per frame, the number of samples to show: new points are appended in one batch,
// and a seek back trims them (batch, then pull: no signal per request).
#include <vector>

#include "core/sim/TimeSeries.h"
#include "ui/charts/StepChartView.h"

QT_BEGIN_NAMESPACE
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace stepwise::ui {

class TimeSeriesChart : public StepChartView {
    Q_OBJECT
  public:
    struct Axes {
        QString title;        // the chart's title ("Hit ratio so far (%)")
        QString xTitle;       // "requests"
        double yScale = 1.0;  // a sample's value times this is drawn (100 for a ratio in %)
        double yMin = 0.0;
        double yMax = 100.0;
        int yTicks = 6;
    };

    explicit TimeSeriesChart(Axes axes, QWidget* parent = nullptr);

    /// A new run: the series with their names (the i-th gets series colour i), and the run's length
    /// for the x axis.
    void setSeries(const std::vector<sim::TimeSeries>& series, const QStringList& names, std::size_t length);
    /// Shows the first `count` samples of each series (beyond 1,000 a series is drawn as the lowest and
    /// highest sample of each of 500 buckets, so painting stays inside a frame).
    void showSamples(std::size_t count);
    int seriesCount() const { return static_cast<int>(lines_.size()); }
    /// Points drawn in series i (the samples shown, up to about 1,000).
    qsizetype pointCount(int i) const;
    QLineSeries* series(int i) const { return lines_.at(static_cast<std::size_t>(i)); }

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void restyle();

    std::vector<QLineSeries*> lines_;
    std::vector<sim::TimeSeries> data_;
    QValueAxis* x_;
    QValueAxis* y_;
    double yScale_;
    std::size_t shown_ = 0;  // the count of the last showSamples()
};

}  // namespace stepwise::ui
