#pragma once
// What the whole run computes (distances and parents, an order, components, a tree, a cycle), as
// plain text. It is known from the start, so it sits apart from the step-by-step panels.
#include <QWidget>

#include "core/graph/GraphAlgorithm.h"

class QPlainTextEdit;

namespace stepwise::ui {

class ResultPanel : public QWidget {
    Q_OBJECT
public:
    /// Per-vertex listings stop after this many rows.
    static constexpr std::size_t maxRows = 200;

    explicit ResultPanel(QWidget* parent = nullptr);

    void showResult(const graph::Graph& g, const graph::GraphQuery& query, const graph::GraphResult& result,
                    const QString& heading);
    void clear();
    QString text() const;

    /// The summary as text (the panel's content), separate so it can be tested without a widget.
    static QString summarize(const graph::Graph& g, const graph::GraphQuery& query, const graph::GraphResult& result);

private:
    QPlainTextEdit* text_;
};

}  // namespace stepwise::ui
