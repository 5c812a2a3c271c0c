#pragma once
// The Progress window: how practice went, read from the practice history. For the topics ticked in
// its list (a few by default), a line per topic of the accuracy and the median answer time on each
// day, over the last weeks practised, with a legend; the calendar of questions per day; and what the
// scheduler says is due, with "Practise these" to start a session of exactly those question types.
// With no history yet it says how to start practising.
#include <QPointF>
#include <QWidget>
#include <cstdint>

#include "core/practice/ProgressStats.h"

class QCategoryAxis;
class QChartView;
class QLabel;
class QLineSeries;
class QListWidget;
class QPushButton;
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

    /// Reads the history again (today is the current UTC day unless setToday was called); done
    /// again whenever the window becomes active once it has read it.
    void reload();
    /// Shows these stats (what reload reads; tests pass their own).
    void showStats(const practice::ProgressStats& stats, std::int64_t today);
    void setToday(std::int64_t day) { today_ = day; }

    const practice::ProgressStats& stats() const { return stats_; }
    bool showsEmptyState() const;
    QString emptyText() const;
    QString summaryText() const;
    /// The topics the charts show, one line each ("" is all topics together), in list order.
    QStringList chartTopics() const;
    /// Ticks exactly these topics in the list (unknown ones are ignored).
    void setChartTopics(const QStringList& topics);
    /// The day labels under the charts ("12-01"), left to right.
    QStringList chartDays() const;
    /// One topic's line: x is the UTC day, y the accuracy in % or the median time in seconds
    /// (empty when the topic is not shown).
    QList<QPointF> accuracyPoints(const QString& topic) const;
    QList<QPointF> medianSecondsPoints(const QString& topic) const;
    /// The names the legend shows (item ids; "All topics"), in the order of the lines.
    QStringList legendNames() const;
    /// The due list's lines.
    QStringList dueLines() const;
    QPushButton* practiseDueButton() const { return practiseDue_; }
    PracticeCalendar* calendar() const { return calendar_; }
    QValueAxis* accuracyAxis() const { return accuracyY_; }
    QValueAxis* timeAxis() const { return timeY_; }

Q_SIGNALS:
    /// "Practise these": a session of exactly these question types (the due list's, in its order).
    void practiseDueRequested(const QStringList& types);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showCharts();
    void restyle();
    QLineSeries* seriesOf(const QList<QLineSeries*>& lines, const QString& topic) const;

    QString dbPath_;
    std::int64_t today_ = 0;  // 0: now
    bool readHistory_ = false;  // reload() was called: showing the history, not given stats
    practice::ProgressStats stats_;
    QStackedWidget* pages_;
    QLabel* empty_;
    QLabel* summary_;
    QListWidget* topics_;
    QChartView* accuracyView_;
    QChartView* timeView_ = nullptr;
    QList<QLineSeries*> accuracy_;
    QList<QLineSeries*> time_;
    QCategoryAxis* accuracyX_;
    QCategoryAxis* timeX_;
    QValueAxis* accuracyY_;
    QValueAxis* timeY_;
    PracticeCalendar* calendar_;
    QListWidget* due_;
    QLabel* dueNote_;
    QPushButton* practiseDue_;
};

}  // namespace stepwise::ui
