#include "ui/practice/ProgressPage.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QStackedWidget>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <map>

#include "core/catalogue/Catalogue.h"
#include "core/practice/History.h"
#include "ui/charts/ChartStyle.h"
#include "ui/practice/PracticeCalendar.h"

namespace stepwise::ui {

namespace {

// The charts span the last four weeks practised, with at most this many date labels (more would
// not fit under a chart at 1366×768).
constexpr std::int64_t spanDays = 28;
constexpr std::int64_t maxLabels = 7;
// Lines ticked by default: the topics answered most; more lines than this are hard to tell apart.
constexpr int defaultLines = 4;
constexpr int topicRole = Qt::UserRole + 1;

/// Round ticks from 0 over `top`: a step of 1, 2 or 5 times a power of ten, at most five of them.
struct Ticks {
    double top;
    int count;
};
Ticks roundTicks(double top) {
    const double need = std::max(1.0, top * 1.05);  // room over the highest point
    for (double power = 1;; power *= 10)
        for (double m : {1.0, 2.0, 5.0}) {
            const double n = std::ceil(need / (m * power));
            if (n <= 5) return {n * m * power, static_cast<int>(n) + 1};
        }
}

QChartView* makeChart(const QString& title, const QString& name, QCategoryAxis** x, QValueAxis** y,
                      QWidget* parent) {
    auto* chart = new QChart;
    chart->setTitle(title);
    *x = new QCategoryAxis(chart);
    (*x)->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);  // a date under its day's points
    *y = new QValueAxis(chart);
    (*y)->setLabelFormat("%d");
    (*y)->setTickCount(6);
    chart->addAxis(*x, Qt::AlignBottom);
    chart->addAxis(*y, Qt::AlignLeft);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    auto* view = new QChartView(chart, parent);
    view->setAccessibleName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(200);
    return view;
}

QString seconds(double ms) { return QString::number(ms / 1000.0, 'f', 1); }

QString topicTitle(const std::string& topic) {
    if (topic.empty()) return ProgressPage::tr("All topics");
    const auto* item = catalogue::findItem(topic);
    return QString::fromStdString(item ? item->title : topic);
}

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
    topics_ = new QListWidget(body);
    topics_->setObjectName("progressTopics");
    topics_->setAccessibleName(tr("Topics on the charts"));
    topics_->setMaximumWidth(200);
    topics_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    topics_->setTextElideMode(Qt::ElideRight);  // the full title is the tooltip
    auto* topicsLabel = new QLabel(tr("&Topics on the charts"), body);
    topicsLabel->setBuddy(topics_);
    topicsLabel->setFont(bold);
    accuracyView_ = makeChart(tr("Accuracy per day (%)"), tr("Accuracy per topic per day"), &accuracyX_,
                              &accuracyY_, body);
    timeView_ = makeChart(tr("Median answer time per day (s)"), tr("Median answer time per topic per day"),
                          &timeX_, &timeY_, body);
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
    practiseDue_ = new QPushButton(tr("&Practise these"), body);
    practiseDue_->setObjectName("progressPractiseDue");

    auto* grid = new QGridLayout(body);
    grid->addWidget(summary_, 0, 0, 1, 2);
    auto* topicColumn = new QVBoxLayout;
    topicColumn->addWidget(topicsLabel);
    topicColumn->addWidget(topics_, 1);
    grid->addLayout(topicColumn, 1, 0, 2, 1);
    grid->addWidget(accuracyView_, 1, 1);
    grid->addWidget(timeView_, 2, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(calendarTitle);
    right->addWidget(calendar_);
    right->addSpacing(8);
    right->addWidget(dueTitle);
    right->addWidget(due_, 1);
    right->addWidget(dueNote_);
    right->addWidget(practiseDue_, 0, Qt::AlignRight);
    grid->addLayout(right, 0, 2, 3, 1);
    grid->setColumnStretch(1, 1);
    pages_->addWidget(body);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pages_);
    connect(topics_, &QListWidget::itemChanged, this, [this] { showCharts(); });
    connect(practiseDue_, &QPushButton::clicked, this, [this] {
        QStringList types;
        for (const auto& d : stats_.due) types << QString::fromStdString(d.type);
        if (!types.isEmpty()) Q_EMIT practiseDueRequested(types);
    });
    if (parent) setWindowFlag(Qt::Window);  // its own window over the main one
    restyle();
}

