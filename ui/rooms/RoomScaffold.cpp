#include "ui/rooms/RoomScaffold.h"

#include <QToolButton>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>

#include "core/common/InputError.h"
#include "core/run/Narration.h"
#include "ui/panels/ExplanationPanel.h"
#include "ui/panels/PanelTitle.h"
#include "ui/panels/PseudocodePanel.h"
#include "ui/playback/PlaybackBar.h"
#include "ui/practice/PredictStrip.h"
#include "ui/playback/PlaybackController.h"
#include "ui/rooms/WorkProgress.h"

namespace stepwise::ui {

namespace {

QString describe(const InputError& e) {
    return RoomScaffold::describeInputError(e);
}

}  // namespace

QString RoomScaffold::describeInputError(const InputError& e) {
    QString where = QString::fromStdString(e.file());
    if (e.line() > 0)
        where += (where.isEmpty() ? QString() : QString(", ")) + RoomScaffold::tr("line %1").arg(e.line());
    const QString message = QString::fromStdString(e.message());
    return where.isEmpty() ? message : where + ": " + message;
}

namespace {

QSplitter* makeSplitter(Qt::Orientation orientation, QWidget* parent) {
    auto* s = new QSplitter(orientation, parent);
    s->setChildrenCollapsible(false);
    return s;
}

}  // namespace

RoomScaffold::RoomScaffold(QString areaTitle, std::vector<const catalogue::CatalogueItem*> items,
                           QWidget* parent)
    : Room(parent), areaTitle_(std::move(areaTitle)), items_(std::move(items)) {
    controller_ = new PlaybackController(this);
    playbackBar_ = new PlaybackBar(controller_, this);
    predict_ = new PredictStrip(controller_, [this] { return run_; }, this);
    playbackBar_->addTool(predict_->toggleButton());
    pseudocode_ = new PseudocodePanel(this);
    explanation_ = new ExplanationPanel(this);

    presetRow_ = new QWidget(this);
    presetCombo_ = new QComboBox(presetRow_);
    presetCombo_->setObjectName("presetSelector");
    presetCombo_->setAccessibleName(tr("Preset"));
    // Long preset titles ("Live dependency (sliders): healthy, failing from 20 s, …") must not
    // widen the room past a 1366-pixel screen: the closed box elides, its list shows them whole.
    presetCombo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    presetCombo_->setMinimumContentsLength(24);
    auto* presetLabel = new QLabel(tr("Preset"), presetRow_);
    presetLabel->setBuddy(presetCombo_);
    auto* presetLayout = new QHBoxLayout(presetRow_);
    presetLayout->setContentsMargins(0, 0, 0, 4);
    presetLayout->addWidget(presetLabel);
    presetLayout->addWidget(presetCombo_, 1);
    presetRow_->hide();

    bannerBox_ = new QWidget(this);
    banner_ = new QLabel(bannerBox_);
    banner_->setObjectName("roomBanner");
    banner_->setWordWrap(true);
    banner_->setTextFormat(Qt::PlainText);
    banner_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    banner_->setAccessibleName(tr("Input message"));
    bannerAction_ = new QPushButton(bannerBox_);
    bannerAction_->setObjectName("bannerAction");
    bannerAction_->hide();
    auto* bannerLayout = new QVBoxLayout(bannerBox_);
    bannerLayout->setContentsMargins(0, 0, 0, 4);
    bannerLayout->setSpacing(2);
    bannerLayout->addWidget(banner_);
    bannerLayout->addWidget(bannerAction_, 0, Qt::AlignLeft);
    bannerBox_->hide();
    work_ = new WorkProgress(this);
    work_->hide();
    connect(bannerAction_, &QPushButton::clicked, this, [this] {
        // The action may change the banner (and set a new action): take it first.
        auto action = std::move(bannerActionDo_);
        bannerActionDo_ = nullptr;
        if (action) action();
    });

    connect(controller_, &PlaybackController::stepChanged, this, &RoomScaffold::onStep);
    connect(presetCombo_, &QComboBox::activated, this,
            [this](int index) { applyPreset(presetCombo_->itemData(index).toString()); });
}

RoomScaffold::~RoomScaffold() = default;

void RoomScaffold::buildLayout(QWidget* editor, QWidget* centre, const QList<QWidget*>& side,
                               const Layout& layout) {
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(presetRow_);
    leftLayout->addWidget(bannerBox_);
    leftLayout->addWidget(editor, 1);
    if (layout.editorMinimumWidth > 0) left->setMinimumWidth(layout.editorMinimumWidth);

    auto* middle = new QWidget(this);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->setSpacing(0);
    middleLayout->addWidget(centre, 1);
    middleLayout->addWidget(work_);
    middleLayout->addWidget(predict_);
    middleLayout->addWidget(playbackBar_);

    QSplitter* panels = makeSplitter(Qt::Vertical, this);
    panels->setObjectName(objectName() + "Side");
    QList<QWidget*> column;
    if (layout.narration == Narration::UnderEditor) column << left;
    column << pseudocode_ << explanation_ << side;
    for (QWidget* w : column) panels->addWidget(w);
    // The editor (left column) and the last panel take what the others leave.
    for (int i = 0; i < panels->count(); ++i)
        panels->setStretchFactor(i, i == panels->count() - 1 || panels->widget(i) == left ? 1 : 0);
    if (!layout.side.isEmpty()) panels->setSizes(layout.side);
    if (layout.sideMinimumWidth > 0) panels->setMinimumWidth(layout.sideMinimumWidth);

    splitter_ = makeSplitter(Qt::Horizontal, this);
    splitter_->setObjectName(objectName() + "Splitter");
    if (layout.narration == Narration::UnderEditor) {
        splitter_->addWidget(panels);
        splitter_->addWidget(middle);
    } else {
        splitter_->addWidget(left);
        splitter_->addWidget(middle);
        splitter_->addWidget(panels);
    }
    for (int i = 0; i < splitter_->count(); ++i)
        splitter_->setStretchFactor(i, splitter_->widget(i) == middle ? 1 : 0);
    if (!layout.columns.isEmpty()) splitter_->setSizes(layout.columns);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 0);
    outer->addWidget(splitter_);
}

