#pragma once
// The graph view's legend: each look a vertex can have, drawn by the view's own VertexItem with the
// view's colours (so it follows the theme), with what it means in words, and what the numbers under
// the vertices and on the edges are for the algorithm shown. State is told by shape and words here
// as well as by colour.
#include <QString>
#include <QWidget>

class QLabel;

namespace stepwise::ui {

class GraphLegend : public QWidget {
    Q_OBJECT
  public:
    explicit GraphLegend(QWidget* parent = nullptr);

    /// What the number under a vertex holds ("discovery/finish", "key (distance)"), and whether the
    /// edges carry weights worth naming.
    void setMeaning(const QString& vertexNumber, bool weighted);
    /// Adds what the component colours and "C1" badges mean (SCC).
    void setComponentsShown(bool shown);
    /// The legend's words, for tests and screen readers.
    QString text() const;

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void paintSwatches();

    QList<QLabel*> swatches_;
    QLabel* numbers_;
    QLabel* components_;
};

}  // namespace stepwise::ui
