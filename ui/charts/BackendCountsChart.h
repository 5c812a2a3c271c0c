#pragma once
// Requests served per backend as bars, updated once per frame from the balancer's counts (the room
// pulls them after a playback tick; nothing is signalled per request).
#include <QList>
#include <vector>

#include "ui/charts/StepChartView.h"

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QStackedBarSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace stepwise::ui {

class BackendCountsChart : public StepChartView {
    Q_OBJECT
  public:
    explicit BackendCountsChart(QWidget* parent = nullptr);

    /// A new set of backends (names on the axis) and the run's length (the y axis grows up to it).
    void setBackends(const QStringList& names);
    void setCounts(const std::vector<std::uint64_t>& counts);
    /// Each backend's colour slot (BackendColours), so a bar keeps its backend's colour.
    void setColourSlots(std::vector<int> slots);
    /// The value shown for backend i.
    double count(int i) const;

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void restyle();
    // One set per backend, non-zero only in its own category: each bar gets its backend's colour.
    QStackedBarSeries* series_;
    QList<QBarSet*> sets_;
    std::vector<int> slots_;
    QBarCategoryAxis* x_;
    QValueAxis* y_;
};

}  // namespace stepwise::ui
