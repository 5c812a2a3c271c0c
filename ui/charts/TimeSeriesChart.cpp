#include "ui/charts/TimeSeriesChart.h"

#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

#include "ui/charts/ChartStyle.h"
#include "ui/panels/PanelTitle.h"

namespace stepwise::ui {

TimeSeriesChart::TimeSeriesChart(Axes axes, QWidget* parent) : StepChartView(parent), yScale_(axes.yScale) {
    setAccessibleName(axes.title);
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart;
    chart->setTitle(axes.title);
    x_ = new QValueAxis(chart);
    y_ = new QValueAxis(chart);
    x_->setTitleText(axes.xTitle);
    x_->setLabelFormat("%d");
    y_->setRange(axes.yMin, axes.yMax);
    y_->setLabelFormat("%d");
    y_->setTickCount(axes.yTicks);
    chart->addAxis(x_, Qt::AlignBottom);
    chart->addAxis(y_, Qt::AlignLeft);
    chart->legend()->setAlignment(Qt::AlignTop);
    setChart(chart);
    setMinimumHeight(190);
    restyle();
}

void TimeSeriesChart::setSeries(const std::vector<sim::TimeSeries>& series, const QStringList& names,
                                std::size_t length) {
    data_ = series;
    while (lines_.size() < series.size()) {
        auto* line = new QLineSeries(chart());
        chart()->addSeries(line);
        line->attachAxis(x_);
        line->attachAxis(y_);
        lines_.push_back(line);
    }
    while (lines_.size() > series.size()) {
        chart()->removeSeries(lines_.back());
        delete lines_.back();
        lines_.pop_back();
    }
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        lines_[i]->clear();
        lines_[i]->setName(i < static_cast<std::size_t>(names.size())
                               ? names[static_cast<qsizetype>(i)]
                               : QString::fromStdString(series[i].name()));
    }
    x_->setRange(0, static_cast<double>(std::max<std::size_t>(1, length)));
    x_->applyNiceNumbers();
    restyle();
}

void TimeSeriesChart::showSamples(std::size_t count) {
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        QLineSeries* line = lines_[i];
        const sim::TimeSeries& data = data_[i];
        const std::size_t want = std::min(count, data.size());
        const auto have = static_cast<std::size_t>(line->count());
        if (want < have) {
            line->removePoints(static_cast<int>(want), static_cast<int>(have - want));
        } else if (want > have) {
            QList<QPointF> points;
            points.reserve(static_cast<qsizetype>(want - have));
            for (std::size_t k = have; k < want; ++k)
                points.append(QPointF(static_cast<double>(data[k].at), yScale_ * data[k].value));
            line->append(points);
        }
    }
}

qsizetype TimeSeriesChart::pointCount(int i) const {
    return series(i)->count();
}

void TimeSeriesChart::changeEvent(QEvent* event) {
    StepChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) restyle();
}

void TimeSeriesChart::restyle() {
    styleChart(chart(), this);
    const bool dark = isDarkPalette(this);
    for (std::size_t i = 0; i < lines_.size(); ++i)
        lines_[i]->setPen(QPen(seriesColour(static_cast<int>(i), dark), 2.2));
}

}  // namespace stepwise::ui
