#pragma once
// Asks for a seeded random graph: kind (G(n, m), grid, DAG, geometric), size, weights, seed and
// direction, then builds it with core/graph/GraphGenerators.h.
#include <QDialog>
#include <cstdint>

#include "core/graph/Graph.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace stepwise::ui {

enum class RandomGraphKind { Gnm, Grid, Dag, Geometric };

struct RandomGraphRequest {
    RandomGraphKind kind = RandomGraphKind::Gnm;
    std::size_t vertices = 12;  // for a grid: width × height with width = ceil(sqrt(n))
    std::size_t edges = 20;     // G(n, m) and DAG; geometric: each vertex's nearest neighbours
    std::int64_t minWeight = 1;
    std::int64_t maxWeight = 9;
    std::uint64_t seed = 1;
    bool directed = false;
};

/// Builds the graph. Throws InputError when the request cannot be met (too many edges, say).
graph::Graph generateRandomGraph(const RandomGraphRequest& request);
/// "G(12, 20), seed 1" and the like, for the editor's caption.
QString describeRandomGraph(const RandomGraphRequest& request);

class RandomGraphDialog : public QDialog {
    Q_OBJECT
public:
    explicit RandomGraphDialog(QWidget* parent = nullptr);

    RandomGraphRequest request() const;
    void setRequest(const RandomGraphRequest& request);

private:
    void syncKind();

    QComboBox* kind_;
    QSpinBox* vertices_;
    QSpinBox* edges_;
    QLabel* edgesLabel_;
    QSpinBox* minWeight_;
    QSpinBox* maxWeight_;
    QSpinBox* seed_;
    QCheckBox* directed_;
};

}  // namespace stepwise::ui
