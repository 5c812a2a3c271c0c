#pragma once
// The answer input of a practice question, in the form the question asks for (core AnswerForm):
// the instance's graph drawn with GraphView where the answer is vertices (each click appends a
// vertex) or edges (each click adds or removes one), the DP table with the asked cell marked where
// it is a cell, a table of the instance's items where it is a set of them (each click adds or
// removes one), buttons where it is a key, a backend or yes/no, and always a line edit holding the
// answer as text (typing works everywhere). It only collects text; the core's checker judges it.
#include <QWidget>
#include <memory>

#include "core/graph/Graph.h"
#include "core/practice/Question.h"

class QLineEdit;
class QPushButton;
class QTableWidget;
class QHBoxLayout;
class QVBoxLayout;

namespace stepwise::ui {

class GraphView;

class AnswerInput : public QWidget {
    Q_OBJECT
  public:
    explicit AnswerInput(QWidget* parent = nullptr);
    ~AnswerInput() override;

    /// Builds the input for `q` (replacing the previous one) with an empty answer.
    void setQuestion(const practice::Question& q);
    QString text() const;
    void setText(const QString& text);
    /// Enables or disables every part (off while the feedback is shown).
    void setAnswering(bool answering);

    /// The drawing of a graph question (nullptr otherwise), the DP table of a cell question, the
    /// items of a subset question, the choice buttons of a choice question.
    GraphView* graphView() const { return graphView_; }
    QTableWidget* table() const { return table_; }
    QTableWidget* subsetTable() const { return subset_; }
    QList<QPushButton*> choiceButtons() const { return choices_; }
    QLineEdit* lineEdit() const { return edit_; }
    /// Adds the vertex with this name to the answer, as a click on it does.
    void clickVertex(graph::VertexId v);
    /// Adds edge `e` to the answer as U-V, or removes it (written either way), as a click on it does.
    void clickEdge(graph::EdgeId e);
    /// Adds the subset's choice in `row` to the answer, or removes it, as a click on its row does.
    void clickSubsetRow(int row);

  Q_SIGNALS:
    /// The user asked to submit (Return, the Submit button, or a single choice picked).
    void submitRequested();

  private:
    void clearVisual();
    void buildGraph(const practice::Question& q);
    void buildTable(const practice::Question& q);
    void buildChoices(const practice::Question& q);
    void buildSubset();
    void appendToken(const QString& token);
    /// Removes `token` (and `alias`, the same edge the other way) from the answer, or appends it.
    void toggleToken(const QString& token, const QString& alias = {});
    void refreshMarks();
    void refreshSubset(const std::vector<std::string>& tokens);

    QVBoxLayout* layout_;
    QWidget* visual_ = nullptr;  // the graph, the table or the choices (owned through the layout)
    GraphView* graphView_ = nullptr;
    QTableWidget* table_ = nullptr;
    QTableWidget* subset_ = nullptr;
    QList<QPushButton*> choices_;
    QLineEdit* edit_;
    QPushButton* undo_;
    QPushButton* clear_;
    QPushButton* submit_;
    std::shared_ptr<const graph::Graph> graph_;  // the drawn graph (GraphView needs it alive)
    graph::VertexId source_ = graph::none;
    graph::VertexId target_ = graph::none;
    practice::AnswerForm form_;
};

}  // namespace stepwise::ui
