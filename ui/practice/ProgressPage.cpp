#include "ui/practice/ProgressPage.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLegend>
#include <QListWidget>
#include <QStackedWidget>
#include <QValueAxis>
#include <QVBoxLayout>
#include <cmath>
#include <map>

#include "core/practice/History.h"
#include "ui/charts/ChartStyle.h"
#include "ui/practice/PracticeCalendar.h"

namespace stepwise::ui {

namespace {

// The charts show the last days practised: more bars than this would not keep their date labels.
constexpr std::size_t maxDays = 14;

/// 5 × a step of 1, 2 or 5 times a power of ten, at or above `top`: six round ticks from 0.
double roundTop(double top) {
    const double raw = std::max(1.0, top * 1.15 / 5.0);  // room over the tallest bar for its label
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0})
        if (m * power >= raw) return 5 * m * power;
    return 50 * power;
}

QChartView* makeChart(const QString& title, const QString& name, QBarSeries** series, QBarCategoryAxis** x,
                      QValueAxis** y, QWidget* parent) {
    auto* chart = new QChart;
    chart->setTitle(title);
    *series = new QBarSeries(chart);
    (*series)->setLabelsVisible(true);
    (*series)->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(*series);
    *x = new QBarCategoryAxis(chart);
    *y = new QValueAxis(chart);
    (*y)->setLabelFormat("%d");
    (*y)->setTickCount(6);
    chart->addAxis(*x, Qt::AlignBottom);
    chart->addAxis(*y, Qt::AlignLeft);
    (*series)->attachAxis(*x);
    (*series)->attachAxis(*y);
    chart->legend()->hide();
    auto* view = new QChartView(chart, parent);
    view->setAccessibleName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(200);
    return view;
}

QString seconds(double ms) { return QString::number(ms / 1000.0, 'f', 1); }

}  // namespace

ProgressPage::ProgressPage(QString dbPath, QWidget* parent) : QWidget(parent), dbPath_(std::move(dbPath)) {
    setObjectName("progressPage");
    setWindowTitle(tr("Practice progress"));

    pages_ = new QStackedWidget(this);
    empty_ = new QLabel(this);
    empty_->setObjectName("progressEmpty");
    empty_->setWordWrap(true);
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pages_->addWidget(empty_);

    auto* body = new QWidget(this);
    summary_ = new QLabel(body);
    summary_->setObjectName("progressSummary");
    QFont bold = summary_->font();
    bold.setBold(true);
    summary_->setFont(bold);
    topic_ = new QComboBox(body);
    topic_->setObjectName("progressTopic");
    topic_->setAccessibleName(tr("Topic"));
    auto* topicLabel = new QLabel(tr("&Topic"), body);
    topicLabel->setBuddy(topic_);
    accuracyView_ = makeChart(tr("Accuracy per day (%)"), tr("Accuracy per day"), &accuracy_, &accuracyX_,
                              &accuracyY_, body);
    timeView_ = makeChart(tr("Mean answer time per day (s)"), tr("Mean answer time per day"), &time_, &timeX_,
                          &timeY_, body);
    calendar_ = new PracticeCalendar(body);
    auto* calendarTitle = new QLabel(tr("Questions per day (last %1 weeks)").arg(calendar_->weeks()), body);
    calendarTitle->setFont(bold);
    auto* dueTitle = new QLabel(tr("Due for review"), body);
    dueTitle->setFont(bold);
    due_ = new QListWidget(body);
    due_->setObjectName("progressDue");
    due_->setAccessibleName(tr("Due for review"));
    dueNote_ = new QLabel(body);
    dueNote_->setWordWrap(true);

    auto* grid = new QGridLayout(body);
    auto* topicRow = new QHBoxLayout;
    topicRow->addWidget(summary_, 1);
    topicRow->addWidget(topicLabel);
    topicRow->addWidget(topic_);
    grid->addLayout(topicRow, 0, 0);
    grid->addWidget(accuracyView_, 1, 0);
    grid->addWidget(timeView_, 2, 0);
    auto* right = new QVBoxLayout;
    right->addWidget(calendarTitle);
    right->addWidget(calendar_);
    right->addSpacing(8);
    right->addWidget(dueTitle);
    right->addWidget(due_, 1);
    right->addWidget(dueNote_);
    grid->addLayout(right, 0, 1, 3, 1);
    grid->setColumnStretch(0, 1);
    pages_->addWidget(body);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pages_);
    connect(topic_, &QComboBox::currentIndexChanged, this, [this] { showCharts(); });
    if (parent) setWindowFlag(Qt::Window);  // its own window over the main one
    restyle();
}

void ProgressPage::reload() {
    const std::int64_t today = today_ ? today_ : practice::utcDay(practice::nowMs());
    const std::string path = dbPath_.isEmpty() ? practice::defaultHistoryPath() : dbPath_.toStdString();
    practice::ProgressStats stats;
    QString problem;
    try {
        stats = practice::progressStats(practice::History::open(path), today);
    } catch (const std::exception& e) {
        problem = QString::fromStdString(e.what());
    }
    showStats(stats, today);
    if (!problem.isEmpty()) empty_->setText(tr("The practice history %1 cannot be read: %2")
                                                .arg(QString::fromStdString(path), problem));
    else if (stats.empty())
        empty_->setText(empty_->text() + "\n\n" + tr("History: %1").arg(QString::fromStdString(path)));
}

