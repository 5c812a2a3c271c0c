#include "ui/practice/AnswerInput.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <set>

#include "core/graph/GraphState.h"
#include "core/graph/GraphText.h"
#include "core/layout/GraphLayout.h"
#include "core/practice/Answer.h"
#include "ui/views/graph/GraphScene.h"
#include "ui/views/graph/GraphView.h"

namespace stepwise::ui {

using practice::AnswerForm;

AnswerInput::AnswerInput(QWidget* parent) : QWidget(parent) {
    layout_ = new QVBoxLayout(this);
    layout_->setContentsMargins(0, 0, 0, 0);

    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("&Answer"), this);
    edit_ = new QLineEdit(this);
    edit_->setObjectName("practiceAnswer");
    edit_->setAccessibleName(tr("Answer"));
    label->setBuddy(edit_);
    undo_ = new QPushButton(tr("&Undo last"), this);
    undo_->setObjectName("practiceUndo");
    undo_->setToolTip(tr("Remove the last vertex, edge, item or choice from the answer"));
    clear_ = new QPushButton(tr("C&lear"), this);
    clear_->setObjectName("practiceClear");
    submit_ = new QPushButton(tr("&Submit"), this);
    submit_->setObjectName("practiceSubmit");
    submit_->setDefault(true);
    row->addWidget(label);
    row->addWidget(edit_, 1);
    row->addWidget(undo_);
    row->addWidget(clear_);
    row->addWidget(submit_);
    layout_->addLayout(row);
    layout_->addStretch(0);  // takes the space a drawing or a table does not (choices, typed answers)

    connect(edit_, &QLineEdit::returnPressed, this, &AnswerInput::submitRequested);
    connect(submit_, &QPushButton::clicked, this, &AnswerInput::submitRequested);
    connect(clear_, &QPushButton::clicked, this, [this] { setText({}); });
    connect(undo_, &QPushButton::clicked, this, [this] {
        auto tokens = edit_->text().split(' ', Qt::SkipEmptyParts);
        if (!tokens.isEmpty()) tokens.removeLast();
        setText(tokens.join(' '));
    });
    connect(edit_, &QLineEdit::textChanged, this, [this] { refreshMarks(); });
}

AnswerInput::~AnswerInput() = default;

void AnswerInput::clearVisual() {
    if (visual_) {
        layout_->removeWidget(visual_);
        delete visual_;  // the view goes before the graph it points into
    }
    visual_ = nullptr;
    graphView_ = nullptr;
    table_ = nullptr;
    subset_ = nullptr;
    choices_.clear();
    graph_.reset();
}

void AnswerInput::setQuestion(const practice::Question& q) {
    clearVisual();
    form_ = q.form;
    edit_->clear();
    const bool appends = form_.kind == AnswerForm::Kind::Vertices || form_.kind == AnswerForm::Kind::Choices ||
                         form_.kind == AnswerForm::Kind::Edges || form_.kind == AnswerForm::Kind::Subset;
    undo_->setVisible(appends);
    clear_->setVisible(appends || form_.kind == AnswerForm::Kind::Vertex);
    switch (form_.kind) {
        case AnswerForm::Kind::Vertices:
        case AnswerForm::Kind::Vertex:
            if (q.instance.contains("graph")) buildGraph(q);
            edit_->setPlaceholderText(tr("Click the vertices in the drawing, or type their names"));
            break;
        case AnswerForm::Kind::Edges:
            if (q.instance.contains("graph")) buildGraph(q);
            edit_->setPlaceholderText(tr("Click the edges in the drawing (again to drop one), or type them as U-V"));
            break;
        case AnswerForm::Kind::Subset:
            buildSubset();
            edit_->setPlaceholderText(tr("Click the rows of the table (again to drop one), or type them"));
            break;
        case AnswerForm::Kind::Cell:
            buildTable(q);
            edit_->setPlaceholderText(tr("Type the cell's value"));
            break;
        case AnswerForm::Kind::Choice:
        case AnswerForm::Kind::Choices:
            buildChoices(q);
            edit_->setPlaceholderText(form_.kind == AnswerForm::Kind::Choice ? tr("Pick one, or type it")
                                                                              : tr("Pick them in order, or type them"));
            break;
        case AnswerForm::Kind::Text:
            // A graph question answered in words (a distance, a count, edges) still shows its graph.
            if (q.instance.contains("graph")) buildGraph(q);
            edit_->setPlaceholderText(tr("Type the answer"));
            break;
    }
    const bool drawn = graphView_ != nullptr;  // the drawing takes the space; a table is as big as its cells
    if (visual_) layout_->insertWidget(0, visual_, drawn ? 1 : 0);
    layout_->setStretch(layout_->count() - 1, drawn ? 0 : 1);
    setAnswering(true);
    edit_->setFocus();
}

