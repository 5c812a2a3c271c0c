#include "ui/rooms/BalancerRoom.h"

#include <QSplitter>
#include <QVBoxLayout>
#include <set>

#include "core/common/InputError.h"
#include "ui/charts/BackendCountsChart.h"
#include "ui/panels/ExplanationPanel.h"
#include "ui/playback/PlaybackBar.h"
#include "ui/playback/PlaybackController.h"
#include "ui/panels/balance/BalancerConfigPanel.h"
#include "ui/views/balance/BalancerView.h"
#include "ui/views/balance/HashRingView.h"

namespace stepwise::ui {

namespace {

struct Preset {
    RoomItem item;
    BalancerRunConfig config;
};

const QList<Preset>& itemPresets() {
    static const QList<Preset> list = [] {
        QList<Preset> out;
        BalancerRunConfig lb;
        lb.policy = "least-connections";
        lb.backends = {{"web-1", "2"}, {"web-2", "1"}, {"web-3", "1"}};
        out.append({{"balancer", BalancerRoom::tr("Load balancer"),
                     BalancerRoom::tr("Backends with active connections, each request's route and counts; "
                                      "switch policy, add, remove or slow a backend")},
                    lb});
        BalancerRunConfig ring;
        ring.policy = "consistent-hash";
        ring.backends = {{"cache-1", "1"}, {"cache-2", "1"}, {"cache-3", "1"}, {"cache-4", "1"}};
        out.append(
            {{"consistent-hash", BalancerRoom::tr("Consistent hashing ring"),
              BalancerRoom::tr("Virtual nodes on a ring; remove or add a backend and see which keys move")},
             ring});
        return out;
    }();
    return list;
}

QString describe(const InputError& e) {
    QString where = QString::fromStdString(e.file());
    if (e.line() > 0)
        where += (where.isEmpty() ? QString() : QString(", ")) + BalancerRoom::tr("line %1").arg(e.line());
    const QString message = QString::fromStdString(e.message());
    return where.isEmpty() ? message : where + ": " + message;
}

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

}  // namespace

BalancerRoom::BalancerRoom(QWidget* parent) : Room(parent) {
    setObjectName("balancerRoom");
    config_ = new BalancerConfigPanel(this);
    view_ = new BalancerView(this);
    ring_ = new HashRingView(this);
    counts_ = new BackendCountsChart(this);
    explanation_ = new ExplanationPanel(this);
    controller_ = new PlaybackController(this);
    controller_->setSpeed(8);
    playbackBar_ = new PlaybackBar(controller_, this);

    auto* left = new QSplitter(Qt::Vertical, this);
    left->setChildrenCollapsible(false);
    left->addWidget(config_);
    left->addWidget(explanation_);
    left->setSizes({520, 200});

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->setChildrenCollapsible(false);
    top->addWidget(view_);
    top->addWidget(ring_);
    top->setSizes({560, 380});

    auto* middle = new QSplitter(Qt::Vertical, this);
    middle->setChildrenCollapsible(false);
    middle->addWidget(top);
    middle->addWidget(counts_);
    middle->setSizes({460, 260});

    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(middle, 1);
    centreLayout->addWidget(playbackBar_);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName("balancerRoomSplitter");
    split->setChildrenCollapsible(false);
    split->addWidget(left);
    split->addWidget(centre);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({300, 920});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(split);

    connect(controller_, &PlaybackController::stepChanged, this, &BalancerRoom::showStep);
    connect(config_, &BalancerConfigPanel::policyChosen, this, &BalancerRoom::setPolicy);
    connect(config_, &BalancerConfigPanel::addRequested, this, &BalancerRoom::addBackend);
    connect(config_, &BalancerConfigPanel::removeRequested, this, &BalancerRoom::removeBackend);
    connect(config_, &BalancerConfigPanel::slowToggled, this, &BalancerRoom::setSlow);
    connect(config_, &BalancerConfigPanel::rowsEdited, this, [this] {
        if (!run_) return;
        BalancerRunConfig next = run_->config();
        next.backends = config_->rows();
        const auto before = run_->backends();
        if (applyConfig(next)) markMovedKeys(before, tr("Editing the backends"));
    });
    connect(config_, &BalancerConfigPanel::requestsChosen, this, [this](int n) {
        if (!run_) return;
        BalancerRunConfig next = run_->config();
        next.requests = n;
        applyConfig(next);
    });
    connect(config_, &BalancerConfigPanel::seedChosen, this, [this](int seed) {
        if (!run_) return;
        BalancerRunConfig next = run_->config();
        next.seed = static_cast<quint64>(seed);
        applyConfig(next);
    });

    applyConfig(itemPresets().front().config);
}

BalancerRoom::~BalancerRoom() = default;

QString BalancerRoom::areaTitle() const {
    return tr("Load balancing");
}

QList<RoomItem> BalancerRoom::items() const {
    QList<RoomItem> out;
    for (const auto& p : itemPresets()) out.append(p.item);
    return out;
}

void BalancerRoom::selectItem(const QString& id) {
    for (const auto& p : itemPresets()) {
        if (p.item.id != id) continue;
        if (id == item_ && run_) return;  // already showing it (as GraphRoom does)
        item_ = id;
        run_.reset();  // a new item starts at request 0, paused
        controller_->pause();
        applyConfig(p.config);
        Q_EMIT currentItemChanged(id);
        return;
    }
}

std::vector<bool> BalancerRoom::slowNow(const BalancerRunConfig& config) const {
    std::vector<bool> out;
    for (const auto& row : config.backends) {
        bool slow = false;
        for (const auto& c : config.slow)
            if (c.backend == row.name.trimmed()) slow = c.factor > 1;
        out.push_back(slow);
    }
    return out;
}

bool BalancerRoom::applyConfig(const BalancerRunConfig& config) {
    std::unique_ptr<BalancerRun> next;
    try {
        next = std::make_unique<BalancerRun>(config);
    } catch (const InputError& e) {
        config_->showError(describe(e));
        return false;
    } catch (const std::exception& e) {
        config_->showError(tr("internal error: %1").arg(e.what()));
        return false;
    }
    const bool wasPlaying = controller_->isPlaying();
    const std::size_t keep = run_ ? controller_->step() : 0;
    const bool newPolicy = !run_ || run_->config().policy != config.policy;
    run_ = std::move(next);
    config_->clearMessage();
    config_->setConfig(run_->config(), slowNow(run_->config()));

    QStringList names;
    for (const auto& b : run_->backends()) names << QString::fromStdString(b.name);
    counts_->setBackends(names);
    const bool hashing = config.policy == "consistent-hash";
    ring_->setVisible(hashing);
    if (newPolicy || !hashing) ring_->setMoved({}, QString());
    ring_->setRing(run_->ring(), run_->backends(), run_->sampleKeys());

    controller_->reset(run_->stepCount());  // shows step 0
    if (keep > 0) controller_->seek(keep);
    if (wasPlaying && !controller_->atEnd()) controller_->play();
    Q_EMIT statusMessage(
        tr("%1 over %2 backends, %3 requests").arg(config.policy).arg(names.size()).arg(run_->stepCount()));
    return true;
}

void BalancerRoom::setPolicy(const QString& policy) {
    if (!run_) return;
    BalancerRunConfig next = run_->config();
    next.policy = policy;
    applyConfig(next);
}

void BalancerRoom::addBackend() {
    if (!run_) return;
    BalancerRunConfig next = run_->config();
    next.backends.push_back({freshName(next.backends), "1"});
    const auto before = run_->backends();
    if (applyConfig(next)) markMovedKeys(before, tr("Adding %1").arg(next.backends.back().name));
}

bool BalancerRoom::removeBackend(int row) {
    if (!run_) return false;
    BalancerRunConfig next = run_->config();
    if (row < 0 || row >= static_cast<int>(next.backends.size())) return false;
    if (next.backends.size() == 1) {
        config_->showError(tr("%1 is the last backend: a balancer needs at least one, so it stays")
                               .arg(next.backends.front().name));
        return false;
    }
    const QString name = next.backends[static_cast<std::size_t>(row)].name.trimmed();
    next.backends.erase(next.backends.begin() + row);
    std::erase_if(next.slow, [&](const SlowChange& c) { return c.backend == name; });
    const auto before = run_->backends();
    if (!applyConfig(next)) return false;
    markMovedKeys(before, tr("Removing %1").arg(name));
    return true;
}

void BalancerRoom::setSlow(int row, bool slow) {
    if (!run_ || row < 0 || row >= static_cast<int>(run_->config().backends.size())) return;
    BalancerRunConfig next = run_->config();
    const std::size_t at = controller_->step();
    // The future is rewritten: changes scheduled after this step are dropped.
    std::erase_if(next.slow, [&](const SlowChange& c) { return c.at > at; });
    const QString name = next.backends[static_cast<std::size_t>(row)].name.trimmed();
    next.slow.push_back({at, name, slow ? BalancerRun::slowFactor : 1.0});
    if (applyConfig(next))
        config_->showInfo(slow ? tr("%1 serves 8× slower from request %2 on").arg(name).arg(at + 1)
                               : tr("%1 is back to normal speed from request %2 on").arg(name).arg(at + 1));
}

void BalancerRoom::markMovedKeys(const std::vector<balance::Backend>& before, const QString& what) {
    if (!run_ || run_->config().policy != "consistent-hash") return;
    const auto& after = run_->backends();
    const auto moved = balance::movedKeys(before, after, run_->sampleKeys());
    std::set<std::uint64_t> set(moved.begin(), moved.end());
    // Where the moved keys were and where they went, in backend names.
    std::set<std::string> from, to;
    const balance::HashRing old(before, 100);
    for (auto k : moved) {
        from.insert(before[old.owner(k)].name);
        to.insert(after[run_->ring().owner(k)].name);
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
                                   .arg(run_->sampleKeys().size())
                                   .arg(join(from), join(to));
    ring_->setMoved(std::move(set), note);
    Q_EMIT statusMessage(note);
}

void BalancerRoom::showStep(std::size_t step) {
    if (!run_) return;
    run_->seek(step);
    const auto& sim = run_->state();
    view_->setState(BalancerView::fromSim(sim));
    counts_->setCounts(sim.counts());
    ring_->setLatest(step > 0 ? std::optional<std::uint64_t>(sim.lastPick().key) : std::nullopt);
    const QString where = tr("Request %1 of %2").arg(step).arg(run_->stepCount());
    if (step == 0)
        explanation_->setExplanation(
            where, tr("No requests yet. Each step sends one request; the policy picks a backend, "
                      "which keeps it active until it has served it."));
    else {
        QString why = explainPick(sim);
        if (!why.isEmpty()) why[0] = why[0].toUpper();
        explanation_->setExplanation(
            where, tr("Request %1 → %2. %3.")
                       .arg(step)
                       .arg(QString::fromStdString(sim.balancer().backends()[sim.lastPick().backend].name))
                       .arg(why));
    }
}

}  // namespace stepwise::ui