void ProgressPage::showStats(const practice::ProgressStats& stats, std::int64_t today) {
    stats_ = stats;
    empty_->setText(tr("No practice yet.\n\nStart a session with Practice → Practice session… (Ctrl+Shift+P), "
                       "or run stepwise --practice dijkstra; every answer is saved and shows up here."));
    pages_->setCurrentIndex(stats_.empty() ? 0 : 1);
    if (stats_.empty()) return;

    const double pct = 100.0 * stats_.right / stats_.questions;
    summary_->setText((stats_.questions == 1 ? tr("1 question") : tr("%1 questions").arg(stats_.questions)) + ", " +
                      tr("%1% right, %2 s mean")
                          .arg(QString::number(pct, 'f', 0), seconds(double(stats_.totalMs) / stats_.questions)));
    {
        const QString keep = topic_->currentData().toString();
        const QSignalBlocker block(topic_);
        topic_->clear();
        topic_->addItem(tr("All topics"), QString());
        for (const auto& t : stats_.topics) topic_->addItem(QString::fromStdString(t), QString::fromStdString(t));
        const int i = topic_->findData(keep);
        topic_->setCurrentIndex(i >= 0 ? i : 0);
    }
    showCharts();

    std::map<std::int64_t, int> counts;
    for (const auto& d : stats_.byDay) counts[d.day] = d.questions;
    calendar_->setCounts(std::move(counts), today);

    due_->clear();
    for (const auto& d : stats_.due) {
        const QString when = d.overdueDays == 0 ? tr("due today")
                             : d.overdueDays == 1 ? tr("1 day overdue")
                                                  : tr("%1 days overdue").arg(d.overdueDays);
        const QString reviews = d.reps == 1 ? tr("1 review") : tr("%1 reviews").arg(d.reps);
        due_->addItem(QString::fromStdString(d.type) + " — " + when + " · " + reviews);
    }
    if (stats_.due.empty()) due_->addItem(tr("Nothing due today."));
    dueNote_->setText(stats_.later > 0 ? tr("%1 more later; the next on %2.")
                                             .arg(stats_.later)
                                             .arg(QString::fromStdString(practice::isoDay(stats_.nextDueDay)))
                                       : QString());
}

void ProgressPage::showCharts() {
    const std::vector<practice::TopicDay> all = stats_.series(chartTopic().toStdString());
    const std::size_t from = all.size() > maxDays ? all.size() - maxDays : 0;
    QStringList days;
    auto* acc = new QBarSet(tr("Accuracy"));
    auto* ms = new QBarSet(tr("Mean time"));
    double top = 0;
    for (std::size_t i = from; i < all.size(); ++i) {
        days << QString::fromStdString(practice::isoDay(all[i].day).substr(5));
        *acc << std::round(100.0 * all[i].accuracy());
        *ms << std::round(all[i].meanMs / 100.0) / 10.0;
        top = std::max(top, all[i].meanMs / 1000.0);
    }
    accuracy_->clear();
    time_->clear();
    accuracyX_->clear();
    timeX_->clear();
    accuracyX_->append(days);
    timeX_->append(days);
    accuracy_->append(acc);
    time_->append(ms);
    accuracy_->setLabelsFormat("@value%");
    time_->setLabelsFormat("@value");
    accuracyY_->setRange(0, 100);  // 0, 20, ..., 100
    timeY_->setRange(0, roundTop(top));
    timeY_->setLabelFormat(roundTop(top) < 5 ? "%.1f" : "%d");
    restyle();
}

bool ProgressPage::showsEmptyState() const { return pages_->currentIndex() == 0; }
QString ProgressPage::emptyText() const { return empty_->text(); }
QString ProgressPage::summaryText() const { return summary_->text(); }
QString ProgressPage::chartTopic() const { return topic_->currentData().toString(); }

void ProgressPage::setChartTopic(const QString& topic) {
    const int i = topic_->findData(topic);
    if (i >= 0) topic_->setCurrentIndex(i);
}

QStringList ProgressPage::chartDays() const { return accuracyX_->categories(); }

QList<double> ProgressPage::accuracyValues() const {
    QList<double> out;
    if (!accuracy_->barSets().isEmpty())
        for (int i = 0; i < accuracy_->barSets()[0]->count(); ++i) out << accuracy_->barSets()[0]->at(i);
    return out;
}

QList<double> ProgressPage::meanSecondsValues() const {
    QList<double> out;
    if (!time_->barSets().isEmpty())
        for (int i = 0; i < time_->barSets()[0]->count(); ++i) out << time_->barSets()[0]->at(i);
    return out;
}

QStringList ProgressPage::dueLines() const {
    QStringList out;
    for (int i = 0; i < due_->count(); ++i) out << due_->item(i)->text();
    return out;
}

void ProgressPage::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) restyle();
}

void ProgressPage::restyle() {
    if (!time_) return;  // a palette change while the constructor runs
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    styleChart(accuracyView_->chart(), this);
    styleChart(timeView_->chart(), this);
    for (QBarSet* set : accuracy_->barSets()) {
        // Accuracy tops out at the axis' 100: its labels go inside the bar, black or white on it.
        const QColor bar = seriesColour(0, dark);
        set->setColor(bar);
        set->setLabelColor(bar.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white));
    }
    for (QBarSet* set : time_->barSets()) {
        set->setColor(seriesColour(1, dark));
        set->setLabelColor(palette().color(QPalette::WindowText));
    }
    accuracy_->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    time_->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
}

}  // namespace stepwise::ui
