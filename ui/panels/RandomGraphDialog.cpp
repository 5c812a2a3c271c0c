#include "ui/panels/RandomGraphDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

#include "core/graph/GraphGenerators.h"

namespace stepwise::ui {

graph::Graph generateRandomGraph(const RandomGraphRequest& r) {
    switch (r.kind) {
    case RandomGraphKind::Gnm: {
        graph::RandomGraphOptions o;
        o.vertices = r.vertices;
        o.edges = r.edges;
        o.directed = r.directed;
        o.minWeight = r.minWeight;
        o.maxWeight = r.maxWeight;
        return graph::randomGnm(o, r.seed);
    }
    case RandomGraphKind::Grid: {
        graph::GridOptions o;
        o.width = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(r.vertices)))));
        o.height = std::max<std::size_t>(1, (r.vertices + o.width - 1) / o.width);
        o.directed = r.directed;
        o.minWeight = r.minWeight;
        o.maxWeight = r.maxWeight;
        return graph::gridGraph(o, r.seed);
    }
    case RandomGraphKind::Dag: {
        graph::DagOptions o;
        o.vertices = r.vertices;
        o.edges = r.edges;
        o.minWeight = r.minWeight;
        o.maxWeight = r.maxWeight;
        return graph::randomDag(o, r.seed);
    }
    case RandomGraphKind::Geometric: {
        graph::GeometricOptions o;
        o.vertices = r.vertices;
        o.nearest = r.edges;
        o.directed = r.directed;
        return graph::randomGeometric(o, r.seed);
    }
    }
    return {};
}

QString describeRandomGraph(const RandomGraphRequest& r) {
    QString what;
    switch (r.kind) {
    case RandomGraphKind::Gnm: what = QString("G(%1, %2)").arg(r.vertices).arg(r.edges); break;
    case RandomGraphKind::Grid: what = RandomGraphDialog::tr("grid of %1").arg(r.vertices); break;
    case RandomGraphKind::Dag: what = RandomGraphDialog::tr("DAG(%1, %2)").arg(r.vertices).arg(r.edges); break;
    case RandomGraphKind::Geometric:
        what = RandomGraphDialog::tr("geometric, %1 vertices, %2 nearest").arg(r.vertices).arg(r.edges);
        break;
    }
    return RandomGraphDialog::tr("random %1, seed %2").arg(what).arg(r.seed);
}

RandomGraphDialog::RandomGraphDialog(QWidget* parent) : QDialog(parent) {
    setObjectName("randomGraphDialog");
    setWindowTitle(tr("Random graph"));
    kind_ = new QComboBox(this);
    kind_->setObjectName("randomKind");
    kind_->addItem(tr("G(n, m): m random edges"), static_cast<int>(RandomGraphKind::Gnm));
    kind_->addItem(tr("Grid (4 neighbours)"), static_cast<int>(RandomGraphKind::Grid));
    kind_->addItem(tr("DAG (acyclic, directed)"), static_cast<int>(RandomGraphKind::Dag));
    kind_->addItem(tr("Geometric (nearest neighbours)"), static_cast<int>(RandomGraphKind::Geometric));
    vertices_ = new QSpinBox(this);
    vertices_->setObjectName("randomVertices");
    vertices_->setRange(1, 250000);
    edges_ = new QSpinBox(this);
    edges_->setObjectName("randomEdges");
    edges_->setRange(0, 2000000);
    edgesLabel_ = new QLabel(tr("Edges (m)"), this);
    minWeight_ = new QSpinBox(this);
    minWeight_->setRange(-1000, 1000000);
    maxWeight_ = new QSpinBox(this);
    maxWeight_->setRange(-1000, 1000000);
    seed_ = new QSpinBox(this);
    seed_->setObjectName("randomSeed");
    seed_->setRange(0, std::numeric_limits<int>::max());
    directed_ = new QCheckBox(tr("Directed"), this);
    directed_->setObjectName("randomDirected");

    auto* weights = new QWidget(this);
    auto* weightRow = new QHBoxLayout(weights);
    weightRow->setContentsMargins(0, 0, 0, 0);
    weightRow->addWidget(minWeight_);
    weightRow->addWidget(new QLabel(tr("to"), weights));
    weightRow->addWidget(maxWeight_);

    auto* form = new QFormLayout;
    form->addRow(tr("Kind"), kind_);
    form->addRow(tr("Vertices (n)"), vertices_);
    form->addRow(edgesLabel_, edges_);
    form->addRow(tr("Weights"), weights);
    form->addRow(tr("Seed"), seed_);
    form->addRow(QString(), directed_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Generate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(kind_, &QComboBox::currentIndexChanged, this, &RandomGraphDialog::syncKind);
    setRequest({});
}

RandomGraphRequest RandomGraphDialog::request() const {
    RandomGraphRequest r;
    r.kind = static_cast<RandomGraphKind>(kind_->currentData().toInt());
    r.vertices = static_cast<std::size_t>(vertices_->value());
    r.edges = static_cast<std::size_t>(edges_->value());
    r.minWeight = minWeight_->value();
    r.maxWeight = maxWeight_->value();
    r.seed = static_cast<std::uint64_t>(seed_->value());
    r.directed = directed_->isChecked();
    return r;
}

void RandomGraphDialog::setRequest(const RandomGraphRequest& r) {
    kind_->setCurrentIndex(kind_->findData(static_cast<int>(r.kind)));
    vertices_->setValue(static_cast<int>(r.vertices));
    edges_->setValue(static_cast<int>(r.edges));
    minWeight_->setValue(static_cast<int>(r.minWeight));
    maxWeight_->setValue(static_cast<int>(r.maxWeight));
    seed_->setValue(static_cast<int>(r.seed));
    directed_->setChecked(r.directed);
    syncKind();
}

void RandomGraphDialog::syncKind() {
    const auto kind = static_cast<RandomGraphKind>(kind_->currentData().toInt());
    edges_->setEnabled(kind != RandomGraphKind::Grid);
    edgesLabel_->setText(kind == RandomGraphKind::Geometric ? tr("Nearest neighbours") : tr("Edges (m)"));
    directed_->setEnabled(kind != RandomGraphKind::Dag);
    minWeight_->setEnabled(kind != RandomGraphKind::Geometric);
    maxWeight_->setEnabled(kind != RandomGraphKind::Geometric);
}

}  // namespace stepwise::ui