void AnswerInput::buildGraph(const practice::Question& q) {
    graph_ = std::make_shared<const graph::Graph>(
        graph::parseGraphText(q.instance["graph"].get<std::string>(), "practice"));
    graphView_ = new GraphView(this);
    graphView_->setObjectName("practiceGraph");
    graphView_->setAccessibleName(form_.kind == AnswerForm::Kind::Edges
                                      ? tr("The question's graph: click edges to add them to the answer or drop them")
                                      : tr("The question's graph: click vertices to add them to the answer"));
    graphView_->setMinimumHeight(220);
    graphView_->setGraph(graph_.get(), layout::layoutGraph(*graph_, q.seed));
    auto vertex = [this, &q](const char* key) {
        if (!q.instance.contains(key)) return graph::none;
        return graph_->find(q.instance[key].get<std::string>()).value_or(graph::none);
    };
    source_ = vertex("source");
    target_ = vertex("target");
    if (q.instance.contains("vertex")) target_ = vertex("vertex");
    graphView_->setEndpoints(source_, target_);
    if (form_.kind == AnswerForm::Kind::Edges) {
        graphView_->graphScene()->setEdgesClickable(true);
        connect(graphView_, &GraphView::edgeClicked, this, &AnswerInput::clickEdge);
    } else if (form_.kind != AnswerForm::Kind::Text) {
        connect(graphView_, &GraphView::vertexClicked, this, &AnswerInput::clickVertex);
    }
    visual_ = graphView_;
    refreshMarks();
    graphView_->fitAll();
}

