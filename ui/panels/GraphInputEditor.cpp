#include "ui/panels/GraphInputEditor.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include "core/common/InputError.h"
#include "core/graph/GraphText.h"
#include "ui/panels/PanelTitle.h"
#include "ui/panels/LineNumberEdit.h"

namespace stepwise::ui {

GraphInputEditor::GraphInputEditor(QWidget* parent) : QWidget(parent) {
    setObjectName("graphInputEditor");

    origin_ = new QLabel(this);
    origin_->setObjectName("graphOrigin");
    origin_->setForegroundRole(QPalette::PlaceholderText);
    origin_->setTextFormat(Qt::PlainText);

    text_ = new LineNumberEdit(this);
    text_->setObjectName("graphText");
    text_->setAccessibleName(tr("Graph text"));
    text_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text_->setLineWrapMode(QPlainTextEdit::NoWrap);
    text_->setPlaceholderText(tr("One edge per line: FROM TO [WEIGHT]\nFirst line: directed or undirected\n# comments"));
    text_->setTabChangesFocus(true);
    text_->setToolTip(tr("The graph as text, or DOT. Ctrl+Return runs it."));

    loadButton_ = new QPushButton(tr("Load file…"), this);
    loadButton_->setObjectName("loadFileButton");
    loadButton_->setToolTip(tr("Read a graph from an edge-list or DOT file"));
    randomButton_ = new QPushButton(tr("Random graph…"), this);
    randomButton_->setObjectName("randomGraphButton");
    randomButton_->setToolTip(tr("Generate a graph from a seed"));
    auto* fileRow = new QHBoxLayout;
    fileRow->setContentsMargins(0, 0, 0, 0);
    fileRow->addWidget(loadButton_);
    fileRow->addWidget(randomButton_);
    fileRow->addStretch(1);

    algorithm_ = new QComboBox(this);
    algorithm_->setObjectName("algorithmCombo");
    algorithm_->setAccessibleName(tr("Algorithm"));
    algorithm_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    algorithm_->setMinimumContentsLength(16);
    source_ = new QComboBox(this);
    source_->setObjectName("sourceCombo");
    source_->setAccessibleName(tr("Source vertex"));
    source_->setEditable(true);
    source_->setInsertPolicy(QComboBox::NoInsert);
    source_->setMinimumContentsLength(8);
    target_ = new QComboBox(this);
    target_->setObjectName("targetCombo");
    target_->setAccessibleName(tr("Target vertex"));
    target_->setEditable(true);
    target_->setInsertPolicy(QComboBox::NoInsert);
    target_->setMinimumContentsLength(8);
    target_->lineEdit()->setPlaceholderText(tr("none"));
    runButton_ = new QPushButton(tr("Run"), this);
    runButton_->setObjectName("runButton");
    runButton_->setToolTip(tr("Read the graph and record a run (Ctrl+Return)"));
    runButton_->setDefault(true);

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Algorithm"), algorithm_);
    form->addRow(tr("&Source"), source_);
    form->addRow(tr("&Target"), target_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(makePanelTitle(tr("Graph"), this));
    titleRow->addWidget(origin_, 1);
    layout->addLayout(titleRow);
    layout->addWidget(text_, 1);
    layout->addLayout(fileRow);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(runButton_);

    connect(text_, &QPlainTextEdit::textChanged, this, &GraphInputEditor::markEdited);
    connect(loadButton_, &QPushButton::clicked, this, &GraphInputEditor::chooseFile);
    connect(randomButton_, &QPushButton::clicked, this, &GraphInputEditor::chooseRandomGraph);
    connect(runButton_, &QPushButton::clicked, this, &GraphInputEditor::runRequested);
    // `activated`, not `currentIndexChanged`: only the user's choice runs, not a programmatic one.
    connect(algorithm_, &QComboBox::activated, this, &GraphInputEditor::runRequested);
    connect(source_, &QComboBox::activated, this, &GraphInputEditor::runRequested);
    connect(target_, &QComboBox::activated, this, &GraphInputEditor::runRequested);
    auto* runShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    runShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    runShortcut->setWhatsThis(tr("Run the edited graph"));
    connect(runShortcut, &QShortcut::activated, this, &GraphInputEditor::runRequested);
}

void GraphInputEditor::setGraphText(const QString& text, const QString& origin, const QString& fileName) {
    settingText_ = true;
    text_->setPlainText(text);
    settingText_ = false;
    origin_->setText(origin);
    origin_->setToolTip(origin);
    fileName_ = fileName.isEmpty() ? QString("editor") : fileName;
}

QString GraphInputEditor::graphText() const { return text_->toPlainText(); }

void GraphInputEditor::setErrorLine(int line) { text_->setErrorLine(line); }

int GraphInputEditor::errorLine() const { return text_->errorLine(); }

void GraphInputEditor::markEdited() {
    if (settingText_ || fileName_ == "editor") return;
    // Line numbers still match the file, but the text is no longer the file's: errors name the editor.
    fileName_ = "editor";
    origin_->setText(tr("%1 (edited)").arg(origin_->text()));
}

bool GraphInputEditor::loadFile(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) *error = tr("%1: cannot open the file (%2)").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    setGraphText(QString::fromUtf8(bytes), QFileInfo(path).fileName(), path);
    return true;
}

void GraphInputEditor::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open graph"), QString(),
                                                      tr("Graphs (*.graph *.txt *.dot *.gv);;All files (*)"));
    if (path.isEmpty()) return;
    QString error;
    if (!loadFile(path, &error)) {
        Q_EMIT inputFailed(error);
        return;
    }
    Q_EMIT runRequested();
}

