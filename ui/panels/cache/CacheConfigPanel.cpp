#include "ui/panels/cache/CacheConfigPanel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/cache/CachePolicies.h"
#include "ui/panels/PanelTitle.h"

namespace stepwise::ui {

namespace {

QString kindHelpText(CacheWorkloadKind kind) {
    switch (kind) {
        case CacheWorkloadKind::Zipf:
            return CacheConfigPanel::tr("zipf:S:N — N keys, key k drawn with weight 1/k^S (a few hot keys)");
        case CacheWorkloadKind::Uniform:
            return CacheConfigPanel::tr("uniform:N — N keys, each equally likely");
        case CacheWorkloadKind::Scan:
            return CacheConfigPanel::tr("scan:N — 0, 1, …, N−1 again and again (LRU's worst case)");
        case CacheWorkloadKind::Burst:
            return CacheConfigPanel::tr(
                "burst:N:HOT:LEN — phases of LEN requests: hot keys, then a cold scan");
        case CacheWorkloadKind::Trace:
            return CacheConfigPanel::tr("trace:PATH — a file with one key (a number) per line; # comments");
        case CacheWorkloadKind::Typed:
            return CacheConfigPanel::tr("keys separated by commas, one access each: a,b,c,a");
    }
    return {};
}

}  // namespace

CacheConfigPanel::CacheConfigPanel(QWidget* parent) : QWidget(parent) {
    setObjectName("cacheConfigPanel");
    policyA_ = new QComboBox(this);
    policyB_ = new QComboBox(this);
    policyA_->setObjectName("policyACombo");
    policyB_->setObjectName("policyBCombo");
    policyA_->setAccessibleName(tr("First policy"));
    policyB_->setAccessibleName(tr("Second policy"));
    for (auto* combo : {policyA_, policyB_}) {
        for (const auto& name : cache::policyNames()) {
            combo->addItem(QString::fromStdString(name), QString::fromStdString(name));
            combo->setItemData(combo->count() - 1, QString::fromStdString(cache::policySummary(name)),
                               Qt::ToolTipRole);
        }
    }

    capacity_ = new QSpinBox(this);
    capacity_->setObjectName("capacitySpin");
    capacity_->setAccessibleName(tr("Capacity"));
    capacity_->setRange(1, maxCapacity);
    capacity_->setSuffix(tr(" slots"));
    ttl_ = new QSpinBox(this);
    ttl_->setObjectName("ttlSpin");
    ttl_->setAccessibleName(tr("Time to live"));
    ttl_->setRange(0, 1000000);
    ttl_->setSpecialValueText(tr("none"));
    ttl_->setSuffix(tr(" ticks"));
    ttl_->setToolTip(
        tr("Every key expires this many ticks (requests) after it is written; Redis-style lazy and active "
           "expiry"));

    kind_ = new QComboBox(this);
    kind_->setObjectName("workloadCombo");
    kind_->setAccessibleName(tr("Workload"));
    kind_->addItem(tr("Zipf (hot keys)"), static_cast<int>(CacheWorkloadKind::Zipf));
    kind_->addItem(tr("Uniform"), static_cast<int>(CacheWorkloadKind::Uniform));
    kind_->addItem(tr("Scan"), static_cast<int>(CacheWorkloadKind::Scan));
    kind_->addItem(tr("Bursts"), static_cast<int>(CacheWorkloadKind::Burst));
    kind_->addItem(tr("Trace file"), static_cast<int>(CacheWorkloadKind::Trace));
    kind_->addItem(tr("Typed sequence"), static_cast<int>(CacheWorkloadKind::Typed));
    workload_ = new QLineEdit(this);
    workload_->setObjectName("workloadEdit");
    workload_->setAccessibleName(tr("Workload or access sequence"));
    workload_->setClearButtonEnabled(true);
    browse_ = new QPushButton(tr("…"), this);
    browse_->setToolTip(tr("Choose a trace file"));
    browse_->setFixedWidth(32);
    kindHelp_ = new QLabel(this);
    kindHelp_->setWordWrap(true);
    kindHelp_->setForegroundRole(QPalette::PlaceholderText);
    QFont small = kindHelp_->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    kindHelp_->setFont(small);
    kindHelp_->setObjectName("workloadHelp");
    // Two lines at least: in the room's splitter a wrapped label's one-line minimum got its second
    // line cut off on a 1366×768 screen.
    kindHelp_->setMinimumHeight(QFontMetrics(small).lineSpacing() * 2 + 2);

    requests_ = new QSpinBox(this);
    requests_->setObjectName("requestsSpin");
    requests_->setAccessibleName(tr("Requests"));
    requests_->setRange(1, maxRequests);
    requests_->setSingleStep(100);
    seed_ = new QSpinBox(this);
    seed_->setObjectName("seedSpin");
    seed_->setAccessibleName(tr("Seed"));
    seed_->setRange(0, 999999);
    seed_->setToolTip(tr("The same seed gives the same requests and the same run"));

    run_ = new QPushButton(tr("Run"), this);
    run_->setObjectName("cacheRunButton");
    run_->setDefault(true);

    auto* workloadRow = new QHBoxLayout;
    workloadRow->setSpacing(4);
    workloadRow->addWidget(workload_, 1);
    workloadRow->addWidget(browse_);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Policy A"), policyA_);
    form->addRow(tr("Policy B"), policyB_);
    form->addRow(tr("Capacity"), capacity_);
    form->addRow(tr("TTL"), ttl_);
    form->addRow(tr("Workload"), kind_);
    form->addRow(QString(), workloadRow);
    form->addRow(QString(), kindHelp_);
    form->addRow(tr("Requests"), requests_);
    form->addRow(tr("Seed"), seed_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->addWidget(makePanelTitle(tr("Two caches, one request stream"), this));
    auto* intro = new QLabel(tr("Both caches serve the same seeded requests in lockstep. Change anything "
                                "while it plays: the run restarts with it and keeps its place."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(run_);
    layout->addStretch(1);

    setConfig(CacheRunConfig{});

    auto apply = [this] {
        if (!filling_) Q_EMIT applyRequested();
    };
    connect(policyA_, &QComboBox::currentIndexChanged, this, apply);
    connect(policyB_, &QComboBox::currentIndexChanged, this, apply);
    connect(capacity_, &QSpinBox::valueChanged, this, apply);
    connect(ttl_, &QSpinBox::valueChanged, this, apply);
    connect(requests_, &QSpinBox::valueChanged, this, apply);
    connect(seed_, &QSpinBox::valueChanged, this, apply);
    connect(kind_, &QComboBox::currentIndexChanged, this, &CacheConfigPanel::onKindChanged);
    connect(workload_, &QLineEdit::returnPressed, this, apply);
    connect(run_, &QPushButton::clicked, this, apply);
    connect(browse_, &QPushButton::clicked, this, &CacheConfigPanel::chooseTraceFile);
}

CacheRunConfig CacheConfigPanel::config() const {
    CacheRunConfig c;
    c.policyA = policyA_->currentData().toString();
    c.policyB = policyB_->currentData().toString();
    c.capacity = capacity_->value();
    c.ttl = ttl_->value();
    c.kind = static_cast<CacheWorkloadKind>(kind_->currentData().toInt());
    c.workload = workload_->text();
    c.requests = requests_->value();
    c.seed = static_cast<quint64>(seed_->value());
    return c;
}

void CacheConfigPanel::setConfig(const CacheRunConfig& c) {
    filling_ = true;
    // An unknown name (from a caller, not the combo) stays visible as typed so the error makes sense.
    for (auto [combo, name] : {std::pair{policyA_, c.policyA}, std::pair{policyB_, c.policyB}}) {
        int i = combo->findData(name);
        if (i < 0) {
            combo->addItem(name, name);
            i = combo->count() - 1;
        }
        combo->setCurrentIndex(i);
    }
    capacity_->setValue(c.capacity);
    ttl_->setValue(c.ttl);
    kind_->setCurrentIndex(std::max(0, kind_->findData(static_cast<int>(c.kind))));
    workload_->setText(c.workload);
    requests_->setValue(c.requests);
    seed_->setValue(static_cast<int>(c.seed));
    syncKindHelp();
    filling_ = false;
}

void CacheConfigPanel::onKindChanged() {
    if (filling_) return;
    workload_->setText(defaultWorkloadText(static_cast<CacheWorkloadKind>(kind_->currentData().toInt())));
    syncKindHelp();
    if (static_cast<CacheWorkloadKind>(kind_->currentData().toInt()) == CacheWorkloadKind::Trace) {
        chooseTraceFile();
        return;
    }
    Q_EMIT applyRequested();
}

void CacheConfigPanel::syncKindHelp() {
    const auto kind = static_cast<CacheWorkloadKind>(kind_->currentData().toInt());
    kindHelp_->setText(kindHelpText(kind));
    browse_->setVisible(kind == CacheWorkloadKind::Trace);
    requests_->setEnabled(kind != CacheWorkloadKind::Typed);
    requests_->setToolTip(kind == CacheWorkloadKind::Typed
                              ? tr("A typed sequence is the whole run: one request per key")
                              : QString());
}

void CacheConfigPanel::chooseTraceFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open key trace"), QString(),
                                                      tr("Key traces (*.txt *.trace *.keys);;All files (*)"));
    if (path.isEmpty()) return;
    filling_ = true;
    kind_->setCurrentIndex(kind_->findData(static_cast<int>(CacheWorkloadKind::Trace)));
    workload_->setText("trace:" + path);
    syncKindHelp();
    filling_ = false;
    Q_EMIT applyRequested();
}

}  // namespace stepwise::ui