QList<RoomItem> RoomScaffold::items() const {
    QList<RoomItem> list;
    for (const auto* item : items_)
        list.append({QString::fromStdString(item->id), QString::fromStdString(item->title),
                     QString::fromStdString(item->summary)});
    return list;
}

QString RoomScaffold::currentItem() const {
    return item_ ? QString::fromStdString(item_->id) : QString();
}

const catalogue::CatalogueItem* RoomScaffold::findOwn(const QString& id) const {
    const std::string key = id.toStdString();
    const auto it = std::find_if(items_.begin(), items_.end(), [&](const auto* i) { return i->id == key; });
    return it == items_.end() ? nullptr : *it;
}

void RoomScaffold::selectItem(const QString& id) {
    const catalogue::CatalogueItem* next = findOwn(id);
    if (!next || next == item_) return;
    // The item we leave keeps its input (even unrun) and its step for when the user comes back.
    if (item_) {
        Slot& old = slots_[item_->id];
        old.options = editorOptions();
        old.step = controller_->step();
    }
    controller_->pause();
    leftItem_ = item_;
    item_ = next;
    run_ = nullptr;
    fillPresets();
    showBanner({}, false);
    Slot& slot = slots_[item_->id];
    if (slot.options.values().empty()) slot.options = item_->presetOptions();
    setEditorOptions(*item_, slot.options);
    Q_EMIT currentItemChanged(id);
    if (slot.run && !sharesInput()) {
        install(slot, slot.step, false);
        return;
    }
    if (!apply(sharesInput() ? editorOptions() : slot.options) && !isBuilding()) returnToPreviousItem();
}

void RoomScaffold::returnToPreviousItem() {
    if (run_ || !leftItem_) return;
    auto found = slots_.find(leftItem_->id);
    if (found == slots_.end() || !found->second.run) return;
    item_ = leftItem_;
    leftItem_ = nullptr;
    fillPresets();
    Slot& slot = found->second;
    setEditorOptions(*item_, slot.options);
    install(slot, slot.step, false);
    Q_EMIT currentItemChanged(currentItem());
}

QStringList RoomScaffold::presets() const {
    QStringList names;
    if (!item_) return names;
    names << "example";
    for (const auto& p : item_->presets) names << QString::fromStdString(p.name);
    return names;
}

bool RoomScaffold::applyPreset(const QString& name) {
    if (!item_ || !item_->findPreset(name.toStdString())) return false;
    const catalogue::Options options = item_->presetOptions(name.toStdString());
    setEditorOptions(*item_, options);
    const int index = presetCombo_->findData(name);
    if (index >= 0) presetCombo_->setCurrentIndex(index);
    // Another preset is another story: it starts from the beginning, paused.
    controller_->pause();
    run_ = nullptr;
    return apply(options);
}

void RoomScaffold::fillPresets() {
    const QSignalBlocker block(presetCombo_);
    presetCombo_->clear();
    presetCombo_->addItem(
        QString::fromStdString(item_->example.title.empty() ? std::string("Example") : item_->example.title),
        QStringLiteral("example"));
    for (const auto& p : item_->presets)
        presetCombo_->addItem(QString::fromStdString(p.title), QString::fromStdString(p.name));
    // An item with only its example has nothing to choose.
    presetRow_->setVisible(!item_->presets.empty());
}

