#include "ui/rooms/ResilienceRoom.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSlider>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "core/common/InputError.h"
#include "core/resilience/BreakerItemRun.h"
#include "core/resilience/LiveEdit.h"
#include "core/resilience/PolicyItemRun.h"
#include "ui/playback/PlaybackController.h"
#include "ui/export/ChartExport.h"
#include "ui/rooms/OptionsText.h"
#include "ui/views/common/Motion.h"
#include "ui/views/resilience/BreakerView.h"
#include "ui/views/resilience/PolicyView.h"

namespace stepwise::ui {

namespace {

constexpr int maxLatencyMs = 3000;

/// How long a transition's animation runs: 450 ms for a step by hand; while playing at most 80 % of
/// a step's time, and none below 80 ms (a flicker) or when a tick moves several steps.
int transitionMs(const PlaybackController& c) {
    constexpr int byHand = 450;
    if (!c.isPlaying()) return byHand;
    if (c.isInstant() || c.stepsPerTick() > 1) return 0;
    const int ms = std::min(byHand, c.intervalMs() * 4 / 5);
    return ms < 80 ? 0 : ms;
}

}  // namespace

ResilienceRoom::ResilienceRoom(QWidget* parent)
    : RoomScaffold(tr("Resilience"), itemsOf(catalogue::Area::Resilience), parent) {
    setObjectName("resilienceRoom");
    auto* editor = new QWidget(this);
    auto* column = new QVBoxLayout(editor);
    column->setContentsMargins(0, 0, 0, 0);
    auto* help = new QLabel(tr("Options, as stepwise-cli run takes them (run ITEM --help lists them):"), editor);
    help->setWordWrap(true);
    options_ = new QPlainTextEdit(editor);
    options_->setObjectName("resilienceOptions");
    options_->setAccessibleName(tr("Resilience options"));
    options_->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    options_->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    options_->setTabChangesFocus(true);
    options_->setMinimumHeight(options_->fontMetrics().height() * 3 + 12);
    run_ = new QPushButton(tr("Run"), editor);
    run_->setObjectName("resilienceRun");
    column->addWidget(help);
    column->addWidget(options_, 1);
    column->addWidget(run_, 0, Qt::AlignLeft);

    pages_ = new QStackedWidget(this);
    pages_->setObjectName("resiliencePages");
    // The breaker's page: its controls over its drawing.
    breakerPage_ = new QWidget(pages_);
    auto* page = new QVBoxLayout(breakerPage_);
    page->setContentsMargins(0, 0, 0, 0);
    page->setSpacing(0);
    controls_ = buildControls();
    breakerView_ = new BreakerView(breakerPage_);
    page->addWidget(controls_);
    page->addWidget(breakerView_, 1);
    policyView_ = new PolicyView(pages_);
    pages_->addWidget(breakerPage_);
    pages_->addWidget(policyView_);

    Layout layout;
    layout.narration = Narration::UnderEditor;
    layout.columns = {330, 1000};
    layout.side = {150, 300, 230};
    buildLayout(editor, pages_, {}, layout);
    playback()->setSpeed(8);

    connect(run_, &QPushButton::clicked, this, [this] { applyEditor(); });
    selectItem("breaker");
}

ResilienceRoom::~ResilienceRoom() = default;

QWidget* ResilienceRoom::buildControls() {
    // Two rows over the breaker drawing: the dependency, then the special states.
    auto* box = new QWidget(this);
    box->setObjectName("breakerControls");
    auto* rows = new QVBoxLayout(box);
    rows->setContentsMargins(4, 2, 4, 4);
    rows->setSpacing(4);
    auto* first = new QHBoxLayout;
    auto* second = new QHBoxLayout;
    rows->addLayout(first);
    rows->addLayout(second);
    auto* heading = new QLabel(tr("Dependency:"), box);
    heading->setToolTip(tr("The dependency from this step on: the calls already shown stay as they were"));
    first->addWidget(heading);
    auto slider = [&](const QString& name, int max, int step, QLabel*& value) {
        auto* label = new QLabel(name, box);
        auto* s = new QSlider(Qt::Horizontal, box);
        s->setRange(0, max);
        s->setSingleStep(step);
        s->setPageStep(step * 10);
        // A value applies when the handle is let go (or a key moves it), not on every pixel.
        s->setTracking(false);
        s->setAccessibleName(QString(name).remove(QLatin1Char('&')));
        s->setMinimumWidth(60);
        label->setBuddy(s);
        value = new QLabel(box);
        value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("3000 ms")) + 4);
        value->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        first->addWidget(label);
        first->addWidget(s, 1);
        first->addWidget(value);
        return s;
    };
    error_ = slider(tr("&Error rate"), 100, 1, errorValue_);
    error_->setObjectName("errorSlider");
    latency_ = slider(tr("&Latency"), maxLatencyMs, 10, latencyValue_);
    latency_->setObjectName("latencySlider");
    auto button = [&](const QString& name, const QString& text, const QString& tip) {
        auto* b = new QPushButton(text, box);
        b->setObjectName(name + "Button");
        b->setToolTip(tip);
        buttons_[name] = b;
        return b;
    };
    first->addWidget(button("fail", tr("&Fail outright"), tr("Every call fails from this step on")));
    first->addWidget(button("recover", tr("Re&cover"), tr("No errors, and the starting latency, from this step on")));

    auto* next = new QLabel(tr("State:"), box);
    next->setToolTip(tr("A special state (or a reset) right after this step"));
    second->addWidget(next);
    second->addWidget(button("disabled", tr("&Disabled"), tr("DISABLED: every call permitted, nothing recorded")));
    second->addWidget(button("forced-open", tr("F&orced open"), tr("FORCED_OPEN: every call rejected")));
    second->addWidget(button("metrics-only", tr("&Metrics only"),
                             tr("METRICS_ONLY: every call permitted and recorded; it never trips")));
    second->addWidget(button("reset", tr("&Reset (CLOSED)"), tr("CLOSED with fresh metrics")));
    fixedNote_ = new QLabel(tr("Fixed call list: the sliders need a live dependency (the example, or a “Live dependency” preset)."), box);
    fixedNote_->setWordWrap(true);
    second->addWidget(fixedNote_, 1);
    second->addStretch();

    using resilience::BreakerState;
    using resilience::CallToken;
    connect(error_, &QSlider::valueChanged, this, [this](int v) {
        resilience::DependencyPhase change;
        change.errorPercent = v;
        changeDependency(change);
    });
    connect(latency_, &QSlider::valueChanged, this, [this](int v) {
        resilience::DependencyPhase change;
        change.latency = static_cast<resilience::Time>(v) * resilience::millisecond;
        changeDependency(change);
    });
    connect(buttons_["fail"], &QPushButton::clicked, this, [this] { changeDependency(resilience::outage()); });
    connect(buttons_["recover"], &QPushButton::clicked, this,
            [this] { changeDependency(resilience::recovery(currentOptions())); });
    auto state = [this](const char* name, BreakerState target, CallToken::Kind kind) {
        connect(buttons_[QString::fromLatin1(name)], &QPushButton::clicked, this, [this, target, kind] {
            CallToken t;
            t.kind = kind;
            t.target = target;
            insertToken(t);
        });
    };
    state("disabled", BreakerState::Disabled, CallToken::Kind::Transition);
    state("forced-open", BreakerState::ForcedOpen, CallToken::Kind::Transition);
    state("metrics-only", BreakerState::MetricsOnly, CallToken::Kind::Transition);
    state("reset", BreakerState::Closed, CallToken::Kind::Reset);
    return box;
}

