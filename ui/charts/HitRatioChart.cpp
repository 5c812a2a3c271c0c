#include "ui/charts/HitRatioChart.h"

#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

#include "ui/charts/ChartStyle.h"
#include "ui/panels/PanelTitle.h"

namespace stepwise::ui {

namespace {

QList<QPointF> pointsOf(const sim::TimeSeries& s, std::size_t from, std::size_t to) {
    QList<QPointF> out;
    out.reserve(static_cast<qsizetype>(to - from));
    for (std::size_t i = from; i < to; ++i)
        out.append(QPointF(static_cast<double>(s[i].at), 100.0 * s[i].value));
    return out;
}

}  // namespace

HitRatioChart::HitRatioChart(QWidget* parent) : QChartView(parent) {
    setObjectName("hitRatioChart");
    setAccessibleName(tr("Hit ratio over time"));
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart;
    chart->setTitle(tr("Hit ratio so far (%)"));
    a_ = new QLineSeries(chart);
    b_ = new QLineSeries(chart);
    chart->addSeries(a_);
    chart->addSeries(b_);
    x_ = new QValueAxis(chart);
    y_ = new QValueAxis(chart);
    x_->setTitleText(tr("requests"));
    x_->setLabelFormat("%d");
    y_->setRange(0, 100);
    y_->setLabelFormat("%d");
    y_->setTickCount(6);
    chart->addAxis(x_, Qt::AlignBottom);
    chart->addAxis(y_, Qt::AlignLeft);
    for (auto* s : {a_, b_}) {
        s->attachAxis(x_);
        s->attachAxis(y_);
    }
    chart->legend()->setAlignment(Qt::AlignTop);
    setChart(chart);
    setMinimumHeight(190);
    restyle();
}

void HitRatioChart::setRuns(const sim::TimeSeries& a, const QString& nameA, const sim::TimeSeries& b,
                            const QString& nameB, std::size_t requests) {
    dataA_ = a;
    dataB_ = b;
    a_->clear();
    b_->clear();
    a_->setName(nameA);
    b_->setName(nameB);
    x_->setRange(0, static_cast<double>(std::max<std::size_t>(1, requests)));
    x_->applyNiceNumbers();
}

void HitRatioChart::showSamples(std::size_t count) {
    for (auto [series, data] : {std::pair{a_, &dataA_}, std::pair{b_, &dataB_}}) {
        const std::size_t want = std::min(count, data->size());
        const auto have = static_cast<std::size_t>(series->count());
        if (want < have)
            series->removePoints(static_cast<int>(want), static_cast<int>(have - want));
        else if (want > have)
            series->append(pointsOf(*data, have, want));
    }
}

qsizetype HitRatioChart::pointCount(int series) const {
    return (series == 0 ? a_ : b_)->count();
}

void HitRatioChart::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) restyle();
}

void HitRatioChart::restyle() {
    styleChart(chart(), this);
    const bool dark = isDarkPalette(this);
    a_->setPen(QPen(seriesColour(0, dark), 2.2));
    b_->setPen(QPen(seriesColour(1, dark), 2.2));
}

}  // namespace stepwise::ui