void AnswerInput::buildTable(const practice::Question& q) {
    // The strings of LCS / edit distance label the rows and columns; row 0 and column 0 are the
    // empty prefixes. Only the asked cell is marked: the user works out the rest.
    const std::string a = q.instance.value("a", std::string());
    const std::string b = q.instance.value("b", std::string());
    table_ = new QTableWidget(static_cast<int>(a.size() + 1), static_cast<int>(b.size() + 1), this);
    table_->setObjectName("practiceTable");
    table_->setAccessibleName(tr("The question's table: the asked cell is marked"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    QStringList rows{"0 ·"}, columns{"0 ·"};
    for (std::size_t i = 0; i < a.size(); ++i) rows << QString("%1 %2").arg(i + 1).arg(QChar::fromLatin1(a[i]));
    for (std::size_t j = 0; j < b.size(); ++j) columns << QString("%1 %2").arg(j + 1).arg(QChar::fromLatin1(b[j]));
    table_->setVerticalHeaderLabels(rows);
    table_->setHorizontalHeaderLabels(columns);
    // Cells of a readable size, the table as big as its cells (not stretched over the page).
    table_->horizontalHeader()->setDefaultSectionSize(64);
    table_->verticalHeader()->setDefaultSectionSize(34);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table_->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
    auto* cell = new QTableWidgetItem("?");
    cell->setTextAlignment(Qt::AlignCenter);
    QFont bold = cell->font();
    bold.setBold(true);
    cell->setFont(bold);
    cell->setBackground(palette().highlight());
    cell->setForeground(palette().highlightedText());
    table_->setItem(static_cast<int>(form_.row), static_cast<int>(form_.column), cell);
    visual_ = table_;
}

void AnswerInput::buildSubset() {
    // One row per choice (a knapsack's items: number, weight, value) and a last column that says
    // whether the answer takes it; a taken row is also bold on the highlight colour.
    const int details = static_cast<int>(form_.columns.size());
    subset_ = new QTableWidget(static_cast<int>(form_.choices.size()), details + 1, this);
    subset_->setObjectName("practiceSubset");
    subset_->setAccessibleName(tr("The question's items: click a row to add it to the answer or drop it"));
    subset_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    subset_->setSelectionMode(QAbstractItemView::NoSelection);
    subset_->setFocusPolicy(Qt::NoFocus);  // the line edit keeps the keyboard (Return submits)
    subset_->verticalHeader()->hide();
    QStringList headings;
    for (const auto& c : form_.columns) headings << QString::fromStdString(c);
    headings << tr("Taken");
    subset_->setHorizontalHeaderLabels(headings);
    for (int r = 0; r < subset_->rowCount(); ++r)
        for (int c = 0; c < subset_->columnCount(); ++c) {
            const auto row = static_cast<std::size_t>(r), column = static_cast<std::size_t>(c);
            const bool given = row < form_.table.size() && column < form_.table[row].size();
            auto* cell = new QTableWidgetItem(given ? QString::fromStdString(form_.table[row][column]) : QString());
            cell->setTextAlignment(Qt::AlignCenter);
            cell->setFlags(Qt::ItemIsEnabled);  // marked from the answer text, never selected by Qt
            subset_->setItem(r, c, cell);
        }
    subset_->horizontalHeader()->setDefaultSectionSize(96);
    subset_->verticalHeader()->setDefaultSectionSize(34);
    subset_->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    subset_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // At most a handful of items, all shown: no room kept for scroll bars.
    subset_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    subset_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    subset_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    subset_->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
    subset_->setCursor(Qt::PointingHandCursor);
    connect(subset_, &QTableWidget::cellClicked, this, [this](int row, int) { clickSubsetRow(row); });
    visual_ = subset_;
    refreshMarks();
}

void AnswerInput::buildChoices(const practice::Question& q) {
    (void)q;
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    const bool single = form_.kind == AnswerForm::Kind::Choice;
    int index = 0;
    for (const auto& choice : form_.choices) {
        const QString name = QString::fromStdString(choice);
        auto* button = new QPushButton(index < 9 ? QString("&%1 %2").arg(index + 1).arg(name) : name, box);
        button->setObjectName("practiceChoice");
        button->setProperty("choice", name);
        button->setMinimumSize(88, 36);
        button->setAccessibleName(name);
        connect(button, &QPushButton::clicked, this, [this, name, single] {
            if (single) {
                setText(name);
                Q_EMIT submitRequested();
            } else {
                appendToken(name);
            }
        });
        row->addWidget(button);
        choices_ << button;
        ++index;
    }
    row->addStretch(1);
    visual_ = box;
}

void AnswerInput::clickVertex(graph::VertexId v) {
    if (!graph_ || v >= graph_->vertexCount() || !edit_->isEnabled()) return;
    const QString name = QString::fromStdString(graph_->name(v));
    if (form_.kind == AnswerForm::Kind::Vertex)
        setText(name);
    else
        appendToken(name);
}

void AnswerInput::clickEdge(graph::EdgeId e) {
    if (!graph_ || e >= graph_->edgeCount() || !edit_->isEnabled()) return;
    const auto& edge = graph_->edge(e);
    const std::string u = graph_->name(edge.from), v = graph_->name(edge.to);
    toggleToken(QString::fromStdString(practice::edgeToken(u, v)), QString::fromStdString(practice::edgeToken(v, u)));
}

void AnswerInput::clickSubsetRow(int row) {
    if (!subset_ || row < 0 || static_cast<std::size_t>(row) >= form_.choices.size() || !edit_->isEnabled()) return;
    toggleToken(QString::fromStdString(form_.choices[static_cast<std::size_t>(row)]));
}

void AnswerInput::toggleToken(const QString& token, const QString& alias) {
    QStringList tokens;
    for (const auto& t : practice::answerTokens(edit_->text().toStdString())) tokens << QString::fromStdString(t);
    const auto before = tokens.size();
    tokens.removeIf([&](const QString& t) { return t == token || (!alias.isEmpty() && t == alias); });
    if (tokens.size() == before) tokens << token;
    setText(tokens.join(' '));
}

void AnswerInput::appendToken(const QString& token) {
    const QString now = edit_->text().trimmed();
    setText(now.isEmpty() ? token : now + " " + token);
}

QString AnswerInput::text() const {
    return edit_->text();
}

void AnswerInput::setText(const QString& text) {
    edit_->setText(text);
    edit_->setFocus();
}

void AnswerInput::refreshMarks() {
    // What the answer names so far is drawn marked, so the clicks (and the typing) show: vertices
    // highlighted, edges drawn thick as a chosen tree edge, items ticked.
    const auto tokens = practice::answerTokens(edit_->text().toStdString());
    if (subset_) refreshSubset(tokens);
    if (!graphView_ || !graph_) return;
    auto state = graph::GraphState::initial(*graph_, graph::FrontierOrder::Fifo);
    if (form_.kind == AnswerForm::Kind::Vertices || form_.kind == AnswerForm::Kind::Vertex) {
        for (const auto& token : tokens)
            if (auto v = graph_->find(token)) state.status[*v] = graph::VertexStatus::Highlighted;
    } else if (form_.kind == AnswerForm::Kind::Edges) {
        std::set<std::pair<graph::VertexId, graph::VertexId>> named;
        for (const auto& token : tokens)
            if (auto ends = practice::edgeEnds(token)) {
                const auto u = graph_->find(ends->first), v = graph_->find(ends->second);
                if (u && v) named.insert(std::minmax(*u, *v));
            }
        for (graph::EdgeId e = 0; e < graph_->edgeCount(); ++e)
            if (named.count(std::minmax(graph_->edge(e).from, graph_->edge(e).to)))
                state.edgeMark[e] = graph::EdgeMark::Chosen;
    }
    graphView_->showState(state);
}

void AnswerInput::refreshSubset(const std::vector<std::string>& tokens) {
    for (int r = 0; r < subset_->rowCount(); ++r) {
        const auto& choice = form_.choices[static_cast<std::size_t>(r)];
        const bool taken = std::find(tokens.begin(), tokens.end(), choice) != tokens.end();
        for (int c = 0; c < subset_->columnCount(); ++c) {
            auto* cell = subset_->item(r, c);
            QFont font = cell->font();
            font.setBold(taken);
            cell->setFont(font);
            cell->setBackground(taken ? palette().highlight() : QBrush());
            cell->setForeground(taken ? palette().highlightedText() : QBrush());
        }
        // The words say it without the colour.
        subset_->item(r, subset_->columnCount() - 1)->setText(taken ? tr("✓ taken") : QString());
    }
}

void AnswerInput::setAnswering(bool answering) {
    edit_->setEnabled(answering);
    undo_->setEnabled(answering);
    clear_->setEnabled(answering);
    submit_->setEnabled(answering);
    for (auto* b : choices_) b->setEnabled(answering);
    if (subset_) subset_->setCursor(answering ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

}  // namespace stepwise::ui
