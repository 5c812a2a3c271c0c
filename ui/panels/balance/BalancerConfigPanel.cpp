#include "ui/panels/balance/BalancerConfigPanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/balance/LoadBalancer.h"
#include "ui/panels/PanelTitle.h"

namespace stepwise::ui {

namespace {

QString policySummary(const QString& name) {
    if (name == "round-robin") return BalancerConfigPanel::tr("each backend in turn, weights ignored");
    if (name == "weighted-round-robin")
        return BalancerConfigPanel::tr("nginx's smooth weighted round robin: 5,1,1 gives a a b a c a a");
    if (name == "least-connections")
        return BalancerConfigPanel::tr(
            "fewest active connections per unit of weight; ties by weighted round robin");
    if (name == "power-of-two")
        return BalancerConfigPanel::tr("two random backends; the one with fewer active requests wins");
    if (name == "consistent-hash")
        return BalancerConfigPanel::tr("virtual nodes on a ring; a key goes to the first node clockwise");
    return {};
}

}  // namespace

BalancerConfigPanel::BalancerConfigPanel(QWidget* parent) : QWidget(parent) {
    setObjectName("balancerConfigPanel");
    policy_ = new QComboBox(this);
    policy_->setObjectName("balancerPolicyCombo");
    policy_->setAccessibleName(tr("Policy"));
    for (const auto& name : balance::balancerNames()) {
        const QString n = QString::fromStdString(name);
        policy_->addItem(n, n);
        policy_->setItemData(policy_->count() - 1, policySummary(n), Qt::ToolTipRole);
    }

    table_ = new QTableWidget(0, 3, this);
    table_->setObjectName("backendTable");
    table_->setAccessibleName(tr("Backends"));
    table_->setHorizontalHeaderLabels({tr("Backend"), tr("Weight"), tr("Slow ×8")});
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setToolTip(
        tr("Double-click a name or weight to edit it; tick 'Slow' to make a backend 8× slower from the "
           "current request on"));
    table_->setMinimumHeight(150);

    add_ = new QPushButton(tr("Add backend"), this);
    add_->setObjectName("addBackendButton");
    remove_ = new QPushButton(tr("Remove"), this);
    remove_->setObjectName("removeBackendButton");
    remove_->setToolTip(tr("Remove the selected backend (on the hash ring you see which keys move)"));

    requests_ = new QSpinBox(this);
    requests_->setObjectName("balancerRequestsSpin");
    requests_->setRange(1, BalancerRunConfig::maxRequests);
    requests_->setSingleStep(100);
    seed_ = new QSpinBox(this);
    seed_->setObjectName("balancerSeedSpin");
    seed_->setRange(0, 999999);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add_);
    buttons->addWidget(remove_);
    buttons->addStretch(1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Policy"), policy_);
    form->addRow(tr("Requests"), requests_);
    form->addRow(tr("Seed"), seed_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    title_ = makePanelTitle(tr("Load balancer"), this);
    title_->setObjectName("balancerPanelTitle");
    layout->addWidget(title_);
    auto* intro = new QLabel(tr("One request arrives per tick; each backend serves in about 4 ticks. "
                                "Switch policy, edit backends or slow one down while it plays."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(makePanelTitle(tr("Backends"), this));
    layout->addWidget(table_, 1);
    layout->addLayout(buttons);

    connect(policy_, &QComboBox::currentIndexChanged, this, [this] {
        if (!filling_) Q_EMIT policyChosen(policy_->currentData().toString());
    });
    connect(requests_, &QSpinBox::valueChanged, this, [this](int v) {
        if (!filling_) Q_EMIT requestsChosen(v);
    });
    connect(seed_, &QSpinBox::valueChanged, this, [this](int v) {
        if (!filling_) Q_EMIT seedChosen(v);
    });
    connect(table_, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (filling_) return;
        if (item->column() == 2)
            Q_EMIT slowToggled(item->row(), item->checkState() == Qt::Checked);
        else
            Q_EMIT rowsEdited();
    });
    connect(add_, &QPushButton::clicked, this, &BalancerConfigPanel::addRequested);
    connect(remove_, &QPushButton::clicked, this, [this] {
        const int row = table_->currentRow();
        Q_EMIT removeRequested(row >= 0 ? row : table_->rowCount() - 1);
    });
}

QString BalancerConfigPanel::title() const {
    return title_->text();
}

void BalancerConfigPanel::setConfig(const BalancerRunConfig& c, const std::vector<bool>& slowNow) {
    filling_ = true;
    // The ring is not a load balancer's queue: the header names what the item teaches (issue 8).
    title_->setText(c.policy == "consistent-hash" ? tr("Consistent hashing") : tr("Load balancer"));
    policy_->setCurrentIndex(std::max(0, policy_->findData(c.policy)));
    requests_->setValue(c.requests);
    seed_->setValue(static_cast<int>(c.seed));
    const int current = table_->currentRow();
    table_->setRowCount(static_cast<int>(c.backends.size()));
    for (int i = 0; i < static_cast<int>(c.backends.size()); ++i) {
        table_->setItem(i, 0, new QTableWidgetItem(c.backends[static_cast<std::size_t>(i)].name));
        table_->setItem(i, 1, new QTableWidgetItem(c.backends[static_cast<std::size_t>(i)].weight));
        auto* slow = new QTableWidgetItem;
        slow->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        const bool isSlow =
            static_cast<std::size_t>(i) < slowNow.size() && slowNow[static_cast<std::size_t>(i)];
        slow->setCheckState(isSlow ? Qt::Checked : Qt::Unchecked);
        slow->setText(isSlow ? tr("slow") : tr("normal"));  // said in words too, not by the box alone
        table_->setItem(i, 2, slow);
    }
    if (current >= 0 && current < table_->rowCount()) table_->setCurrentCell(current, 0);
    filling_ = false;
}

std::vector<BackendRow> BalancerConfigPanel::rows() const {
    std::vector<BackendRow> out;
    for (int i = 0; i < table_->rowCount(); ++i) {
        BackendRow r;
        r.name = table_->item(i, 0) ? table_->item(i, 0)->text() : QString();
        r.weight = table_->item(i, 1) ? table_->item(i, 1)->text() : QString();
        out.push_back(r);
    }
    return out;
}

}  // namespace stepwise::ui
