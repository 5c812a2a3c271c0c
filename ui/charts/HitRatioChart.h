#pragma once
// Hit ratio over time for two caches: two line series that show the samples up to the current step.
// The room hands it the whole precomputed series once per run and then, once per frame, the number of
// samples to show: new points are appended in one batch, and a seek back trims them (batch, then
// pull: no signal per request).
#include <QChartView>

#include "core/sim/TimeSeries.h"

QT_BEGIN_NAMESPACE
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace stepwise::ui {

class HitRatioChart : public QChartView {
    Q_OBJECT
  public:
    explicit HitRatioChart(QWidget* parent = nullptr);

    /// A new run: both series (x = requests served), their names, and the run's length for the x axis.
    void setRuns(const sim::TimeSeries& a, const QString& nameA, const sim::TimeSeries& b,
                 const QString& nameB, std::size_t requests);
    /// Shows the first `count` samples of each series.
    void showSamples(std::size_t count);
    /// Points drawn in series 0 or 1.
    qsizetype pointCount(int series) const;
    QLineSeries* series(int i) const { return i == 0 ? a_ : b_; }

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void restyle();
    QLineSeries* a_;
    QLineSeries* b_;
    QValueAxis* x_;
    QValueAxis* y_;
    sim::TimeSeries dataA_, dataB_;
};

}  // namespace stepwise::ui
