#include "ui/panels/dp/DpInputEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "core/catalogue/Catalogue.h"
#include "core/trace/Random.h"
#include "ui/panels/PanelTitle.h"

namespace stepwise::ui {

namespace {

QString joinNumbers(const std::vector<std::int64_t>& v) {
    QStringList parts;
    for (auto x : v) parts << QString::number(x);
    return parts.join(", ");
}

bool usesStrings(const QString& id) { return id == "lcs" || id == "edit-distance"; }

/// "1, 3 4;5" → "1,3,4,5": the list syntax the core reads.
std::string commaList(const QString& text) {
    static const QRegularExpression separators("[,;\\s]+");
    return text.split(separators, Qt::SkipEmptyParts).join(",").toStdString();
}

/// "1,3,4" → "1, 3, 4": as the fields show lists.
QString spacedList(const std::string& text) {
    static const QRegularExpression separators("\\s*,\\s*");
    return QString::fromStdString(text).split(separators, Qt::SkipEmptyParts).join(", ");
}

std::vector<const catalogue::CatalogueItem*> problems() {
    std::vector<const catalogue::CatalogueItem*> out;
    for (const auto& item : catalogue::catalogue())
        if (item.area == catalogue::Area::DynamicProgramming) out.push_back(&item);
    return out;
}

}  // namespace

DpInputEditor::DpInputEditor(QWidget* parent) : QWidget(parent) {
    setObjectName("dpInputEditor");

    problem_ = new QComboBox(this);
    problem_->setObjectName("dpProblemCombo");
    problem_->setAccessibleName(tr("Problem"));
    for (const auto* p : problems())
        problem_->addItem(QString::fromStdString(p->title), QString::fromStdString(p->id));

    pages_ = new QStackedWidget(this);
    for (const auto* p : problems()) {
        const QString id = QString::fromStdString(p->id);
        pages_->addWidget(buildPage(id, fields_[id]));
    }

    seed_ = new QSpinBox(this);
    seed_->setObjectName("dpSeed");
    seed_->setAccessibleName(tr("Random seed"));
    seed_->setRange(0, 999999);
    seed_->setValue(1);
    seed_->setToolTip(tr("The same seed gives the same random input"));
    randomButton_ = new QPushButton(tr("Random input"), this);
    randomButton_->setObjectName("dpRandomButton");
    randomButton_->setToolTip(tr("Fill the fields with a random input from the seed, then run"));
    auto* randomRow = new QHBoxLayout;
    randomRow->setContentsMargins(0, 0, 0, 0);
    auto* seedLabel = new QLabel(tr("S&eed"), this);
    seedLabel->setBuddy(seed_);
    randomRow->addWidget(seedLabel);
    randomRow->addWidget(seed_);
    randomRow->addWidget(randomButton_, 1);

    message_ = new QLabel(this);
    message_->setObjectName("dpInputMessage");
    message_->setWordWrap(true);
    message_->setTextFormat(Qt::PlainText);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->setAccessibleName(tr("Input message"));
    message_->hide();
    untracedButton_ = new QPushButton(tr("Compute without the trace"), this);
    untracedButton_->setObjectName("dpUntracedButton");
    untracedButton_->setToolTip(tr("Compute the value and result only; no table to step through"));
    untracedButton_->hide();

    runButton_ = new QPushButton(tr("Run"), this);
    runButton_->setObjectName("dpRunButton");
    runButton_->setToolTip(tr("Read the inputs and record a run (Ctrl+Return)"));
    runButton_->setDefault(true);

    auto* problemLabel = new QLabel(tr("&Problem"), this);
    problemLabel->setBuddy(problem_);
    auto* problemForm = new QHBoxLayout;
    problemForm->setContentsMargins(0, 0, 0, 0);
    problemForm->addWidget(problemLabel);
    problemForm->addWidget(problem_, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(makePanelTitle(tr("Input"), this));
    layout->addLayout(problemForm);
    layout->addWidget(pages_);
    layout->addWidget(runButton_);
    layout->addWidget(message_);
    layout->addWidget(untracedButton_, 0, Qt::AlignLeft);
    layout->addSpacing(8);
    layout->addLayout(randomRow);
    layout->addStretch(1);

    connect(problem_, &QComboBox::currentIndexChanged, pages_, &QStackedWidget::setCurrentIndex);
    // `activated`: only the user's choice runs, not a programmatic one.
    connect(problem_, &QComboBox::activated, this, [this] { Q_EMIT problemChosen(problemId()); });
    connect(runButton_, &QPushButton::clicked, this, &DpInputEditor::runRequested);
    connect(untracedButton_, &QPushButton::clicked, this, &DpInputEditor::untracedRunRequested);
    connect(randomButton_, &QPushButton::clicked, this, &DpInputEditor::randomize);
    auto* runShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    runShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    runShortcut->setWhatsThis(tr("Run with these inputs"));
    connect(runShortcut, &QShortcut::activated, this, &DpInputEditor::runRequested);

}

QLineEdit* DpInputEditor::addField(QFormLayout* form, const QString& label, const QString& name,
                                   const QString& placeholder, const QString& tip) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setAccessibleName(QString(label).remove('&'));
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(tip);
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::returnPressed, this, &DpInputEditor::runRequested);
    form->addRow(label, edit);
    return edit;
}

