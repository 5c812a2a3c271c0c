#pragma once
// The miss-ratio curve of two policies over cache sizes (computed once per configuration), with the
// size being simulated marked on both curves.
#include <vector>

#include "core/cache/CacheSimulation.h"

#include "ui/charts/StepChartView.h"

QT_BEGIN_NAMESPACE
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace stepwise::ui {

class MissRatioChart : public StepChartView {
    Q_OBJECT
  public:
    explicit MissRatioChart(QWidget* parent = nullptr);

    void setCurves(const std::vector<cache::MissRatioPoint>& a, const QString& nameA,
                   const std::vector<cache::MissRatioPoint>& b, const QString& nameB, std::size_t capacity);
    QLineSeries* series(int i) const { return i == 0 ? a_ : b_; }

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void restyle();
    QLineSeries* a_;
    QLineSeries* b_;
    QScatterSeries* marks_;
    QValueAxis* x_;
    QValueAxis* y_;
};

}  // namespace stepwise::ui
