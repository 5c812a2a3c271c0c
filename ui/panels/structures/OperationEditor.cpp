#include "ui/panels/structures/OperationEditor.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/panels/PanelTitle.h"

namespace stepwise::ui {

namespace {

QString syntaxOf(const QString& item) {
    if (item == "heap")
        return OperationEditor::tr("push KEY · pop · top\ndecrease ID KEY (ids count pushes from 0)");
    if (item == "trie") return OperationEditor::tr("insert WORD · search WORD\nprefix TEXT · delete WORD");
    if (item == "segment-tree")
        return OperationEditor::tr("query L R · update I VALUE\nadd L R DELTA (ranges inclusive, from 0)");
    if (item == "union-find") return OperationEditor::tr("union A B · find A\nconnected A B");
    return {};
}

}  // namespace

OperationEditor::OperationEditor(QWidget* parent) : QWidget(parent) {
    setObjectName("operationEditor");
    title_ = makePanelTitle(tr("Operations"), this);

    kindLabel_ = new QLabel(tr("&Combine"), this);
    kind_ = new QComboBox(this);
    kind_->setObjectName("segmentKindCombo");
    kind_->setAccessibleName(tr("What a range query combines"));
    kind_->addItem(tr("sum"), "sum");
    kind_->addItem(tr("min"), "min");
    kind_->addItem(tr("max"), "max");
    kindLabel_->setBuddy(kind_);

    valuesLabel_ = new QLabel(tr("&Values"), this);
    values_ = new QLineEdit(this);
    values_->setObjectName("segmentValuesEdit");
    values_->setAccessibleName(tr("Initial values"));
    values_->setPlaceholderText(tr("5, 1, 4, 2"));
    values_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    valuesLabel_->setBuddy(values_);

    sizeLabel_ = new QLabel(tr("&Elements"), this);
    size_ = new QSpinBox(this);
    size_->setObjectName("unionFindSizeSpin");
    size_->setAccessibleName(tr("Number of elements"));
    size_->setRange(1, 200);
    size_->setSuffix(tr(" (0 … n−1)"));
    sizeLabel_->setBuddy(size_);

    operations_ = new QPlainTextEdit(this);
    operations_->setObjectName("operationsEdit");
    operations_->setAccessibleName(tr("Operations"));
    operations_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    operations_->setTabChangesFocus(true);
    operations_->setToolTip(
        tr("One operation per line (or separated by commas); # starts a comment. Ctrl+Return runs."));

    syntax_ = new QLabel(this);
    syntax_->setObjectName("operationSyntax");
    syntax_->setForegroundRole(QPalette::PlaceholderText);
    syntax_->setWordWrap(true);

    seed_ = new QSpinBox(this);
    seed_->setObjectName("randomSeedSpin");
    seed_->setAccessibleName(tr("Random seed"));
    seed_->setRange(0, 999999);
    seed_->setPrefix(tr("seed "));
    seed_->setValue(1);
    randomButton_ = new QPushButton(tr("Random"), this);
    randomButton_->setObjectName("randomOperationsButton");
    randomButton_->setToolTip(tr("Fill in a random valid input from the seed, then step the seed on"));

    runButton_ = new QPushButton(tr("Run"), this);
    runButton_->setObjectName("runButton");
    runButton_->setToolTip(tr("Run the operations and record every step (Ctrl+Return)"));
    runButton_->setDefault(true);

    auto* fields = new QGridLayout;
    fields->setContentsMargins(0, 0, 0, 0);
    fields->addWidget(kindLabel_, 0, 0);
    fields->addWidget(kind_, 0, 1);
    fields->addWidget(valuesLabel_, 1, 0);
    fields->addWidget(values_, 1, 1);
    fields->addWidget(sizeLabel_, 2, 0);
    fields->addWidget(size_, 2, 1);
    fields->setColumnStretch(1, 1);

    auto* randomRow = new QHBoxLayout;
    randomRow->setContentsMargins(0, 0, 0, 0);
    randomRow->addWidget(randomButton_);
    randomRow->addWidget(seed_, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(title_);
    layout->addLayout(fields);
    layout->addWidget(operations_, 1);
    layout->addWidget(syntax_);
    layout->addLayout(randomRow);
    layout->addSpacing(4);
    layout->addWidget(runButton_);

    connect(runButton_, &QPushButton::clicked, this, &OperationEditor::runRequested);
    connect(randomButton_, &QPushButton::clicked, this, &OperationEditor::fillRandom);
    connect(kind_, &QComboBox::activated, this, &OperationEditor::runRequested);
    auto* runShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    runShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    runShortcut->setWhatsThis(tr("Run the operations"));
    connect(runShortcut, &QShortcut::activated, this, &OperationEditor::runRequested);
    setItem("heap");
}

void OperationEditor::setItem(const QString& item) {
    item_ = item;
    const bool segment = item == "segment-tree";
    const bool unionFind = item == "union-find";
    for (QWidget* w : {static_cast<QWidget*>(kindLabel_), static_cast<QWidget*>(kind_),
                       static_cast<QWidget*>(valuesLabel_), static_cast<QWidget*>(values_)})
        w->setVisible(segment);
    sizeLabel_->setVisible(unionFind);
    size_->setVisible(unionFind);
    syntax_->setText(syntaxOf(item));
    operations_->setPlaceholderText(syntaxOf(item));
}

void OperationEditor::setInput(const StructureInput& input) {
    operations_->setPlainText(input.operations);
    values_->setText(input.values);
    const int k = kind_->findData(input.kind);
    kind_->setCurrentIndex(k >= 0 ? k : 0);
    size_->setValue(input.size);
}

StructureInput OperationEditor::input() const {
    StructureInput in;
    in.operations = operations_->toPlainText();
    in.values = values_->text();
    in.kind = kind_->currentData().toString();
    in.size = size_->value();
    return in;
}

void OperationEditor::setSeed(std::uint64_t seed) {
    seed_->setValue(static_cast<int>(seed % 1000000));
}
std::uint64_t OperationEditor::seed() const {
    return static_cast<std::uint64_t>(seed_->value());
}

void OperationEditor::fillRandom() {
    setInput(randomStructureInput(item_, seed()));
    // The next press gives a new input; the seed shown is the one that made the text.
    syntax_->setText(syntaxOf(item_) + "\n" + tr("random input from seed %1").arg(seed()));
    seed_->setValue(seed_->value() == seed_->maximum() ? 0 : seed_->value() + 1);
    Q_EMIT runRequested();
}

}  // namespace stepwise::ui
