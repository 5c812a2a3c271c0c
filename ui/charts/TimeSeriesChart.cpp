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
    shown_ = 0;
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

namespace {
/// Up to this many new samples are appended one by one; more replace the series' points at once.
constexpr std::size_t kAppendOneByOne = 4;
/// Up to this many samples are drawn as they are; beyond, each of kBuckets buckets is drawn as its
/// lowest and highest sample, so the line keeps every peak and dip a pixel column could show.
constexpr std::size_t kExactPoints = 1000;
constexpr std::size_t kBuckets = kExactPoints / 2;

QPointF pointOf(const sim::Sample& s, double yScale) {
    return {static_cast<double>(s.at), yScale * s.value};
}

/// The first `count` samples as drawn: all of them, or their min/max per bucket in order, then the last.
QList<QPointF> pointsFor(const sim::TimeSeries& data, std::size_t count, double yScale) {
    QList<QPointF> points;
    if (count <= kExactPoints) {
        points.reserve(static_cast<qsizetype>(count));
        for (std::size_t k = 0; k < count; ++k) points.append(pointOf(data[k], yScale));
        return points;
    }
    points.reserve(static_cast<qsizetype>(2 * kBuckets));
    for (std::size_t b = 0; b < kBuckets; ++b) {
        const std::size_t from = b * count / kBuckets, to = (b + 1) * count / kBuckets;
        std::size_t lo = from, hi = from;
        for (std::size_t k = from + 1; k < to; ++k) {
            if (data[k].value < data[lo].value) lo = k;
            if (data[k].value > data[hi].value) hi = k;
        }
        points.append(pointOf(data[std::min(lo, hi)], yScale));
        if (lo != hi) points.append(pointOf(data[std::max(lo, hi)], yScale));
    }
    // The line reaches the newest sample: the current step is what the user looks at.
    if (points.back() != pointOf(data[count - 1], yScale)) points.append(pointOf(data[count - 1], yScale));
    return points;
}
}  // namespace

void TimeSeriesChart::showSamples(std::size_t count) {
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        QLineSeries* line = lines_[i];
        const sim::TimeSeries& data = data_[i];
        const std::size_t want = std::min(count, data.size());
        const std::size_t had = std::min(shown_, data.size());
        if (want == had) continue;
        if (want > kExactPoints || had > kExactPoints) {
            line->replace(pointsFor(data, want, yScale_));
        } else if (want < had) {
            line->removePoints(static_cast<int>(want), static_cast<int>(had - want));
        } else if (want > had + kAppendOneByOne) {
            // Qt 6.4's append(QList) appends point by point, each a chart update (ui_bench measured
            // 0.5 s for a frame of 100 samples); replace() is one update for the whole list.
            line->replace(pointsFor(data, want, yScale_));
        } else {
            for (std::size_t k = had; k < want; ++k) line->append(pointOf(data[k], yScale_));
        }
    }
    shown_ = count;
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
