#include "ui/practice/PracticeSetup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <exception>
#include <random>
#include <optional>
#include <set>

#include "core/catalogue/Catalogue.h"
#include "core/practice/QuestionType.h"
#include "core/practice/Scoring.h"

namespace stepwise::ui {

namespace {
constexpr int kItemRole = Qt::UserRole + 1;
}

PracticeSetup::PracticeSetup(QWidget* parent) : QWidget(parent) {
    setObjectName("practiceSetup");
    auto* layout = new QHBoxLayout(this);

    auto* left = new QVBoxLayout;
    dueBox_ = new QCheckBox(this);
    dueBox_->setObjectName("practiceDue");
    dueWhy_ = new QLabel(this);
    dueWhy_->setObjectName("practiceDueWhy");
    dueWhy_->setWordWrap(true);
    dueWhy_->setIndent(24);  // under the box's text
    left->addWidget(dueBox_);
    left->addWidget(dueWhy_);
    auto* topicsLabel = new QLabel(tr("&Topics: tick areas or single items"), this);
    tree_ = new QTreeWidget(this);
    tree_->setObjectName("practiceTopics");
    tree_->setAccessibleName(tr("Practice topics"));
    tree_->setHeaderLabels({tr("Topic"), tr("Question types")});
    tree_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    topicsLabel->setBuddy(tree_);
    // One row per catalogue item that has question types, under its area, in catalogue order.
    QTreeWidgetItem* area = nullptr;
    std::optional<catalogue::Area> areaOf;
    std::string last;
    for (const auto& type : practice::questionTypes()) {
        if (type.item == last) continue;
        last = type.item;
        const auto& item = catalogue::requireItem(type.item);
        if (!areaOf || *areaOf != item.area) {
            areaOf = item.area;
            area = new QTreeWidgetItem(tree_, {tr(catalogue::areaTitle(item.area))});
            area->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
            area->setCheckState(0, Qt::Unchecked);
            area->setExpanded(true);
        }
        QStringList kinds;
        for (const auto& t : practice::questionTypes())
            if (t.item == type.item) kinds << QString::fromStdString(t.summary);
        auto* row = new QTreeWidgetItem(area, {QString::fromStdString(item.title), kinds.join("; ")});
        row->setData(0, kItemRole, QString::fromStdString(item.id));
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        row->setCheckState(0, Qt::Unchecked);
        row->setToolTip(1, kinds.join("\n"));
    }
    left->addWidget(topicsLabel);
    left->addWidget(tree_, 1);
    layout->addLayout(left, 3);

    auto* right = new QVBoxLayout;
    auto* form = new QFormLayout;
    count_ = new QSpinBox(this);
    count_->setObjectName("practiceCount");
    count_->setRange(1, 100);
    count_->setValue(10);
    level_ = new QComboBox(this);
    level_->setObjectName("practiceLevel");
    level_->addItem(tr("Easy: small instances"), "easy");
    level_->addItem(tr("Medium: bigger, some ties"), "medium");
    level_->addItem(tr("Hard: ties, negative weights, near-equal costs"), "hard");
    time_ = new QSpinBox(this);
    time_->setObjectName("practiceTime");
    time_->setRange(5, 3600);
    time_->setSuffix(tr(" s"));
    seed_ = new QLineEdit(this);
    seed_->setObjectName("practiceSeed");
    seed_->setToolTip(tr("The same seed asks the same questions: replay a session by its seed"));
    auto* seedRow = new QHBoxLayout;
    auto* reseed = new QPushButton(tr("Ne&w seed"), this);
    seedRow->addWidget(seed_, 1);
    seedRow->addWidget(reseed);
    form->addRow(tr("&Questions"), count_);
    form->addRow(tr("&Level"), level_);
    form->addRow(tr("Time per &question"), time_);
    auto* seedLabel = new QLabel(tr("S&eed"), this);  // a row of two widgets: name the buddy by hand
    seedLabel->setBuddy(seed_);
    form->addRow(seedLabel, seedRow);
    right->addLayout(form);
    auto* rules = new QLabel(tr("A right answer within the time scores 1 point; a wrong one, or none when the "
                                "time runs out, scores 0. An answer in the wrong form (letters for a number, "
                                "a vertex that does not exist) is refused with a hint and costs nothing."),
                             this);
    rules->setWordWrap(true);
    right->addWidget(rules);
    error_ = new QLabel(this);
    error_->setObjectName("practiceSetupError");
    error_->setWordWrap(true);
    error_->setTextFormat(Qt::PlainText);
    error_->hide();
    right->addWidget(error_);
    right->addStretch(1);
    start_ = new QPushButton(tr("&Start practice"), this);
    start_->setObjectName("practiceStart");
    start_->setDefault(true);
    right->addWidget(start_, 0, Qt::AlignRight);
    layout->addLayout(right, 2);

    connect(level_, &QComboBox::currentIndexChanged, this, [this](int index) {
        time_->setValue(practice::defaultTimeLimitSeconds(level_->itemData(index).toString().toUtf8().constData()));
    });
    setLevel(practice::Level::Medium);
    time_->setValue(practice::defaultTimeLimitSeconds("medium"));
    connect(reseed, &QPushButton::clicked, this, &PracticeSetup::newSeed);
    connect(start_, &QPushButton::clicked, this, &PracticeSetup::startRequested);
    connect(dueBox_, &QCheckBox::toggled, this, [this](bool on) {
        tree_->setEnabled(!on);  // the due types replace the ticked topics
        if (on) count_->setValue(static_cast<int>(due_.size()));
    });
    setDue({}, tr("the practice history is read when a session starts."));
    newSeed();
}

void PracticeSetup::setDue(const QStringList& types, const QString& whyNone) {
    due_ = types;
    dueBox_->setEnabled(!due_.isEmpty());
    if (due_.isEmpty()) dueBox_->setChecked(false);
    dueBox_->setText(due_.isEmpty()       ? tr("What is &due")
                     : due_.size() == 1 ? tr("What is &due: 1 question type")
                                        : tr("What is &due: %1 question types").arg(due_.size()));
    dueWhy_->setText(due_.isEmpty() ? tr("Nothing to review: %1").arg(whyNone) : due_.join(", "));
    dueBox_->setToolTip(dueWhy_->text());
}

bool PracticeSetup::setPractiseDue(bool on) {
    if (on && due_.isEmpty()) return false;
    dueBox_->setChecked(on);
    return true;
}

bool PracticeSetup::practisesDue() const {
    return dueBox_->isChecked();
}

bool PracticeSetup::setTopics(const QString& topics, QString* error) {
    if (topics.trimmed() == "due") {  // as the CLI's --topics due
        if (setPractiseDue(true)) return true;
        if (error) *error = dueWhy_->text();
        return false;
    }
    std::set<std::string> items;
    try {
        for (const auto* t : practice::typesForTopics(practice::splitTopicList(topics.toStdString())))
            items.insert(t->item);
    } catch (const std::exception& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
    givenTopics_ = practice::splitTopicList(topics.toStdString());
    for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
        auto* area = tree_->topLevelItem(i);
        for (int j = 0; j < area->childCount(); ++j) {
            auto* row = area->child(j);
            row->setCheckState(0, items.count(row->data(0, kItemRole).toString().toStdString()) ? Qt::Checked
                                                                                               : Qt::Unchecked);
        }
    }
    givenItems_ = this->topics();
    setPractiseDue(false);
    return true;
}

QStringList PracticeSetup::topics() const {
    QStringList out;
    for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
        auto* area = tree_->topLevelItem(i);
        for (int j = 0; j < area->childCount(); ++j)
            if (area->child(j)->checkState(0) == Qt::Checked) out << area->child(j)->data(0, kItemRole).toString();
    }
    return out;
}

