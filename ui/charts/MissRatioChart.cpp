#include "ui/charts/MissRatioChart.h"

#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <cmath>

#include "ui/charts/ChartStyle.h"
#include "ui/panels/PanelTitle.h"

namespace stepwise::ui {

MissRatioChart::MissRatioChart(QWidget* parent) : StepChartView(parent) {
    setObjectName("missRatioChart");
    setAccessibleName(tr("Miss-ratio curve"));
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart;
    chart->setTitle(tr("Miss ratio by cache size (%)"));
    a_ = new QLineSeries(chart);
    b_ = new QLineSeries(chart);
    marks_ = new QScatterSeries(chart);
    marks_->setName(tr("this size"));
    marks_->setMarkerSize(9);
    chart->addSeries(a_);
    chart->addSeries(b_);
    chart->addSeries(marks_);
    x_ = new QValueAxis(chart);
    y_ = new QValueAxis(chart);
    x_->setTitleText(tr("capacity (slots)"));
    x_->setLabelFormat("%d");
    y_->setRange(0, 100);
    y_->setLabelFormat("%d");
    y_->setTickCount(6);
    chart->addAxis(x_, Qt::AlignBottom);
    chart->addAxis(y_, Qt::AlignLeft);
    for (QXYSeries* s :
         {static_cast<QXYSeries*>(a_), static_cast<QXYSeries*>(b_), static_cast<QXYSeries*>(marks_)}) {
        s->attachAxis(x_);
        s->attachAxis(y_);
    }
    chart->legend()->setAlignment(Qt::AlignTop);
    setChart(chart);
    setMinimumHeight(190);
    restyle();
}

void MissRatioChart::setCurves(const std::vector<cache::MissRatioPoint>& a, const QString& nameA,
                               const std::vector<cache::MissRatioPoint>& b, const QString& nameB,
                               std::size_t capacity) {
    auto toPoints = [](const std::vector<cache::MissRatioPoint>& c) {
        QList<QPointF> out;
        for (const auto& p : c) out.append(QPointF(static_cast<double>(p.capacity), 100.0 * p.missRatio));
        return out;
    };
    a_->replace(toPoints(a));
    b_->replace(toPoints(b));
    a_->setName(nameA);
    b_->setName(nameB);
    QList<QPointF> marks;
    for (const auto* curve : {&a, &b})
        for (const auto& p : *curve)
            if (p.capacity == capacity)
                marks.append(QPointF(static_cast<double>(p.capacity), 100.0 * p.missRatio));
    marks_->replace(marks);
    const double top = a.empty() ? 2.0 : static_cast<double>(std::max(a.back().capacity, std::size_t{2}));
    x_->setRange(0, top);
    x_->applyNiceNumbers();  // integral ticks, so the marks sit on their sizes
    double worst = 0;
    for (const auto* curve : {&a, &b})
        for (const auto& p : *curve) worst = std::max(worst, p.missRatio);
    y_->setRange(0, std::min(100.0, std::ceil(worst * 10.0 + 0.5) * 10.0));
}

void MissRatioChart::changeEvent(QEvent* event) {
    StepChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) restyle();
}

void MissRatioChart::restyle() {
    styleChart(chart(), this);
    const bool dark = isDarkPalette(this);
    a_->setPen(QPen(seriesColour(0, dark), 2.2));
    b_->setPen(QPen(seriesColour(1, dark), 2.2));
    a_->setPointsVisible(true);
    b_->setPointsVisible(true);
    marks_->setColor(palette().color(QPalette::Text));
    marks_->setBorderColor(palette().color(QPalette::Base));
}

}  // namespace stepwise::ui
