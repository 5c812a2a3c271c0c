#include "ui/rooms/CacheRoom.h"

#include <QEvent>
#include <QSplitter>
#include <QVBoxLayout>

#include "core/common/InputError.h"
#include "ui/charts/ChartStyle.h"
#include "ui/charts/TimeSeriesChart.h"
#include "ui/charts/MissRatioChart.h"
#include "ui/panels/ExplanationPanel.h"
#include "ui/panels/PanelTitle.h"
#include "ui/playback/PlaybackBar.h"
#include "ui/playback/PlaybackController.h"
#include "ui/panels/cache/CacheConfigPanel.h"
#include "ui/views/cache/CacheSlotsView.h"

namespace stepwise::ui {

namespace {

struct Preset {
    RoomItem item;
    CacheRunConfig config;
};

const QList<Preset>& itemPresets() {
    static const QList<Preset> list = [] {
        QList<Preset> out;
        CacheRunConfig lruLfu;
        out.append({{"cache-compare", CacheRoom::tr("Cache: LRU vs LFU"),
                     CacheRoom::tr("Two policies side by side on one seeded Zipf workload, capacity 8")},
                    lruLfu});
        CacheRunConfig s3;
        s3.policyA = "fifo";
        s3.policyB = "s3-fifo";
        s3.kind = CacheWorkloadKind::Burst;
        s3.workload = defaultWorkloadText(CacheWorkloadKind::Burst);
        out.append({{"cache-s3-fifo", CacheRoom::tr("Cache: FIFO vs S3-FIFO"),
                     CacheRoom::tr(
                         "Hot keys interrupted by cold scans: S3-FIFO's probation queue keeps the hot set")},
                    s3});
        CacheRunConfig ttl;
        ttl.ttl = 12;
        out.append({{"cache-ttl", CacheRoom::tr("Cache: TTL expiry"),
                     CacheRoom::tr(
                         "Every key lives 12 ticks (Redis-style lazy and active expiry): LRU against LFU")},
                    ttl});
        return out;
    }();
    return list;
}

QString describe(const InputError& e) {
    QString where = QString::fromStdString(e.file());
    if (e.line() > 0)
        where += (where.isEmpty() ? QString() : QString(", ")) + CacheRoom::tr("line %1").arg(e.line());
    const QString message = QString::fromStdString(e.message());
    return where.isEmpty() ? message : where + ": " + message;
}

}  // namespace

CacheRoom::CacheRoom(QWidget* parent) : Room(parent) {
    setObjectName("cacheRoom");
    config_ = new CacheConfigPanel(this);
    slotsA_ = new CacheSlotsView(this);
    slotsB_ = new CacheSlotsView(this);
    slotsA_->setObjectName("cacheSlotsA");
    slotsB_->setObjectName("cacheSlotsB");
    hitChart_ = new TimeSeriesChart({tr("Hit ratio so far (%)"), tr("requests"), 100.0, 0, 100, 6}, this);
    hitChart_->setObjectName("hitRatioChart");
    missChart_ = new MissRatioChart(this);
    explanation_ = new ExplanationPanel(this);
    controller_ = new PlaybackController(this);
    playbackBar_ = new PlaybackBar(controller_, this);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    leftLayout->addWidget(config_, 0);
    leftLayout->addWidget(explanation_, 1);

    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->setChildrenCollapsible(false);
    charts->addWidget(hitChart_);
    charts->addWidget(missChart_);
    charts->setSizes({560, 400});

    auto* middle = new QSplitter(Qt::Vertical, this);
    middle->setObjectName("cacheRoomMiddle");
    middle->setChildrenCollapsible(false);
    middle->addWidget(slotsA_);
    middle->addWidget(slotsB_);
    middle->addWidget(charts);
    middle->setStretchFactor(0, 0);
    middle->setStretchFactor(1, 0);
    middle->setStretchFactor(2, 1);
    middle->setSizes({190, 190, 330});

    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(middle, 1);
    centreLayout->addWidget(playbackBar_);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName("cacheRoomSplitter");
    split->setChildrenCollapsible(false);
    split->addWidget(left);
    split->addWidget(centre);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({290, 930});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(split);

    connect(config_, &CacheConfigPanel::applyRequested, this, [this] { applyConfig(config_->config()); });
    connect(controller_, &PlaybackController::stepChanged, this, &CacheRoom::showStep);

    applyConfig(itemPresets().front().config);
}

CacheRoom::~CacheRoom() = default;

QString CacheRoom::areaTitle() const {
    return tr("Caching");
}

QList<RoomItem> CacheRoom::items() const {
    QList<RoomItem> out;
    for (const auto& p : itemPresets()) out.append(p.item);
    return out;
}

void CacheRoom::selectItem(const QString& id) {
    for (const auto& p : itemPresets()) {
        if (p.item.id != id) continue;
        if (id == item_ && model_) return;  // already showing it (as GraphRoom does)
        const QString previous = item_;
        item_ = id;
        config_->setConfig(p.config);
        model_.reset();  // a new item starts at request 0, paused
        controller_->pause();
        applyConfig(p.config);
        if (previous != id) Q_EMIT currentItemChanged(id);
        return;
    }
}

QString CacheRoom::fileFilter() const {
    return tr("Key traces (*.txt *.trace *.keys);;All files (*)");
}

void CacheRoom::openFile(const QString& path) {
    CacheRunConfig c = config_->config();
    c.kind = CacheWorkloadKind::Trace;
    c.workload = "trace:" + path;
    config_->setConfig(c);
    applyConfig(c);
}

bool CacheRoom::applyConfig(const CacheRunConfig& config) {
    std::unique_ptr<CacheComparison> next;
    try {
        next = std::make_unique<CacheComparison>(config);
    } catch (const InputError& e) {
        config_->showError(describe(e));
        return false;
    } catch (const std::exception& e) {
        config_->showError(tr("internal error: %1").arg(e.what()));
        return false;
    }
    const bool wasPlaying = controller_->isPlaying();
    const std::size_t keep = model_ ? controller_->step() : 0;
    model_ = std::move(next);
    config_->clearMessage();

    const bool dark = isDarkPalette(this);
    slotsA_->setAccent(seriesColour(0, dark));
    slotsB_->setAccent(seriesColour(1, dark));
    const QString a = config.policyA.toUpper(), b = config.policyB.toUpper();
    hitChart_->setSeries({model_->hitRatioA(), model_->hitRatioB()}, {a, b}, model_->stepCount());
    missChart_->setCurves(model_->missRatioA(), a, model_->missRatioB(), b,
                          static_cast<std::size_t>(config.capacity));

    controller_->reset(model_->stepCount());  // shows step 0
    if (keep > 0) controller_->seek(keep);
    if (wasPlaying && !controller_->atEnd()) controller_->play();

    const auto& endA = model_->hitRatioA();
    const auto& endB = model_->hitRatioB();
    if (!endA.empty() && !endB.empty())
        Q_EMIT statusMessage(tr("%1 vs %2, capacity %3, %4 requests: %5 % and %6 % hits at the end")
                                 .arg(a, b)
                                 .arg(config.capacity)
                                 .arg(model_->stepCount())
                                 .arg(100.0 * endA.samples().back().value, 0, 'f', 1)
                                 .arg(100.0 * endB.samples().back().value, 0, 'f', 1));
    return true;
}

void CacheRoom::showStep(std::size_t step) {
    if (!model_) return;
    model_->seek(step);
    auto name = [this](cache::Key k) { return model_->keyName(k); };
    SlotRowState a = CacheSlotsView::fromRun(model_->left(), name);
    SlotRowState b = CacheSlotsView::fromRun(model_->right(), name);
    hitChart_->showSamples(model_->samplesUpTo(step));

    const QString where = tr("Request %1 of %2").arg(step).arg(model_->stepCount());
    if (step == 0) {
        explanation_->setExplanation(where,
                                     tr("Both caches are empty. Each step serves one request on both; "
                                        "a hit finds the key, a miss inserts it and may evict another."));
    } else {
        auto side = [](const SlotRowState& s) {
            QString text = s.policy.toUpper() + ": " + (s.lastHit ? tr("hit") : tr("miss"));
            for (const auto& l : s.leaving)
                text += l.expired ? tr(", %1 %2").arg(l.name, l.reason)
                                  : tr(", evicts %1 (%2)").arg(l.name, l.reason);
            return text;
        };
        explanation_->setExplanation(
            where, tr("Key %1 — %2; %3.").arg(model_->keyName(model_->requestKey(step)), side(a), side(b)));
    }
    slotsA_->setState(std::move(a));
    slotsB_->setState(std::move(b));
}

void CacheRoom::changeEvent(QEvent* event) {
    Room::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        const bool dark = isDarkPalette(this);
        slotsA_->setAccent(seriesColour(0, dark));
        slotsB_->setAccent(seriesColour(1, dark));
    }
}

}  // namespace stepwise::ui
