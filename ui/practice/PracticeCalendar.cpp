#include "ui/practice/PracticeCalendar.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

#include "core/practice/ProgressStats.h"

namespace stepwise::ui {

namespace {
constexpr int cell = 30;
constexpr int gap = 3;
constexpr int leftLabels = 40;
constexpr int topLabels = 20;

// 1970-01-01 was a Thursday: weekday 0 is Monday.
int weekdayOf(std::int64_t day) { return static_cast<int>(((day % 7) + 7 + 3) % 7); }

double luminance(const QColor& c) {
    auto lin = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}

QColor blend(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Black or white, whichever reads better on `bg` (at least 4.5:1 for any bg).
QColor textOn(const QColor& bg) {
    const double l = luminance(bg);
    return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? QColor(Qt::black) : QColor(Qt::white);
}
}  // namespace

PracticeCalendar::PracticeCalendar(QWidget* parent) : QWidget(parent) {
    setObjectName("practiceCalendar");
    setAccessibleName(tr("Practice calendar: questions per day"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void PracticeCalendar::setCounts(std::map<std::int64_t, int> counts, std::int64_t today) {
    counts_ = std::move(counts);
    today_ = today;
    max_ = 0;
    for (const auto& dc : counts_)
        if (dc.first >= firstDay() && dc.first <= today_) max_ = std::max(max_, dc.second);
    setAccessibleDescription(tr("%1 days with practice in the last %2 weeks")
                                 .arg(std::count_if(counts_.begin(), counts_.end(),
                                                    [this](const auto& dc) { return dc.first >= firstDay(); }))
                                 .arg(weeks_));
    update();
}

std::int64_t PracticeCalendar::firstDay() const { return today_ - weekdayOf(today_) - 7 * (weeks_ - 1); }

QString PracticeCalendar::dayText(std::int64_t day) const {
    const auto it = counts_.find(day);
    const int n = it == counts_.end() ? 0 : it->second;
    const QString date = QString::fromStdString(practice::isoDay(day));
    return n == 1 ? tr("%1: 1 question").arg(date) : tr("%1: %2 questions").arg(date).arg(n);
}

QSize PracticeCalendar::sizeHint() const {
    return {leftLabels + weeks_ * (cell + gap), topLabels + 7 * (cell + gap)};
}

QSize PracticeCalendar::minimumSizeHint() const { return sizeHint(); }

QRect PracticeCalendar::cellRect(int week, int weekday) const {
    return {leftLabels + week * (cell + gap), topLabels + weekday * (cell + gap), cell, cell};
}

std::int64_t PracticeCalendar::dayAt(const QPoint& p) const {
    for (int w = 0; w < weeks_; ++w)
        for (int d = 0; d < 7; ++d)
            if (cellRect(w, d).contains(p)) return firstDay() + 7 * w + d;
    return -1;
}

bool PracticeCalendar::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const std::int64_t day = dayAt(help->pos());
        if (day >= 0 && day <= today_) QToolTip::showText(help->globalPos(), dayText(day), this);
        else QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void PracticeCalendar::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor empty = pal.color(QPalette::Base);
    const QColor full = pal.color(QPalette::Highlight);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);

    static const char* names[] = {QT_TR_NOOP("Mon"), QT_TR_NOOP("Tue"), QT_TR_NOOP("Wed"), QT_TR_NOOP("Thu"),
                                  QT_TR_NOOP("Fri"), QT_TR_NOOP("Sat"), QT_TR_NOOP("Sun")};
    p.setPen(text);
    for (int d = 0; d < 7; d += 2)  // every other day: the labels stay readable
        p.drawText(QRect(0, cellRect(0, d).top(), leftLabels - 6, cell), Qt::AlignRight | Qt::AlignVCenter,
                   tr(names[d]));
    for (int w = 0; w < weeks_; w += 2) {
        const std::string iso = practice::isoDay(firstDay() + 7 * w);  // "2026-11-30"
        p.drawText(QRect(cellRect(w, 0).left(), 0, 2 * cell, topLabels - 2), Qt::AlignLeft | Qt::AlignBottom,
                   QString::fromStdString(iso.substr(5)));
    }
    for (int w = 0; w < weeks_; ++w)
        for (int d = 0; d < 7; ++d) {
            const std::int64_t day = firstDay() + 7 * w + d;
            if (day > today_) continue;
            const auto it = counts_.find(day);
            const int n = it == counts_.end() ? 0 : it->second;
            const QRect r = cellRect(w, d);
            const QColor bg = n == 0 || max_ == 0 ? empty : blend(empty, full, 0.25 + 0.75 * n / max_);
            p.setPen(QPen(pal.color(QPalette::Mid), day == today_ ? 2 : 1));
            p.setBrush(bg);
            p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
            if (n > 0) {
                p.setPen(textOn(bg));
                p.drawText(r, Qt::AlignCenter, QString::number(n));
            }
        }
}

}  // namespace stepwise::ui
