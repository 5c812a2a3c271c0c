#pragma once
// The practice calendar: the last weeks as a grid (a column per week, Monday on top), each day
// shaded by how many questions were answered and labelled with the count, weeks headed by the
// date of their Monday, so the picture reads without colour.
#include <QWidget>
#include <cstdint>
#include <map>

namespace stepwise::ui {

class PracticeCalendar : public QWidget {
    Q_OBJECT
public:
    explicit PracticeCalendar(QWidget* parent = nullptr);

    /// Questions per UTC day (days since the epoch), and the last day shown (today).
    void setCounts(std::map<std::int64_t, int> counts, std::int64_t today);
    int weeks() const { return weeks_; }
    /// The first (Monday) and last day shown.
    std::int64_t firstDay() const;
    std::int64_t lastDay() const { return today_; }
    /// "2026-12-02: 5 questions" for a shown day.
    QString dayText(std::int64_t day) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect cellRect(int week, int weekday) const;
    std::int64_t dayAt(const QPoint& p) const;

    std::map<std::int64_t, int> counts_;
    std::int64_t today_ = 0;
    int weeks_ = 12;
    int max_ = 0;
};

}  // namespace stepwise::ui
