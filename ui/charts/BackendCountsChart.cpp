#include "ui/charts/BackendCountsChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <cmath>

#include "ui/charts/ChartStyle.h"
#include "ui/panels/PanelTitle.h"

namespace stepwise::ui {

BackendCountsChart::BackendCountsChart(QWidget* parent) : StepChartView(parent) {
    setObjectName("backendCountsChart");
    setAccessibleName(tr("Requests per backend"));
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart;
    chart->setTitle(tr("Requests served per backend"));
    series_ = new QStackedBarSeries(chart);
    series_->setLabelsVisible(true);
    series_->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series_->setBarWidth(0.6);
    chart->addSeries(series_);
    x_ = new QBarCategoryAxis(chart);
    y_ = new QValueAxis(chart);
    y_->setLabelFormat("%d");
    y_->setRange(0, 10);
    y_->setTickCount(6);  // with roundTop(): 0, 2, 4, ... or 0, 20, 40, ... (issue 8: 0/2/5/7/10)
    chart->addAxis(x_, Qt::AlignBottom);
    chart->addAxis(y_, Qt::AlignLeft);
    series_->attachAxis(x_);
    series_->attachAxis(y_);
    chart->legend()->hide();
    setChart(chart);
    setMinimumHeight(200);
    restyle();
}

namespace {

/// 5 × a step of 1, 2 or 5 times a power of ten, at least a quarter above `top`: six round ticks.
double roundTop(double top) {
    const double raw = std::max(2.0, top * 1.25 / 5.0);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0})
        if (m * power >= raw) return 5 * m * power;
    return 50 * power;
}

}  // namespace

void BackendCountsChart::setBackends(const QStringList& names) {
    x_->clear();
    x_->append(names);
    series_->clear();
    sets_.clear();
    for (int i = 0; i < names.size(); ++i) {
        auto* set = new QBarSet(names[i]);
        for (int j = 0; j < names.size(); ++j) set->append(0);
        series_->append(set);
        sets_.append(set);
    }
    y_->setRange(0, 10);
    restyle();
}

void BackendCountsChart::setCounts(const std::vector<std::uint64_t>& counts) {
    double top = 0;
    for (std::size_t i = 0; i < counts.size() && static_cast<int>(i) < sets_.size(); ++i) {
        sets_[static_cast<int>(i)]->replace(static_cast<int>(i), static_cast<double>(counts[i]));
        top = std::max(top, static_cast<double>(counts[i]));
    }
    // Grow the axis in steps so the bars don't rescale on every request.
    const double want = roundTop(top);
    if (top > y_->max() * 0.92 || want < y_->max() * 0.5) y_->setRange(0, want);
}

void BackendCountsChart::setColourSlots(std::vector<int> slots) {
    slots_ = std::move(slots);
    restyle();
}

double BackendCountsChart::count(int i) const {
    return i >= 0 && i < sets_.size() ? sets_[i]->at(i) : 0;
}

void BackendCountsChart::changeEvent(QEvent* event) {
    StepChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) restyle();
}

void BackendCountsChart::restyle() {
    styleChart(chart(), this);
    const bool dark = isDarkPalette(this);
    for (int i = 0; i < sets_.size(); ++i) {
        const int slot = static_cast<std::size_t>(i) < slots_.size() ? slots_[static_cast<std::size_t>(i)] : i;
        sets_[i]->setColor(seriesColour(slot, dark));
        sets_[i]->setBorderColor(seriesColour(slot, dark));
        sets_[i]->setLabelColor(dark ? QColor(0x10, 0x12, 0x16) : QColor(Qt::white));
    }
}

}  // namespace stepwise::ui