void PracticeSetup::setCount(int count) {
    count_->setValue(count);
}

void PracticeSetup::setLevel(practice::Level level) {
    level_->setCurrentIndex(static_cast<int>(level));
}

void PracticeSetup::setTimeLimitSeconds(int seconds) {
    time_->setValue(seconds);
}

void PracticeSetup::setSeed(std::uint64_t seed) {
    seed_->setText(QString::number(seed));
}

void PracticeSetup::newSeed() {
    setSeed(std::random_device{}() & ((1ULL << 31) - 1));  // as the CLI draws it
}

std::optional<practice::SessionSettings> PracticeSetup::settings() {
    practice::SessionSettings s;
    const QStringList items = topics();
    if (practisesDue())
        for (const auto& t : due_) s.topics.push_back(t.toStdString());
    else if (!items.isEmpty() && items == givenItems_)
        s.topics = givenTopics_;
    else
        for (const auto& t : items) s.topics.push_back(t.toStdString());
    if (s.topics.empty()) {
        showError(tr("Tick at least one topic."));
        return std::nullopt;
    }
    bool ok = false;
    s.seed = seed_->text().trimmed().toULongLong(&ok);
    if (!ok) {
        showError(tr("The seed must be a whole number, like %1.").arg(12345));
        return std::nullopt;
    }
    s.count = count_->value();
    s.level = practice::parseLevel(level_->currentData().toString().toStdString());
    s.timeLimitMs = 1000LL * time_->value();
    error_->hide();
    return s;
}

void PracticeSetup::showError(const QString& text) {
    error_->setText(text);
    error_->setVisible(!text.isEmpty());
}

}  // namespace stepwise::ui
