#include "ui/rooms/QueueRoom.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QChart>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "core/queue/QueueFaults.h"
#include "core/queue/QueueItemRun.h"
#include "ui/charts/VirtualTimeChart.h"
#include "ui/export/ChartExport.h"
#include "ui/playback/PlaybackController.h"
#include "ui/rooms/OptionsText.h"
#include "ui/views/queue/QueueView.h"

namespace stepwise::ui {

namespace {

/// Two charts side by side on one tab.
QWidget* pair(QWidget* parent, QWidget* a, QWidget* b) {
    auto* page = new QSplitter(Qt::Horizontal, parent);
    page->setChildrenCollapsible(false);
    page->addWidget(a);
    page->addWidget(b);
    return page;
}

std::vector<sim::TimeSeries> seriesOf(std::initializer_list<const sim::TimeSeries*> list) {
    std::vector<sim::TimeSeries> out;
    for (const auto* s : list) out.push_back(*s);
    return out;
}

}  // namespace

QueueRoom::QueueRoom(QWidget* parent) : RoomScaffold(tr("Job queue"), itemsOf(catalogue::Area::Queue), parent) {
    setObjectName("queueRoom");
    auto* editor = new QWidget(this);
    auto* column = new QVBoxLayout(editor);
    column->setContentsMargins(0, 0, 0, 0);
    auto* help = new QLabel(tr("Options, as stepwise-cli run queue takes them (run queue --help lists them):"), editor);
    help->setWordWrap(true);
    options_ = new QLineEdit(editor);
    options_->setObjectName("queueOptions");
    options_->setAccessibleName(tr("Queue options"));
    run_ = new QPushButton(tr("Run"), editor);
    column->addWidget(help);
    column->addWidget(options_);
    column->addWidget(run_);
    column->addWidget(buildLiveControls(editor));
    column->addStretch();
    view_ = new QueueView(this);

    depth_ = new VirtualTimeChart(tr("Queue depth by state"), tr("jobs"), VirtualTimeChart::Style::Stacked, this);
    depth_->setObjectName("queueDepthChart");
    throughput_ = new VirtualTimeChart(tr("Throughput"), tr("jobs done / s"), VirtualTimeChart::Style::Lines, this);
    throughput_->setObjectName("queueThroughputChart");
    latency_ = new VirtualTimeChart(tr("Latency, enqueue to done"), tr("ms"), VirtualTimeChart::Style::Lines, this);
    latency_->setObjectName("queueLatencyChart");
    retries_ = new VirtualTimeChart(tr("Retries and dead letters"), tr("jobs / s"), VirtualTimeChart::Style::Lines, this);
    retries_->setObjectName("queueRetriesChart");
    workers_ = new VirtualTimeChart(tr("Workers (auto-scaler)"), tr("workers"), VirtualTimeChart::Style::Lines, this);
    workers_->setObjectName("queueWorkersChart");
    jitterChart_ = new VirtualTimeChart(tr("Retries back in the queue: no jitter vs full jitter"), tr("retries / s"),
                                        VirtualTimeChart::Style::Lines, this);
    jitterChart_->setObjectName("queueJitterChart");

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName("queueChartTabs");
    tabs_->setDocumentMode(true);
    tabs_->addTab(pair(tabs_, depth_, throughput_), tr("Depth, throughput"));
    tabs_->addTab(pair(tabs_, latency_, retries_), tr("Latency, retries"));
    tabs_->addTab(pair(tabs_, workers_, jitterChart_), tr("Workers, jitter"));

    auto* middle = new QSplitter(Qt::Vertical, this);
    middle->setObjectName("queueRoomMiddle");
    middle->setChildrenCollapsible(false);
    middle->addWidget(view_);
    middle->addWidget(tabs_);
    middle->setStretchFactor(0, 1);
    middle->setStretchFactor(1, 1);
    // The view above gets the larger part: its workers and backoff rows need the height.
    middle->setSizes({400, 300});

    Layout layout;
    layout.narration = Narration::UnderEditor;
    layout.columns = {300, 1000};
    layout.side = {300, 200};
    buildLayout(editor, middle, {}, layout);
    playback()->setSpeed(8);

    connect(options_, &QLineEdit::returnPressed, this, [this] { applyEditor(); });
    connect(run_, &QPushButton::clicked, this, [this] { applyEditor(); });
    selectItem("queue");
}

QueueRoom::~QueueRoom() = default;

QWidget* QueueRoom::buildLiveControls(QWidget* parent) {
    auto* box = new QGroupBox(tr("Live, from the current step on"), parent);
    box->setObjectName("queueLiveControls");
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->setVerticalSpacing(3);
    rateLabel_ = new QLabel(box);
    auto* lower = new QPushButton(tr("−10 %"), box);
    auto* raise = new QPushButton(tr("+10 %"), box);
    lower->setObjectName("queueRateDown");
    raise->setObjectName("queueRateUp");
    lower->setToolTip(tr("Lower the failure rate by 10 points from now on"));
    raise->setToolTip(tr("Raise the failure rate by 10 points from now on"));
    grid->addWidget(rateLabel_, 0, 0);
    grid->addWidget(lower, 0, 1);
    grid->addWidget(raise, 0, 2);

    worker_ = new QSpinBox(box);
    worker_->setObjectName("queueWorker");
    worker_->setPrefix(tr("worker "));
    worker_->setAccessibleName(tr("Worker to kill"));
    auto* killWorkerButton = new QPushButton(tr("Kill"), box);
    killWorkerButton->setObjectName("queueKillWorker");
    killWorkerButton->setToolTip(tr("Kill the worker now: its unacknowledged jobs come back after their visibility timeout"));
    grid->addWidget(worker_, 1, 0);
    grid->addWidget(killWorkerButton, 1, 1, 1, 2);

    job_ = new QSpinBox(box);
    job_->setObjectName("queueJob");
    job_->setPrefix(tr("job "));
    job_->setAccessibleName(tr("Job to kill or retry"));
    auto* killJobButton = new QPushButton(tr("Kill"), box);
    auto* retryJobButton = new QPushButton(tr("Retry"), box);
    killJobButton->setObjectName("queueKillJob");
    retryJobButton->setObjectName("queueRetryJob");
    killJobButton->setToolTip(tr("Move the job to the dead-letter queue now"));
    retryJobButton->setToolTip(tr("Make a delayed or dead-lettered job ready now"));
    grid->addWidget(job_, 2, 0);
    grid->addWidget(killJobButton, 2, 1);
    grid->addWidget(retryJobButton, 2, 2);

    auto* redriveButton = new QPushButton(tr("Redrive the dead letters"), box);
    redriveButton->setObjectName("queueRedrive");
    grid->addWidget(redriveButton, 3, 0, 1, 3);
    compare_ = new QCheckBox(tr("Compare no jitter with full jitter"), box);
    compare_->setObjectName("queueCompareJitter");
    compare_->setToolTip(tr("Also run this workload and seed with retries without jitter and with full jitter, "
                            "and chart both runs' retries"));
    grid->addWidget(compare_, 4, 0, 1, 3);
    grid->setColumnStretch(0, 1);

    connect(lower, &QPushButton::clicked, this, [this] { changeFailureRate(-0.1); });
    connect(raise, &QPushButton::clicked, this, [this] { changeFailureRate(0.1); });
    connect(killWorkerButton, &QPushButton::clicked, this, [this] { killWorker(worker_->value()); });
    connect(killJobButton, &QPushButton::clicked, this, [this] { killJob(job_->value()); });
    connect(retryJobButton, &QPushButton::clicked, this, [this] { retryJob(job_->value()); });
    connect(redriveButton, &QPushButton::clicked, this, [this] { redrive(); });
    connect(compare_, &QCheckBox::toggled, this, [this](bool on) {
        if (on != comparing_) setCompareJitter(on);
    });
    return box;
}

StepView* QueueRoom::stepView() const { return view_; }

const queue::QueueItemRun* QueueRoom::queueRun() const {
    return run() ? run()->as<queue::QueueItemRun>() : nullptr;
}

catalogue::Options QueueRoom::editorOptions() const {
    return parseOptionsText(options_->text());
}

void QueueRoom::setEditorOptions(const catalogue::CatalogueItem& item, const catalogue::Options& options) {
    options_->setText(optionsText(item, options));
    // From its start: setText leaves the cursor at the end, which showed a cut tail ("es 3 --seed 7 …").
    options_->setCursorPosition(0);
    options_->setToolTip(options_->text());
}

bool QueueRoom::addFault(const QString& kind, const QString& value) {
    const auto* q = queueRun();
    if (!q) return false;
    // The next whole millisecond after the current step: every event so far stays as it was.
    const sim::Time at = (q->sim().now() / sim::millisecond + 1) * sim::millisecond;
    QStringList entries;
    // From the run's configuration, not the typed options: the example's own faults are kept.
    for (const auto& f : q->config().faults.entries()) entries << QString::fromStdString(queue::faultText(f));
    QString entry = QStringLiteral("%1@%2ms").arg(kind).arg(at / sim::millisecond);
    if (!value.isEmpty()) entry += QLatin1Char('=') + value;
    entries << entry;
    catalogue::Options options = currentOptions();
    options.set("faults", entries.join(QLatin1Char(',')).toStdString());
    const bool ok = applyOptions(options, nullptr);
    if (ok) Q_EMIT statusMessage(tr("Added %1: the steps so far are unchanged").arg(entry));
    return ok;
}

bool QueueRoom::changeFailureRate(double delta) {
    const auto* q = queueRun();
    if (!q) return false;
    // In steps of 5 points, within 0..1.
    const double rate = std::clamp(std::round((q->sim().failureRate() + delta) * 20) / 20, 0.0, 1.0);
    return addFault(QStringLiteral("failure-rate"), QString::number(rate, 'g', 3));
}

bool QueueRoom::killWorker(int worker) { return addFault(QStringLiteral("kill-worker"), QString::number(worker)); }
bool QueueRoom::killJob(int job) { return addFault(QStringLiteral("kill-job"), QString::number(job)); }
bool QueueRoom::retryJob(int job) { return addFault(QStringLiteral("retry-job"), QString::number(job)); }
bool QueueRoom::redrive() { return addFault(QStringLiteral("redrive"), {}); }

bool QueueRoom::setCompareJitter(bool on) {
    catalogue::Options options = currentOptions();
    if (on)
        options.set("compare", "jitter");
    else
        options.erase("compare");
    return applyOptions(options, nullptr);
}

QList<ChartExport> QueueRoom::charts() const {
    const queue::QueueItemRun* q = queueRun();
    if (!q) return {};
    // One table of every series (time, depth by state, throughput, p50/p99, retries, dead letters,
    // workers): what each chart draws is a column of it.
    auto csv = [this] { return chartsCsv().toStdString(); };
    QList<ChartExport> out = {{QStringLiteral("depth"), tr("Queue depth by state"), depth_, csv},
                              {QStringLiteral("throughput"), tr("Throughput"), throughput_, csv},
                              {QStringLiteral("latency"), tr("Latency p50 / p99"), latency_, csv},
                              {QStringLiteral("retries"), tr("Retries and dead letters"), retries_, csv},
                              {QStringLiteral("workers"), tr("Workers"), workers_, csv}};
    if (q->jitter()) out.push_back({QStringLiteral("jitter"), tr("Retries without and with jitter"), jitterChart_, csv});
    return out;
}

QString QueueRoom::chartsCsv() const {
    const auto* q = queueRun();
    return q ? QString::fromStdString(q->metricsCsv()) : QString();
}

void QueueRoom::runInstalled(run::Run& r) {
    const auto* q = r.as<queue::QueueItemRun>();
    if (!q) return;
    const queue::QueueMetrics& m = q->metrics();
    const double end = static_cast<double>(std::max<sim::Time>(q->endTime(), m.bucket * static_cast<sim::Time>(m.size()))) /
                       sim::second;
    depth_->setSeries(seriesOf({&m.ready, &m.inFlight, &m.delayed, &m.dead}),
                      {tr("ready"), tr("in flight"), tr("delayed"), tr("dead")}, end);
    throughput_->setSeries(seriesOf({&m.throughput}), {tr("done / s")}, end);
    latency_->setSeries(seriesOf({&m.p50, &m.p99}), {tr("p50"), tr("p99")}, end);
    retries_->setSeries(seriesOf({&m.retries, &m.deadLettered}), {tr("retries / s"), tr("dead-lettered / s")}, end);
    workers_->setSeries(seriesOf({&m.workers}), {tr("workers alive")}, end);
    const bool was = comparing_;
    comparing_ = q->jitter() != nullptr;
    if (const auto* j = q->jitter()) {
        const double jend = static_cast<double>(std::max({j->endNone, j->endFull,
                                                          j->none.bucket * static_cast<sim::Time>(j->none.size()),
                                                          j->full.bucket * static_cast<sim::Time>(j->full.size())})) /
                            sim::second;
        jitterChart_->chart()->setTitle(tr("Retries back in the queue: no jitter vs full jitter"));
        jitterChart_->setSeries(seriesOf({&j->none.retries, &j->full.retries}),
                                {tr("no jitter"), tr("full jitter")}, jend);
        if (!was) tabs_->setCurrentIndex(2);
    } else {
        jitterChart_->chart()->setTitle(tr("Jitter: tick “Compare no jitter with full jitter”"));
        jitterChart_->setSeries({}, {}, end);
    }
    compare_->blockSignals(true);
    compare_->setChecked(comparing_);
    compare_->blockSignals(false);
    Q_EMIT statusMessage(tr("%1 jobs, %2 steps, %3 s of virtual time")
                             .arg(q->config().jobs)
                             .arg(r.stepCount())
                             .arg(static_cast<double>(q->endTime()) / sim::second, 0, 'f', 1));
}

void QueueRoom::updateControls() {
    const auto* q = queueRun();
    if (!q) return;
    rateLabel_->setText(tr("Failure rate %1 %").arg(std::lround(q->sim().failureRate() * 100)));
    worker_->setRange(1, std::max<int>(1, static_cast<int>(q->sim().workers().size())));
    job_->setRange(1, std::max<int>(1, static_cast<int>(q->config().jobs)));
}

void QueueRoom::showStep(run::Run& r) {
    const auto* q = r.as<queue::QueueItemRun>();
    if (!q) return;
    view_->setState(QueueView::fromRun(*q));
    // The charts pull the buckets finished by now, in one batch per frame.
    const std::size_t shown = q->metricsShown();
    for (VirtualTimeChart* c : {depth_, throughput_, latency_, retries_, workers_}) c->showSamples(shown);
    if (q->jitter()) jitterChart_->showSamples(std::vector<std::size_t>{q->jitterShown(false), q->jitterShown(true)});
    updateControls();
}

}  // namespace stepwise::ui
