#include "ui/rooms/BalancerRoom.h"

#include <QSplitter>
#include <QVBoxLayout>
#include <set>
#include <sstream>

#include "core/balance/BalancerChartCsv.h"
#include "core/balance/BalancerItemRun.h"
#include "ui/charts/BackendCountsChart.h"
#include "ui/export/ChartExport.h"
#include "ui/panels/balance/BalancerConfigPanel.h"
#include "ui/playback/PlaybackController.h"
#include "ui/views/balance/BalancerView.h"
#include "ui/views/balance/HashRingView.h"
#include "ui/views/common/ViewLegend.h"

namespace stepwise::ui {

namespace {

/// "cache-4" → "cache-5": the stem of the last name, numbered one past the highest in use.
QString freshName(const std::vector<BackendRow>& rows) {
    QString stem = rows.empty() ? QString("backend-") : rows.back().name.trimmed();
    while (!stem.isEmpty() && stem.back().isDigit()) stem.chop(1);
    if (stem.isEmpty()) stem = "backend-";
    int highest = 0;
    for (const auto& r : rows) {
        const QString name = r.name.trimmed();
        bool ok = false;
        const int n = name.startsWith(stem) ? name.mid(stem.size()).toInt(&ok) : 0;
        if (ok) highest = std::max(highest, n);
    }
    return stem + QString::number(highest + 1);
}

std::vector<bool> slowRows(const BalancerRunConfig& config) {
    std::vector<bool> out;
    for (const auto& row : config.backends)
        out.push_back(config.slow && config.slow->backend == row.name.trimmed());
    return out;
}

}  // namespace

BalancerRoom::BalancerRoom(QWidget* parent)
    : RoomScaffold(tr("Load balancing"), itemsOf(catalogue::Area::LoadBalancing), parent) {
    setObjectName("balancerRoom");
    config_ = new BalancerConfigPanel(this);
    view_ = new BalancerView(this);
    ring_ = new HashRingView(this);
    counts_ = new BackendCountsChart(this);

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->setChildrenCollapsible(false);
    top->addWidget(view_);
    top->addWidget(ring_);
    top->setSizes({540, 400});
    legend_ = new ViewLegend(3, this);
    legend_->setObjectName("balancerLegend");
    auto* drawing = new QWidget(this);
    auto* drawingLayout = new QVBoxLayout(drawing);
    drawingLayout->setContentsMargins(0, 0, 0, 0);
    drawingLayout->setSpacing(0);
    drawingLayout->addWidget(top, 1);
    drawingLayout->addWidget(legend_);

    auto* middle = new QSplitter(Qt::Vertical, this);
    middle->setChildrenCollapsible(false);
    middle->addWidget(drawing);
    middle->addWidget(counts_);
    middle->setSizes({500, 220});

    Layout layout;
    layout.narration = Narration::UnderEditor;
    layout.columns = {300, 920};
    layout.side = {430, 200, 140};
    buildLayout(config_, middle, {}, layout);
    playback()->setSpeed(8);

    connect(config_, &BalancerConfigPanel::policyChosen, this, &BalancerRoom::setPolicy);
    connect(config_, &BalancerConfigPanel::addRequested, this, &BalancerRoom::addBackend);
    connect(config_, &BalancerConfigPanel::removeRequested, this, &BalancerRoom::removeBackend);
    connect(config_, &BalancerConfigPanel::slowToggled, this, &BalancerRoom::setSlow);
    connect(config_, &BalancerConfigPanel::rowsEdited, this, [this] {
        BalancerRunConfig next = form_;
        next.backends = config_->rows();
        applyChange(next, tr("Editing the backends"));
    });
    connect(config_, &BalancerConfigPanel::requestsChosen, this, [this](int n) {
        BalancerRunConfig next = form_;
        next.requests = n;
        applyConfig(next);
    });
    connect(config_, &BalancerConfigPanel::seedChosen, this, [this](int seed) {
        BalancerRunConfig next = form_;
        next.seed = static_cast<quint64>(seed);
        applyConfig(next);
    });
    selectItem("balancer");
}

BalancerRoom::~BalancerRoom() = default;

StepView* BalancerRoom::stepView() const {
    return view_;
}

QList<ChartExport> BalancerRoom::charts() const {
    if (!balancerRun()) return {};
    return {{QStringLiteral("counts"), tr("Requests served per backend"), counts_, [this] {
                 std::ostringstream out;
                 if (const balance::BalancerItemRun* b = balancerRun()) balance::writeCountsCsv(out, *b);
                 return out.str();
             }}};
}

const balance::BalancerItemRun* BalancerRoom::balancerRun() const {
    return run() ? run()->as<balance::BalancerItemRun>() : nullptr;
}

catalogue::Options BalancerRoom::editorOptions() const {
    BalancerRunConfig c = form_;
    c.backends = config_->rows();
    return c.toOptions();
}

void BalancerRoom::setEditorOptions(const catalogue::CatalogueItem&, const catalogue::Options& options) {
    form_ = BalancerRunConfig::fromOptions(options);
    config_->setConfig(form_, slowRows(form_));
}

bool BalancerRoom::applyConfig(const BalancerRunConfig& config) {
    const BalancerRunConfig previous = form_;
    form_ = config;
    if (apply(config.toOptions())) return true;
    form_ = previous;  // the controls keep what was typed; the run and its config stay
    return false;
}

bool BalancerRoom::applyChange(const BalancerRunConfig& next, const QString& what) {
    const auto* before = balancerRun();
    const std::vector<balance::Backend> backends =
        before ? before->backends() : std::vector<balance::Backend>{};
    if (!applyConfig(next)) return false;
    markMovedKeys(backends, what);
    return true;
}

void BalancerRoom::setPolicy(const QString& policy) {
    BalancerRunConfig next = form_;
    next.policy = policy;
    applyConfig(next);
}

void BalancerRoom::addBackend() {
    BalancerRunConfig next = form_;
    next.backends.push_back({freshName(next.backends), "1"});
    applyChange(next, tr("Adding %1").arg(next.backends.back().name));
}

bool BalancerRoom::removeBackend(int row) {
    BalancerRunConfig next = form_;
    if (row < 0 || row >= static_cast<int>(next.backends.size())) return false;
    if (next.backends.size() == 1) {
        showBanner(tr("%1 is the last backend: a balancer needs at least one, so it stays")
                       .arg(next.backends.front().name),
                   true);
        return false;
    }
    const QString name = next.backends[static_cast<std::size_t>(row)].name.trimmed();
    next.backends.erase(next.backends.begin() + row);
    if (next.slow && next.slow->backend == name) next.slow.reset();
    return applyChange(next, tr("Removing %1").arg(name));
}

void BalancerRoom::setSlow(int row, bool slow) {
    if (row < 0 || row >= static_cast<int>(form_.backends.size())) return;
    BalancerRunConfig next = form_;
    const std::size_t at = playback()->step();
    const QString name = next.backends[static_cast<std::size_t>(row)].name.trimmed();
    // The item takes one slow backend: slowing another moves the slow-down to it.
    if (slow)
        next.slow = SlowChange{at, name};
    else if (next.slow && next.slow->backend == name)
        next.slow.reset();
    if (applyConfig(next))
        showBanner(slow ? tr("%1 serves 8× slower from request %2 on").arg(name).arg(at + 1)
                        : tr("%1 serves at normal speed").arg(name),
                   false);
}

void BalancerRoom::runInstalled(run::Run& r) {
    const auto* b = r.as<balance::BalancerItemRun>();
    if (!b) return;
    config_->setConfig(form_, slowRows(form_));
    QStringList names;
    std::vector<std::string> ids;
    for (const auto& backend : b->backends()) {
        names << QString::fromStdString(backend.name);
        ids.push_back(backend.name);
    }
    slots_ = colours_.assign(ids);
    counts_->setBackends(names);
    counts_->setColourSlots(slots_);
    const bool hashing = b->spec().policy == "consistent-hash";
    std::vector<LegendEntry> entries = balancerLegend();
    if (hashing)
        for (auto& e : hashRingLegend()) entries.push_back(std::move(e));
    legend_->setEntries(std::move(entries));
    ring_->setVisible(hashing);
    const QString policy = QString::fromStdString(b->spec().policy);
    if (policy != policyShown_ || !hashing) ring_->setMoved({}, QString());
    policyShown_ = policy;
    ring_->setRing(b->ring(), b->backends(), b->sampleKeys(), slots_);
    Q_EMIT statusMessage(
        tr("%1 over %2 backends, %3 requests").arg(policy).arg(names.size()).arg(r.stepCount()));
}

void BalancerRoom::markMovedKeys(const std::vector<balance::Backend>& before, const QString& what) {
    const auto* b = balancerRun();
    if (!b || b->spec().policy != "consistent-hash" || before.empty()) return;
    const auto& after = b->backends();
    const auto moved = balance::movedKeys(before, after, b->sampleKeys());
    std::set<std::uint64_t> set(moved.begin(), moved.end());
    // Where the moved keys were and where they went, in backend names.
    std::set<std::string> from, to;
    const balance::HashRing old(before, balance::BalancerItemRun::virtualNodesPerWeight);
    for (auto k : moved) {
        from.insert(before[old.owner(k)].name);
        to.insert(after[b->ring().owner(k)].name);
    }
    auto join = [](const std::set<std::string>& s) {
        QStringList out;
        for (const auto& n : s) out << QString::fromStdString(n);
        return out.join(", ");
    };
    const QString note = moved.empty()
                             ? tr("%1: no sample key moved").arg(what)
                             : tr("%1: %2 of %3 sample keys moved (ringed), from %4 to %5; the rest stay put")
                                   .arg(what)
                                   .arg(moved.size())
                                   .arg(b->sampleKeys().size())
                                   .arg(join(from), join(to));
    ring_->setMoved(std::move(set), note);
    Q_EMIT statusMessage(note);
}

void BalancerRoom::showStep(run::Run& r) {
    const auto* b = r.as<balance::BalancerItemRun>();
    if (!b) return;
    view_->setState(BalancerView::fromRun(*b, slots_));
    counts_->setCounts(b->counts());
    const auto pick = b->lastPick();
    ring_->setLatest(pick ? std::optional<std::uint64_t>(pick->key) : std::nullopt);
}

}  // namespace stepwise::ui