QList<ChartExport> ResilienceRoom::charts() const {
    const auto* b = run() ? run()->as<resilience::BreakerItemRun>() : nullptr;
    if (!b) return {};
    return {{QStringLiteral("rates"), tr("Failure and slow-call rates over time"), breakerView_,
             [this] {
                 const auto* r = run() ? run()->as<resilience::BreakerItemRun>() : nullptr;
                 return r ? r->ratesCsv() : std::string();
             }}};
}

StepView* ResilienceRoom::stepView() const {
    return pages_->currentWidget() == policyView_ ? static_cast<StepView*>(policyView_) : breakerView_;
}

const resilience::BreakerItemRun* ResilienceRoom::breakerRun() const {
    return run() ? run()->as<resilience::BreakerItemRun>() : nullptr;
}

const resilience::PolicyItemRun* ResilienceRoom::policyRun() const {
    return run() ? run()->as<resilience::PolicyItemRun>() : nullptr;
}

QPushButton* ResilienceRoom::button(const QString& name) const {
    const auto it = buttons_.find(name);
    return it == buttons_.end() ? nullptr : it->second;
}

catalogue::Options ResilienceRoom::editorOptions() const {
    return parseOptionsText(options_->toPlainText());
}

void ResilienceRoom::setEditorOptions(const catalogue::CatalogueItem& item, const catalogue::Options& options) {
    options_->setPlainText(optionsText(item, options));
}