void GraphInputEditor::chooseRandomGraph() {
    RandomGraphDialog dialog(this);
    dialog.setRequest(lastRandom_);
    if (dialog.exec() != QDialog::Accepted) return;
    lastRandom_ = dialog.request();
    try {
        const graph::Graph g = generateRandomGraph(lastRandom_);
        setGraphText(QString::fromStdString(graph::toGraphText(g)), describeRandomGraph(lastRandom_), "editor");
    } catch (const InputError& e) {
        Q_EMIT inputFailed(tr("Random graph: %1").arg(QString::fromStdString(e.what())));
        return;
    }
    Q_EMIT runRequested();
}

void GraphInputEditor::setAlgorithms(const QList<QPair<QString, QString>>& idAndTitle) {
    const QSignalBlocker block(algorithm_);
    algorithm_->clear();
    for (const auto& [id, title] : idAndTitle) algorithm_->addItem(title, id);
}

QString GraphInputEditor::algorithmId() const { return algorithm_->currentData().toString(); }

void GraphInputEditor::setAlgorithmId(const QString& id) {
    const int i = algorithm_->findData(id);
    if (i >= 0) algorithm_->setCurrentIndex(i);
}

void GraphInputEditor::setEndpointNeeds(bool source, bool target) {
    source_->setEnabled(source);
    target_->lineEdit()->setPlaceholderText(target ? tr("required") : tr("none"));
}

void GraphInputEditor::setVertexNames(const QStringList& names) {
    const QString source = sourceName(), target = targetName();
    const QSignalBlocker b1(source_), b2(target_);
    // A huge graph would make the lists useless and slow; typing a name still works.
    constexpr int kListed = 2000;
    const QStringList listed = names.size() > kListed ? names.mid(0, kListed) : names;
    source_->clear();
    source_->addItems(listed);
    target_->clear();
    target_->addItem(QString());
    target_->addItems(listed);
    setSourceName(source);
    setTargetName(target);
}

QString GraphInputEditor::sourceName() const { return source_->currentText().trimmed(); }
QString GraphInputEditor::targetName() const { return target_->currentText().trimmed(); }

void GraphInputEditor::setSourceName(const QString& name) {
    const QSignalBlocker block(source_);
    const int i = source_->findText(name);
    if (i >= 0) source_->setCurrentIndex(i);
    else source_->setEditText(name);
}

void GraphInputEditor::setTargetName(const QString& name) {
    const QSignalBlocker block(target_);
    const int i = target_->findText(name);
    if (i >= 0) target_->setCurrentIndex(i);
    else target_->setEditText(name);
}

}  // namespace stepwise::ui
