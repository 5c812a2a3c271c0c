#include "ui/rooms/CacheRoom.h"

#include <QEvent>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>
#include <sstream>

#include "core/cache/CacheChartCsv.h"
#include "core/cache/CacheItemRun.h"
#include "ui/charts/ChartStyle.h"
#include "ui/charts/MissRatioChart.h"
#include "ui/charts/TimeSeriesChart.h"
#include "ui/export/ChartExport.h"
#include "ui/panels/PanelTitle.h"
#include "ui/panels/cache/CacheConfigPanel.h"
#include "ui/views/cache/CacheSlotsView.h"
#include "ui/views/cache/CacheStructureView.h"
#include "ui/views/common/ViewLegend.h"
#include "ui/views/common/StackedStepView.h"

namespace stepwise::ui {

CacheRoom::CacheRoom(QWidget* parent)
    : RoomScaffold(tr("Caching"), itemsOf(catalogue::Area::Caching), parent) {
    setObjectName("cacheRoom");
    config_ = new CacheConfigPanel(this);
    slotsA_ = new CacheSlotsView(this);
    slotsB_ = new CacheSlotsView(this);
    slotsA_->setObjectName("cacheSlotsA");
    slotsB_->setObjectName("cacheSlotsB");
    structureA_ = new CacheStructureView(this);
    structureB_ = new CacheStructureView(this);
    structureA_->setObjectName("cacheStructureA");
    structureB_->setObjectName("cacheStructureB");
    // Each side shows its slots or, on the second tab, the same run as the interview structure.
    stackA_ = new QStackedWidget(this);
    stackA_->addWidget(slotsA_);
    stackA_->addWidget(structureA_);
    stackB_ = new QStackedWidget(this);
    stackB_->addWidget(slotsB_);
    stackB_->addWidget(structureB_);
    tabs_ = new QTabBar(this);
    tabs_->setObjectName("cacheViewTabs");
    tabs_->addTab(tr("Slots"));
    tabs_->addTab(tr("Hash map + list / frequency buckets"));
    tabs_->setToolTip(tr("The same run drawn as slots, or as LRU's hash map and doubly linked list and LFU's "
                         "frequency buckets"));
    tabs_->setDrawBase(false);
    tabs_->setExpanding(false);
    legend_ = new ViewLegend(3, this);
    legend_->setObjectName("cacheLegend");
    hitChart_ = new TimeSeriesChart({tr("Hit ratio so far (%)"), tr("requests"), 100.0, 0, 100, 6}, this);
    hitChart_->setObjectName("hitRatioChart");
    missChart_ = new MissRatioChart(this);
    caches_ = std::make_unique<StackedStepView>(QList<StepView*>{slotsA_, slotsB_}, [this](int side) {
        const cache::CacheItemRun* c = cacheRun();
        return c && static_cast<std::size_t>(side) < c->sides();
    });

    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->setChildrenCollapsible(false);
    charts->addWidget(hitChart_);
    charts->addWidget(missChart_);
    charts->setSizes({560, 400});

    auto* middle = new QSplitter(Qt::Vertical, this);
    middle->setObjectName("cacheRoomMiddle");
    middle->setChildrenCollapsible(false);
    auto* caches = new QWidget(this);
    auto* cachesLayout = new QVBoxLayout(caches);
    cachesLayout->setContentsMargins(0, 0, 0, 0);
    cachesLayout->setSpacing(0);
    cachesLayout->addWidget(tabs_);
    cachesLayout->addWidget(stackA_, 1);
    cachesLayout->addWidget(stackB_, 1);
    cachesLayout->addWidget(legend_);
    middle->addWidget(caches);
    middle->addWidget(charts);
    middle->setStretchFactor(0, 0);
    middle->setStretchFactor(1, 1);
    middle->setSizes({530, 180});

    Layout layout;
    layout.narration = Narration::UnderEditor;
    layout.columns = {290, 930};
    layout.side = {340, 270, 150};
    buildLayout(config_, middle, {}, layout);

    connect(config_, &CacheConfigPanel::applyRequested, this, [this] { applyEditor(); });
    connect(tabs_, &QTabBar::currentChanged, this, [this](int index) {
        showStructures(index == 1);
        QSettings().setValue("cache/structuresShown", index == 1);  // the view chosen last time
    });
    showStructures(QSettings().value("cache/structuresShown", false).toBool());
    selectItem("cache");
}

CacheRoom::~CacheRoom() = default;

void CacheRoom::showStructures(bool shown) {
    tabs_->setCurrentIndex(shown ? 1 : 0);
    stackA_->setCurrentIndex(shown ? 1 : 0);
    stackB_->setCurrentIndex(shown ? 1 : 0);
    legend_->setEntries(shown ? cacheStructureLegend() : cacheSlotsLegend());
}

bool CacheRoom::structuresShown() const {
    return stackA_->currentIndex() == 1;
}

StepView* CacheRoom::stepView() const {
    return caches_.get();
}

QList<ChartExport> CacheRoom::charts() const {
    // The CSV writers read the run at the room's current step, as the charts show it.
    auto csv = [this](void (*write)(std::ostream&, const cache::CacheItemRun&)) {
        return [this, write] {
            std::ostringstream out;
            if (const cache::CacheItemRun* c = cacheRun()) write(out, *c);
            return out.str();
        };
    };
    if (!cacheRun()) return {};
    return {{QStringLiteral("hit-ratio"), tr("Hit ratio so far (%)"), hitChart_, csv(&cache::writeHitRatioCsv)},
            {QStringLiteral("miss-ratio"), tr("Miss ratio by cache size (%)"), missChart_, csv(&cache::writeMissRatioCsv)}};
}

const cache::CacheItemRun* CacheRoom::cacheRun() const {
    return run() ? run()->as<cache::CacheItemRun>() : nullptr;
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
    config_->setConfig(config);
    return apply(config.toOptions());
}

catalogue::Options CacheRoom::editorOptions() const {
    return config_->config().toOptions();
}

void CacheRoom::setEditorOptions(const catalogue::CatalogueItem&, const catalogue::Options& options) {
    config_->setConfig(CacheRunConfig::fromOptions(options));
}

void CacheRoom::applyAccents() {
    const bool dark = isDarkPalette(this);
    slotsA_->setAccent(seriesColour(0, dark));
    slotsB_->setAccent(seriesColour(1, dark));
}

void CacheRoom::runInstalled(run::Run& r) {
    const auto* c = r.as<cache::CacheItemRun>();
    if (!c) return;
    applyAccents();
    stackB_->setVisible(c->comparing());
    std::vector<sim::TimeSeries> series;
    QStringList names;
    for (std::size_t side = 0; side < c->sides(); ++side) {
        series.push_back(c->hitRatio(side));
        names << QString::fromStdString(c->policy(side)).toUpper();
    }
    hitChart_->setSeries(series, names, c->requestCount());
    const QString a = names.value(0), b = names.value(1);
    missChart_->setCurves(c->missRatioCurve(0), a,
                          c->comparing() ? c->missRatioCurve(1) : std::vector<cache::MissRatioPoint>{}, b,
                          c->spec().options.capacity);
}

void CacheRoom::reportSoFar(const cache::CacheItemRun& c) {
    // The hit ratios as they stand at this step (issue 8: the final ones showed from step 0).
    const nlohmann::json now = c.resultSoFar();
    auto ratio = [](const nlohmann::json& side) {
        const double requests = side.value("hits", 0.0) + side.value("misses", 0.0);
        return requests > 0 ? 100.0 * side.value("hits", 0.0) / requests : 0.0;
    };
    QStringList names;
    QString ratios;
    for (std::size_t side = 0; side < c.sides(); ++side) {
        names << QString::fromStdString(c.policy(side)).toUpper();
        const nlohmann::json& s = side == 0 ? now : now.value("compare", nlohmann::json::object());
        ratios += (side ? tr(" and ") : QString()) + tr("%1 %").arg(ratio(s), 0, 'f', 1);
    }
    const QString when = c.atEnd() ? tr("at the end") : tr("so far");
    Q_EMIT statusMessage(tr("%1, capacity %2, request %3 of %4: %5 hits %6")
                             .arg(names.join(tr(" vs ")))
                             .arg(c.spec().options.capacity)
                             .arg(c.requestsServed())
                             .arg(c.requestCount())
                             .arg(ratios, when));
}

void CacheRoom::showStep(run::Run& r) {
    const auto* c = r.as<cache::CacheItemRun>();
    if (!c) return;
    hitChart_->showSamples(c->samplesUpTo(c->requestsServed()));
    slotsA_->setState(CacheSlotsView::fromRun(*c, 0));
    structureA_->setState(CacheStructureView::fromRun(*c, 0));
    if (c->comparing()) {
        slotsB_->setState(CacheSlotsView::fromRun(*c, 1));
        structureB_->setState(CacheStructureView::fromRun(*c, 1));
    }
    reportSoFar(*c);
}

void CacheRoom::changeEvent(QEvent* event) {
    RoomScaffold::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) applyAccents();
}

}  // namespace stepwise::ui
