#include "ui/charts/VirtualTimeChart.h"

#include <QAreaSeries>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "ui/charts/ChartStyle.h"
#include "ui/panels/PanelTitle.h"

namespace stepwise::ui {

double roundAxisTop(double top, double least) {
    return roundAxis(std::max(top, least)).top;
}

RoundAxis roundAxis(double top) {
    // The smallest step of 1, 2 or 5 × a power of ten that covers `top` in at most 8 intervals.
    top = std::max(top, 1e-9);
    for (double power = std::pow(10.0, std::floor(std::log10(top / 8))); ; power *= 10)
        for (double m : {1.0, 2.0, 5.0}) {
            const double step = m * power;
            const double n = std::ceil(top / step - 1e-9);
            if (n <= 8) return {std::max(1.0, n) * step, static_cast<int>(std::max(1.0, n)) + 1};
        }
}

namespace {

double seconds(const sim::Sample& s) { return static_cast<double>(s.at) / 1e6; }

}  // namespace

VirtualTimeChart::VirtualTimeChart(const QString& title, const QString& yTitle, Style style, QWidget* parent)
    : StepChartView(parent), style_(style) {
    setAccessibleName(title);
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart;
    chart->setTitle(title);
    x_ = new QValueAxis(chart);
    y_ = new QValueAxis(chart);
    x_->setTitleText(tr("virtual time (s)"));
    x_->setTickCount(6);
    y_->setTitleText(yTitle);
    y_->setTickCount(6);
    chart->addAxis(x_, Qt::AlignBottom);
    chart->addAxis(y_, Qt::AlignLeft);
    chart->legend()->setAlignment(Qt::AlignTop);
    setChart(chart);
    setMinimumHeight(170);
    restyle();
}

void VirtualTimeChart::setSeries(const std::vector<sim::TimeSeries>& series, const QStringList& names,
                                 double endSeconds) {
    for (QAreaSeries* a : areas_) {
        QLineSeries* lower = a->lowerSeries();
        chart()->removeSeries(a);
        delete a;
        delete lower;
    }
    for (QLineSeries* l : lines_) {
        if (style_ == Style::Lines) chart()->removeSeries(l);
        delete l;
    }
    areas_.clear();
    lines_.clear();
    data_ = series;
    shown_.assign(series.size(), 0);
    double top = 0;
    for (std::size_t i = 0; i < series.size(); ++i) {
        const QString name = i < static_cast<std::size_t>(names.size()) ? names[static_cast<qsizetype>(i)]
                                                                          : QString::fromStdString(series[i].name());
        auto* line = new QLineSeries;
        line->setName(name);
        lines_.push_back(line);
        if (style_ == Style::Stacked) {
            auto* area = new QAreaSeries(line, i == 0 ? nullptr : new QLineSeries);
            area->setName(name);
            chart()->addSeries(area);
            area->attachAxis(x_);
            area->attachAxis(y_);
            areas_.push_back(area);
        } else {
            chart()->addSeries(line);
            line->attachAxis(x_);
            line->attachAxis(y_);
        }
        for (std::size_t k = 0; k < series[i].size(); ++k) {
            double v = series[i][k].value;
            if (style_ == Style::Stacked)
                for (std::size_t j = 0; j < i; ++j) v += k < series[j].size() ? series[j][k].value : 0;
            top = std::max(top, v);
        }
    }
    // A little headroom over the largest value; at least 0-4 for counts near zero.
    const RoundAxis y = roundAxis(std::max(top * 1.05, 4.0));
    y_->setRange(0, y.top);
    y_->setTickCount(y.ticks);
    y_->setLabelFormat(y.top / (y.ticks - 1) >= 1 ? "%.0f" : "%.1f");
    const RoundAxis x = roundAxis(std::max(endSeconds, 0.1));
    x_->setRange(0, x.top);
    x_->setTickCount(x.ticks);
    x_->setLabelFormat(x.top / (x.ticks - 1) >= 1 ? "%.0f" : "%.1f");
    restyle();
}

QList<QPointF> VirtualTimeChart::points(int i) const {
    const auto n = static_cast<std::size_t>(i);
    QList<QPointF> out;
    const sim::TimeSeries& s = data_.at(n);
    const std::size_t count = std::min(shown_.at(n), s.size());
    out.reserve(static_cast<qsizetype>(count));
    for (std::size_t k = 0; k < count; ++k) {
        double v = s[k].value;
        if (style_ == Style::Stacked)
            for (std::size_t j = 0; j < n; ++j) v += k < data_[j].size() ? data_[j][k].value : 0;
        out.append({seconds(s[k]), v});
    }
    return out;
}

double VirtualTimeChart::lastValue(int i) const {
    const auto n = static_cast<std::size_t>(i);
    const std::size_t count = std::min(shown_.at(n), data_.at(n).size());
    return count ? data_[n][count - 1].value : 0;
}

double VirtualTimeChart::yMax() const { return y_->max(); }
double VirtualTimeChart::xMax() const { return x_->max(); }
int VirtualTimeChart::yTicks() const { return y_->tickCount(); }

void VirtualTimeChart::redraw(std::size_t i) {
    // One replace per series: Qt 6.4 appends point by point, each an update of the chart.
    const QList<QPointF> top = points(static_cast<int>(i));
    lines_[i]->replace(top);
    if (style_ == Style::Stacked && i > 0) areas_[i]->lowerSeries()->replace(points(static_cast<int>(i - 1)));
}

void VirtualTimeChart::showSamples(std::size_t count) {
    showSamples(std::vector<std::size_t>(data_.size(), count));
}

void VirtualTimeChart::showSamples(const std::vector<std::size_t>& counts) {
    bool changed = false;
    for (std::size_t i = 0; i < data_.size(); ++i) {
        const std::size_t want = std::min(i < counts.size() ? counts[i] : 0, data_[i].size());
        if (want == shown_[i]) continue;
        shown_[i] = want;
        changed = true;
        if (style_ == Style::Lines) redraw(i);
    }
    // Stacked bands depend on the ones below: all of them again.
    if (changed && style_ == Style::Stacked)
        for (std::size_t i = 0; i < data_.size(); ++i) redraw(i);
}

void VirtualTimeChart::changeEvent(QEvent* event) {
    StepChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) restyle();
}

void VirtualTimeChart::restyle() {
    styleChart(chart(), this);
    const bool dark = isDarkPalette(this);
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        const QColor c = seriesColour(static_cast<int>(i), dark);
        if (style_ == Style::Stacked) {
            QColor fill = c;
            fill.setAlphaF(0.55);
            areas_[i]->setBrush(fill);
            areas_[i]->setPen(QPen(c, 1.5));
        } else {
            lines_[i]->setPen(QPen(c, 2.0));
        }
    }
}

}  // namespace stepwise::ui