QWidget* DpInputEditor::buildPage(const QString& id, Fields& f) {
    auto* page = new QWidget(this);
    page->setObjectName("dpPage-" + id);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QString list = tr("comma- or space-separated whole numbers");
    if (usesStrings(id)) {
        f.a = addField(form, tr("String &a"), id + "-a", tr("e.g. kitten"), tr("The first string: the table's rows"));
        f.b = addField(form, tr("String &b"), id + "-b", tr("e.g. sitting"), tr("The second string: the table's columns"));
    } else if (id == "knapsack") {
        f.weights = addField(form, tr("&Weights"), id + "-weights", tr("e.g. 1, 3, 4, 5"), tr("Item weights: %1").arg(list));
        f.values = addField(form, tr("&Values"), id + "-values", tr("e.g. 1, 4, 5, 7"), tr("Item values, one per weight: %1").arg(list));
        f.capacity = addField(form, tr("&Capacity"), id + "-capacity", tr("e.g. 7"), tr("The knapsack's weight limit"));
    } else if (id == "lis") {
        f.values = addField(form, tr("&Array"), id + "-values", tr("e.g. 10, 9, 2, 5, 3, 7"), tr("The sequence: %1").arg(list));
        f.method = new QComboBox(this);
        f.method->setObjectName(id + "-method");
        f.method->setAccessibleName(tr("Method"));
        f.method->addItem(tr("Table, O(n²)"), "table");
        f.method->addItem(tr("Patience piles, O(n log n)"), "patience");
        connect(f.method, &QComboBox::activated, this, &DpInputEditor::runRequested);
        form->addRow(tr("&Method"), f.method);
    } else if (id == "coin-change") {
        f.coins = addField(form, tr("&Coins"), id + "-coins", tr("e.g. 1, 2, 5"), tr("Coin values: %1").arg(list));
        f.amount = addField(form, tr("A&mount"), id + "-amount", tr("e.g. 11"), tr("The amount to make"));
    }
    return page;
}

QString DpInputEditor::problemId() const { return problem_->currentData().toString(); }

void DpInputEditor::setProblemId(const QString& id) {
    const int i = problem_->findData(id);
    if (i >= 0) problem_->setCurrentIndex(i);
}

catalogue::Options DpInputEditor::options() const {
    const Fields& f = fields_[problemId()];
    catalogue::Options o;
    auto text = [&](const char* name, QLineEdit* edit) {
        if (edit) o.set(name, edit->text().trimmed().toStdString());
    };
    auto list = [&](const char* name, QLineEdit* edit) {
        if (edit) o.set(name, commaList(edit->text()));
    };
    text("a", f.a);
    text("b", f.b);
    list("weights", f.weights);
    list("values", f.values);
    text("capacity", f.capacity);
    list("coins", f.coins);
    text("amount", f.amount);
    if (f.method) o.set("method", f.method->currentData().toString().toStdString());
    return o;
}

void DpInputEditor::setOptions(const QString& id, const catalogue::Options& o) {
    if (!fields_.contains(id)) return;
    const Fields& f = fields_[id];
    auto text = [&](const char* name, QLineEdit* edit) {
        if (edit) edit->setText(QString::fromStdString(o.text(name)));
    };
    auto list = [&](const char* name, QLineEdit* edit) {
        if (edit) edit->setText(spacedList(o.text(name)));
    };
    text("a", f.a);
    text("b", f.b);
    list("weights", f.weights);
    list("values", f.values);
    text("capacity", f.capacity);
    list("coins", f.coins);
    text("amount", f.amount);
    if (f.method) {
        const int m = f.method->findData(QString::fromStdString(o.text("method", "table")));
        if (m >= 0) f.method->setCurrentIndex(m);
    }
}