std::unique_ptr<run::Run> RoomScaffold::buildRun(const catalogue::CatalogueItem& item,
                                                 const catalogue::Options& options) {
    return item.start(options);
}

bool RoomScaffold::apply(const catalogue::Options& options) {
    if (!item_) return false;
    std::unique_ptr<run::Run> next;
    try {
        next = buildRun(*item_, options);
    } catch (const InputError& e) {
        showBanner(describe(e), true);
        if (run_) Q_EMIT statusMessage(tr("Bad input: the previous run is still shown"));
        return false;
    } catch (const std::exception& e) {
        showBanner(tr("internal error while running %1: %2").arg(currentItem(), e.what()), true);
        return false;
    }
    if (!next) return false;
    adopt(std::move(next), options);
    return true;
}

void RoomScaffold::adopt(std::unique_ptr<run::Run> next, const catalogue::Options& options) {
    if (!item_ || !next) return;
    leftItem_ = nullptr;
    QStringList warnings;
    for (const auto& w : next->warnings()) warnings << QString::fromStdString(w);
    showBanner(warnings.join('\n'), false);

    const bool wasPlaying = controller_->isPlaying();
    const std::size_t step = run_ ? controller_->step() : firstStep(*next);
    Slot& slot = slots_[item_->id];
    slot.options = options;
    // The old run goes only once the views point into the new one.
    std::unique_ptr<run::Run> old = std::move(slot.run);
    slot.run = std::move(next);
    install(slot, std::min(step, slot.run->stepCount()), wasPlaying);
    old.reset();
}

catalogue::Options RoomScaffold::currentOptions() const {
    if (!item_) return {};
    const auto it = slots_.find(item_->id);
    return it != slots_.end() ? it->second.options : catalogue::Options{};
}

bool RoomScaffold::applyOptions(const catalogue::Options& options, QString* error) {
    if (!apply(options)) {
        if (error) *error = bannerText().remove(QStringLiteral("⚠ "));
        return false;
    }
    setEditorOptions(*item_, options);
    return true;
}

void RoomScaffold::install(Slot& slot, std::size_t step, bool play) {
    run_ = nullptr;  // no step is shown while the views switch over
    run::Run& r = *slot.run;
    pseudocode_->setLines(r.pseudocode());
    runInstalled(r);
    run_ = &r;
    // A run made without its trace only counted its steps: there is nothing to walk through.
    const auto* narrated = dynamic_cast<const run::NarratedRun*>(&r);
    controller_->reset(narrated && narrated->info().countedSteps ? 0 : r.stepCount());  // shows step 0
    std::vector<std::size_t> ends;
    for (const auto& g : r.groups()) ends.push_back(g.last);
    controller_->setGroupEnds(std::move(ends));
    if (step != 0) controller_->seek(step);
    if (play && !controller_->atEnd()) controller_->play();
}

QString RoomScaffold::stepHeader() const {
    if (!run_) return {};
    const std::size_t step = run_->step();
    QString header = tr("Step %1 of %2").arg(step).arg(run_->stepCount());
    const auto& groups = run_->groups();
    const std::size_t g = run_->groupOf(step);
    if (step > 0 && g < groups.size())
        header += " · " + QString::fromStdString(groups[g].label);
    else if (step > 0 && groups.empty() && run_->line() > 0)
        header += " · " + tr("line %1").arg(run_->line());
    return header;
}

void RoomScaffold::onStep(std::size_t step) {
    if (!run_) return;
    run_->seek(step);
    pseudocode_->setCurrentLine(run_->line() - 1);  // line 0 (step 0) lights nothing
    explanation_->setExplanation(stepHeader(), QString::fromStdString(run_->sentence()));
    showStep(*run_);
}

QString RoomScaffold::bannerText() const {
    return bannerBox_->isVisibleTo(this) ? banner_->text() : QString();
}

void RoomScaffold::offer(const QString& message, const QString& button, std::function<void()> action, bool error) {
    showBanner(message, error);
    bannerAction_->setText(button);
    bannerAction_->setVisible(!message.isEmpty());
    bannerActionDo_ = std::move(action);
}

void RoomScaffold::showBanner(const QString& message, bool error) {
    bannerIsError_ = error && !message.isEmpty();
    banner_->setText(bannerIsError_ ? QStringLiteral("⚠ ") + message : message);
    bannerBox_->setVisible(!message.isEmpty());
    bannerAction_->hide();
    bannerActionDo_ = nullptr;
    QPalette p = palette();
    if (bannerIsError_)
        p.setColor(QPalette::WindowText,
                   isDarkPalette(this) ? QColor(0xff, 0x7b, 0x72) : QColor(0xb4, 0x1e, 0x1e));
    banner_->setPalette(p);
}

}  // namespace stepwise::ui