void ResilienceRoom::applyMade(const std::function<catalogue::Options()>& make) {
    catalogue::Options next;
    try {
        next = make();
    } catch (const InputError& e) {
        showBanner(describeInputError(e), true);
        syncControls();
        return;
    }
    QString error;
    if (!applyOptions(next, &error)) syncControls();
}

void ResilienceRoom::changeDependency(const resilience::DependencyPhase& change) {
    const auto* b = breakerRun();
    if (!b) return;
    applyMade([&] { return resilience::withDependencyChange(currentOptions(), *b, change); });
}

void ResilienceRoom::insertToken(const resilience::CallToken& token) {
    const auto* b = breakerRun();
    if (!b) return;
    applyMade([&] { return resilience::withStateToken(currentOptions(), *b, token); });
}

void ResilienceRoom::syncControls() {
    const auto* b = breakerRun();
    controls_->setVisible(b != nullptr);
    if (!b) return;
    const catalogue::Options options = currentOptions();
    const bool live = resilience::usesDependency(options);
    for (QWidget* w : {static_cast<QWidget*>(error_), static_cast<QWidget*>(latency_), static_cast<QWidget*>(buttons_["fail"]),
                       static_cast<QWidget*>(buttons_["recover"])})
        w->setEnabled(live);
    fixedNote_->setVisible(!live);
    resilience::DependencyLevels levels;
    try {
        levels = resilience::levelsNow(options, *b);
    } catch (const InputError&) {
        // The options ran, so they parse; nothing to show otherwise.
    }
    const QSignalBlocker blockError(error_), blockLatency(latency_);
    error_->setValue(static_cast<int>(std::lround(levels.errorPercent)));
    const auto ms = static_cast<int>(levels.latency / resilience::millisecond);
    latency_->setValue(std::min(ms, maxLatencyMs));
    errorValue_->setText(live ? tr("%1 %").arg(levels.errorPercent, 0, 'g', 4) : QStringLiteral("–"));
    latencyValue_->setText(live ? tr("%1 ms").arg(ms) : QStringLiteral("–"));
}

void ResilienceRoom::runInstalled(run::Run& r) {
    if (const auto* p = r.as<resilience::PolicyItemRun>()) {
        policyView_->setRun(p);
        pages_->setCurrentWidget(policyView_);
    } else {
        policyView_->setRun(nullptr);
        pages_->setCurrentWidget(breakerPage_);
    }
    if (const auto* b = r.as<resilience::BreakerItemRun>())
        Q_EMIT statusMessage(tr("%1 steps, %2 transitions, %3 s of virtual time")
                                 .arg(r.stepCount())
                                 .arg(b->transitions().size())
                                 .arg(static_cast<double>(b->endTime()) / resilience::second, 0, 'f', 1));
}

void ResilienceRoom::showStep(run::Run& r) {
    if (r.as<resilience::PolicyItemRun>()) {
        policyView_->showStep();
    } else if (const auto* b = r.as<resilience::BreakerItemRun>()) {
        breakerView_->setState(BreakerView::fromRun(*b));
        // A transition reached by stepping or playing forward moves; one jumped to (back, a seek,
        // the scrubber, a new run) is shown at once, and so is every one under reduced motion.
        if (playback()->movedForward() && !reducedMotion()) breakerView_->animateTransition(transitionMs(*playback()));
    }
    syncControls();
}

}  // namespace stepwise::ui