void DpInputEditor::setInput(const QString& id, const dp::DpInput& in) {
    if (!fields_.contains(id)) return;
    const Fields& f = fields_[id];
    if (usesStrings(id)) {
        f.a->setText(QString::fromStdString(in.a));
        f.b->setText(QString::fromStdString(in.b));
    } else if (id == "knapsack") {
        f.weights->setText(joinNumbers(in.weights));
        f.values->setText(joinNumbers(in.values));
        f.capacity->setText(QString::number(in.capacity));
    } else if (id == "lis") {
        f.values->setText(joinNumbers(in.values));
        const int m = f.method->findData(in.method == "patience" ? "patience" : "table");
        if (m >= 0) f.method->setCurrentIndex(m);
    } else if (id == "coin-change") {
        f.coins->setText(joinNumbers(in.coins));
        f.amount->setText(QString::number(in.amount));
    }
}

dp::DpInput DpInputEditor::randomInput(const QString& id, std::uint64_t seed) {
    Random random(seed);
    dp::DpInput in;
    if (id == "lcs") {
        // A small alphabet so that matches are common and the subsequence is interesting.
        auto word = [&](int n) {
            std::string s;
            for (int i = 0; i < n; ++i) s += static_cast<char>('A' + random.below(4));
            return s;
        };
        in.a = word(static_cast<int>(random.between(6, 9)));
        in.b = word(static_cast<int>(random.between(6, 9)));
    } else if (id == "edit-distance") {
        // A real word and a few random edits of it: the script then reads like a typo being fixed.
        static const char* words[] = {"kitten",  "sunday",   "intention", "algorithm", "distance", "horse",
                                      "receive", "separate", "necessary", "rhythm",    "library",  "balance",
                                      "queue",   "weather",  "giraffe",   "pattern",   "station",  "network"};
        const std::string a = words[random.below(std::size(words))];
        std::string b = a;
        const int edits = static_cast<int>(random.between(2, 4));
        for (int k = 0; k < edits; ++k) {
            const char letter = static_cast<char>('a' + random.below(26));
            const auto kind = random.below(3);
            if (kind == 0 && !b.empty()) b[random.below(b.size())] = letter;
            else if (kind == 1 || b.size() < 2) b.insert(b.begin() + static_cast<std::ptrdiff_t>(random.below(b.size() + 1)), letter);
            else b.erase(b.begin() + static_cast<std::ptrdiff_t>(random.below(b.size())));
        }
        in.a = a;
        in.b = b;
    } else if (id == "knapsack") {
        const auto n = random.between(4, 6);
        std::int64_t total = 0;
        for (std::int64_t i = 0; i < n; ++i) {
            in.weights.push_back(random.between(1, 7));
            in.values.push_back(random.between(1, 15));
            total += in.weights.back();
        }
        in.capacity = random.between(std::max<std::int64_t>(1, total / 3), std::max<std::int64_t>(1, total * 2 / 3));
    } else if (id == "lis") {
        const auto n = random.between(8, 12);
        for (std::int64_t i = 0; i < n; ++i) in.values.push_back(random.between(1, 40));
    } else if (id == "coin-change") {
        while (in.coins.size() < 3) {
            const auto c = random.between(1, 9);
            if (std::find(in.coins.begin(), in.coins.end(), c) == in.coins.end()) in.coins.push_back(c);
        }
        std::sort(in.coins.begin(), in.coins.end());
        in.amount = random.between(8, 20);
    }
    return in;
}

std::uint64_t DpInputEditor::seed() const { return static_cast<std::uint64_t>(seed_->value()); }
void DpInputEditor::setSeed(std::uint64_t seed) { seed_->setValue(static_cast<int>(std::min<std::uint64_t>(seed, 999999))); }

void DpInputEditor::randomize() {
    const QString id = problemId();
    dp::DpInput in = randomInput(id, seed());
    if (id == "lis") in.method = fields_[id].method->currentData().toString().toStdString();
    setInput(id, in);
    setSeed(seed() + 1);  // the next press gives another input; the seed shown is the next one used
    Q_EMIT runRequested();
}

void DpInputEditor::offerUntracedRun(const QString& message) { setMessage(message, true); }
void DpInputEditor::showInfo(const QString& message) { setMessage(message, false); }
void DpInputEditor::clearMessage() { setMessage(QString(), false); }
bool DpInputEditor::untracedOffered() const { return !untracedButton_->isHidden(); }

void DpInputEditor::setMessage(const QString& message, bool offer) {
    // Notes only (an offer, what a run without the trace shows): errors are the room's banner's.
    message_->setText(message);
    message_->setVisible(!message.isEmpty());
    untracedButton_->setVisible(offer);
}

QString DpInputEditor::messageText() const { return message_->isHidden() ? QString() : message_->text(); }

}  // namespace stepwise::ui