void ProgressPage::reload() {
    readHistory_ = true;
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
    practiseDue_->setEnabled(!stats_.due.empty());
    if (stats_.empty()) {
        practiseDue_->setToolTip(tr("Nothing is due: nothing has been practised yet."));
        return;
    }

    const double pct = 100.0 * stats_.right / stats_.questions;
    summary_->setText((stats_.questions == 1 ? tr("1 question") : tr("%1 questions").arg(stats_.questions)) + ", " +
                      tr("%1% right, %2 s mean")
                          .arg(QString::number(pct, 'f', 0), seconds(double(stats_.totalMs) / stats_.questions)));
    {
        // Keep what was ticked; on the first showing tick the topics answered most.
        QStringList keep = chartTopics();
        if (topics_->count() == 0) {
            std::vector<std::pair<int, std::string>> answered;
            for (const auto& t : stats_.topics) {
                int n = 0;
                for (const auto& row : stats_.series(t)) n += row.questions;
                answered.push_back({-n, t});
            }
            std::stable_sort(answered.begin(), answered.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
            for (std::size_t i = 0; i < answered.size() && i < std::size_t(defaultLines); ++i)
                keep << QString::fromStdString(answered[i].second);
        }
        const QSignalBlocker block(topics_);
        topics_->clear();
        std::vector<std::string> rows{std::string()};
        rows.insert(rows.end(), stats_.topics.begin(), stats_.topics.end());
        for (const auto& t : rows) {
            auto* item = new QListWidgetItem(topicTitle(t), topics_);
            item->setData(topicRole, QString::fromStdString(t));
            item->setToolTip(t.empty() ? item->text() : item->text() + " (" + QString::fromStdString(t) + ")");
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(keep.contains(QString::fromStdString(t)) ? Qt::Checked : Qt::Unchecked);
        }
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
    practiseDue_->setText(stats_.due.size() == 1 ? tr("&Practise this one")
                                                 : tr("&Practise these %1").arg(stats_.due.size()));
    practiseDue_->setToolTip(stats_.due.empty() ? tr("Nothing is due today: the scheduler has nothing to review.")
                                                : tr("A session of one question of each due type"));
}

void ProgressPage::showCharts() {
    for (QChartView* view : {accuracyView_, timeView_}) view->chart()->removeAllSeries();
    accuracy_.clear();
    time_.clear();
    for (QCategoryAxis* x : {accuracyX_, timeX_})
        for (const QString& label : x->categoriesLabels()) x->remove(label);

    const std::int64_t last = stats_.lastDay;
    const std::int64_t first = std::max(stats_.firstDay, last - spanDays + 1);
    // Dates every `step` days, ending on the last day practised.
    const std::int64_t step = (last - first + maxLabels) / maxLabels;
    QList<std::int64_t> labelled;
    for (std::int64_t d = last; d >= first; d -= step) labelled.prepend(d);
    for (QCategoryAxis* x : {accuracyX_, timeX_}) {
        x->setStartValue(double(first) - 0.5);
        for (std::int64_t d : labelled) x->append(QString::fromStdString(practice::isoDay(d).substr(5)), double(d));
        x->setRange(double(first) - 0.5, double(last) + 0.5);
    }

    double top = 0;
    int colour = 0;  // the lines drawn take the palette's colours in turn
    for (int row = 0; row < topics_->count(); ++row) {
        const QListWidgetItem* item = topics_->item(row);
        if (item->checkState() != Qt::Checked) continue;
        const std::string topic = item->data(topicRole).toString().toStdString();
        auto* acc = new QLineSeries;
        auto* ms = new QLineSeries;
        for (QLineSeries* s : {acc, ms}) {
            // The legend names the item by its id (as the due list and the CLI do): titles do not fit.
            s->setName(topic.empty() ? item->text() : QString::fromStdString(topic));
            s->setProperty("topic", QString::fromStdString(topic));
            s->setProperty("colour", colour);
            s->setPointsVisible(true);
        }
        for (const auto& d : stats_.series(topic)) {
            if (d.day < first) continue;
            acc->append(double(d.day), std::round(100.0 * d.accuracy()));
            ms->append(double(d.day), std::round(d.medianMs / 100.0) / 10.0);
            top = std::max(top, d.medianMs / 1000.0);
        }
        accuracyView_->chart()->addSeries(acc);
        timeView_->chart()->addSeries(ms);
        acc->attachAxis(accuracyX_);
        acc->attachAxis(accuracyY_);
        ms->attachAxis(timeX_);
        ms->attachAxis(timeY_);
        accuracy_ << acc;
        time_ << ms;
        ++colour;
    }
    accuracyY_->setRange(0, 100);  // 0, 20, ..., 100
    const Ticks ticks = roundTicks(top);
    timeY_->setRange(0, ticks.top);
    timeY_->setTickCount(ticks.count);
    restyle();
}

bool ProgressPage::showsEmptyState() const { return pages_->currentIndex() == 0; }
QString ProgressPage::emptyText() const { return empty_->text(); }
QString ProgressPage::summaryText() const { return summary_->text(); }

QStringList ProgressPage::chartTopics() const {
    QStringList out;
    for (int i = 0; i < topics_->count(); ++i)
        if (topics_->item(i)->checkState() == Qt::Checked) out << topics_->item(i)->data(topicRole).toString();
    return out;
}

void ProgressPage::setChartTopics(const QStringList& topics) {
    {
        const QSignalBlocker block(topics_);
        for (int i = 0; i < topics_->count(); ++i)
            topics_->item(i)->setCheckState(topics.contains(topics_->item(i)->data(topicRole).toString())
                                                ? Qt::Checked
                                                : Qt::Unchecked);
    }
    showCharts();
}

QStringList ProgressPage::chartDays() const { return accuracyX_->categoriesLabels(); }

QLineSeries* ProgressPage::seriesOf(const QList<QLineSeries*>& lines, const QString& topic) const {
    for (QLineSeries* s : lines)
        if (s->property("topic").toString() == topic) return s;
    return nullptr;
}

QList<QPointF> ProgressPage::accuracyPoints(const QString& topic) const {
    const QLineSeries* s = seriesOf(accuracy_, topic);
    return s ? s->points() : QList<QPointF>{};
}

QList<QPointF> ProgressPage::medianSecondsPoints(const QString& topic) const {
    const QLineSeries* s = seriesOf(time_, topic);
    return s ? s->points() : QList<QPointF>{};
}

QStringList ProgressPage::legendNames() const {
    QStringList out;
    for (const QLineSeries* s : accuracy_) out << s->name();
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
    // Back to it after a session (in the GUI or the terminal): what is due has changed.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && readHistory_) reload();
}

void ProgressPage::restyle() {
    if (!timeView_) return;  // a palette change while the constructor runs
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    styleChart(accuracyView_->chart(), this);
    styleChart(timeView_->chart(), this);
    for (const auto* lines : {&accuracy_, &time_})
        for (QLineSeries* s : *lines) {
            // The same colour for a topic in both charts and in the topic list's swatch order.
            QPen pen(seriesColour(s->property("colour").toInt(), dark));
            pen.setWidthF(2.5);
            s->setPen(pen);
        }
    const QSignalBlocker block(topics_);  // an icon is not a tick: no itemChanged, no redraw
    for (int i = 0, line = 0; i < topics_->count(); ++i) {  // a swatch of a drawn topic's line colour
        QListWidgetItem* item = topics_->item(i);
        if (item->checkState() != Qt::Checked) {
            item->setIcon(QIcon());
            continue;
        }
        QPixmap swatch(12, 12);
        swatch.fill(seriesColour(line++, dark));
        item->setIcon(QIcon(swatch));
    }
}

}  // namespace stepwise::ui
