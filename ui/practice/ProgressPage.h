#pragma once
// The Progress window: how practice went, read from the practice history. Per topic (or all
// topics) the accuracy and mean answer time of each day practised, as bar charts with round ticks;
// the calendar of questions per day; and what the scheduler says is due. With no history yet it
// says how to start practising.
#include <QWidget>
#include <cstdint>

#include "core/practice/ProgressStats.h"

class QBarCategoryAxis;
class QBarSeries;
class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QValueAxis;

namespace stepwise::ui {

class PracticeCalendar;

class ProgressPage : public QWidget {
    Q_OBJECT
public:
    /// `dbPath`: the practice history (empty: $STEPWISE_DB, else the XDG default), as the practice
    /// window uses. It is read on reload(), never written.
    explicit ProgressPage(QString dbPath, QWidget* parent = nullptr);

    /// Reads the history again (today is the current UTC day unless setToday was called).
    void reload();
    /// Shows these stats (what reload reads; tests pass their own).
    void showStats(const practice::ProgressStats& stats, std::int64_t today);
    void setToday(std::int64_t day) { today_ = day; }

    const practice::ProgressStats& stats() const { return stats_; }
    bool showsEmptyState() const;
    QString emptyText() const;
    QString summaryText() const;
    /// The topic the charts show ("" for all topics).
    QString chartTopic() const;
    void setChartTopic(const QString& topic);
    /// The days (x labels) and values the charts show.
    QStringList chartDays() const;
    QList<double> accuracyValues() const;
    QList<double> meanSecondsValues() const;
    /// The due list's lines.
    QStringList dueLines() const;
    PracticeCalendar* calendar() const { return calendar_; }
    QValueAxis* accuracyAxis() const { return accuracyY_; }
    QValueAxis* timeAxis() const { return timeY_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void showCharts();
    void restyle();

    QString dbPath_;
    std::int64_t today_ = 0;  // 0: now
    practice::ProgressStats stats_;
    QStackedWidget* pages_;
    QLabel* empty_;
    QLabel* summary_;
    QComboBox* topic_;
    QChartView* accuracyView_;
    QChartView* timeView_;
    QBarSeries* accuracy_;
    QBarSeries* time_ = nullptr;
    QBarCategoryAxis* accuracyX_;
    QBarCategoryAxis* timeX_;
    QValueAxis* accuracyY_;
    QValueAxis* timeY_;
    PracticeCalendar* calendar_;
    QListWidget* due_;
    QLabel* dueNote_;
};

}  // namespace stepwise::ui
