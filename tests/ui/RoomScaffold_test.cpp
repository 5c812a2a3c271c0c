#include "ui/rooms/RoomScaffold.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLineEdit>

#include "core/common/InputError.h"
#include "ui/panels/ExplanationPanel.h"
#include "ui/panels/PseudocodePanel.h"
#include "ui/playback/PlaybackController.h"

namespace stepwise::ui {
namespace {

using catalogue::CatalogueItem;
using catalogue::Options;

/// A run of `n` steps in groups of three ("group 1", ...); step k lights line (k % 3) + 1.
class FakeRun : public run::Run {
  public:
    explicit FakeRun(std::size_t n, std::string id) : n_(n), id_(std::move(id)) {
        for (std::size_t first = 1; first <= n; first += 3)
            groups_.push_back({"group " + std::to_string(groups_.size() + 1), first, std::min(n, first + 2)});
    }
    std::string itemId() const override { return id_; }
    std::string title() const override { return "Fake"; }
    std::size_t stepCount() const override { return n_; }
    std::size_t step() const override { return k_; }
    bool forward() override { return k_ < n_ && ++k_; }
    bool back() override { return k_ > 0 && k_--; }
    void seek(std::size_t k) override { k_ = std::min(k, n_); }
    const std::vector<std::string>& pseudocode() const override { return code_; }
    int line() const override { return k_ == 0 ? 0 : static_cast<int>(k_ % 3) + 1; }
    std::string sentence() const override {
        return k_ == 0 ? "Nothing yet." : "Did step " + std::to_string(k_) + ".";
    }
    const std::vector<run::StepGroup>& groups() const override { return groups_; }
    nlohmann::json result() const override { return {{"n", n_}}; }
    std::string resultText() const override { return "fake"; }
    std::vector<std::string> warnings() const override {
        return n_ > 20 ? std::vector<std::string>{"long run"} : std::vector<std::string>{};
    }

  private:
    std::size_t n_;
    std::size_t k_ = 0;
    std::string id_;
    std::vector<std::string> code_{"first", "second", "third"};
    std::vector<run::StepGroup> groups_;
};

CatalogueItem fakeItem(const std::string& id, bool withPresets) {
    CatalogueItem item;
    item.id = id;
    item.area = catalogue::Area::Structures;
    item.title = "Fake " + id;
    item.summary = "A fake item";
    catalogue::OptionSpec n;
    n.name = "n";
    n.kind = catalogue::OptionKind::Integer;
    n.defaultValue = "6";
    n.min = 1;
    n.max = 100;
    item.options = {n};
    item.example = {"example", "Six steps", {{"n", "6"}}};
    if (withPresets) item.presets = {{"long", "Twelve steps", {{"n", "12"}}}};
    item.build = [id](const Options& o, const catalogue::RunLimits&) -> std::unique_ptr<run::Run> {
        if (o.integer("n") == 13) throw InputError("n: 13 is unlucky");
        return std::make_unique<FakeRun>(static_cast<std::size_t>(o.integer("n")), id);
    };
    return item;
}

const std::vector<CatalogueItem>& fakeItems() {
    static const std::vector<CatalogueItem> items = {fakeItem("alpha", true), fakeItem("beta", false)};
    return items;
}

/// The smallest room: a line edit for n, and a "view" that records what it was shown.
class FakeRoom : public RoomScaffold {
  public:
    FakeRoom() : RoomScaffold("Fakes", {&fakeItems()[0], &fakeItems()[1]}) {
        setObjectName("fakeRoom");
        editor = new QLineEdit(this);
        auto* centre = new QWidget(this);
        buildLayout(editor, centre, {}, {});
        selectItem("alpha");
    }
    Options editorOptions() const override { return Options({{"n", editor->text().toStdString()}}); }
    void setEditorOptions(const CatalogueItem&, const Options& o) override {
        editor->setText(QString::fromStdString(o.text("n")));
    }
    void runInstalled(run::Run&) override { ++installs; }
    void showStep(run::Run& run) override { shown = run.step(); }

    QLineEdit* editor;
    int installs = 0;
    std::size_t shown = 999;
};

TEST(RoomScaffold, ListsItsItemsAndOpensTheFirstOnItsExample) {
    FakeRoom room;
    ASSERT_EQ(room.items().size(), 2);
    EXPECT_EQ(room.items()[1].id, "beta");
    EXPECT_EQ(room.currentItem(), "alpha");
    ASSERT_NE(room.run(), nullptr);
    EXPECT_EQ(room.run()->stepCount(), 6u);
    EXPECT_EQ(room.playback()->stepCount(), 6u);
    EXPECT_EQ(room.editor->text(), "6");
    EXPECT_EQ(room.explanation()->where(), "Step 0 of 6");
    EXPECT_EQ(room.explanation()->sentence(), "Nothing yet.");
    EXPECT_EQ(room.pseudocode()->lineCount(), 3);
    EXPECT_EQ(room.pseudocode()->currentLine(), -1);
}

TEST(RoomScaffold, EachStepShowsTheRunsLineSentenceAndGroup) {
    FakeRoom room;
    room.playback()->seek(4);
    EXPECT_EQ(room.shown, 4u);
    EXPECT_EQ(room.run()->step(), 4u);
    EXPECT_EQ(room.pseudocode()->currentLine(), 1);  // the run's line 2, 0-based
    EXPECT_EQ(room.explanation()->sentence(), "Did step 4.");
    EXPECT_EQ(room.explanation()->where(), "Step 4 of 6 · group 2");
    room.playback()->stepBack();
    EXPECT_EQ(room.explanation()->where(), "Step 3 of 6 · group 1");
}

TEST(RoomScaffold, ApplyKeepsTheStepWhenTheNewRunHasItAndClampsOtherwise) {
    FakeRoom room;
    room.playback()->seek(5);
    room.editor->setText("9");
    ASSERT_TRUE(room.applyEditor());
    EXPECT_EQ(room.run()->stepCount(), 9u);
    EXPECT_EQ(room.playback()->step(), 5u);
    EXPECT_EQ(room.run()->step(), 5u);
    room.editor->setText("2");
    ASSERT_TRUE(room.applyEditor());
    EXPECT_EQ(room.playback()->step(), 2u);
    EXPECT_EQ(room.explanation()->sentence(), "Did step 2.");
}

TEST(RoomScaffold, BadInputShowsTheBannerAndKeepsTheOldRun) {
    FakeRoom room;
    room.playback()->seek(3);
    const run::Run* before = room.run();
    for (const char* bad : {"0", "x", "13"}) {
        room.editor->setText(bad);
        EXPECT_FALSE(room.applyEditor()) << bad;
        EXPECT_TRUE(room.bannerIsError()) << bad;
        EXPECT_FALSE(room.bannerText().isEmpty()) << bad;
        EXPECT_EQ(room.run(), before) << bad;
        EXPECT_EQ(room.playback()->stepCount(), 6u) << bad;
        EXPECT_EQ(room.playback()->step(), 3u) << bad;
    }
    EXPECT_TRUE(room.bannerText().contains("unlucky"));
    room.editor->setText("7");
    ASSERT_TRUE(room.applyEditor());
    EXPECT_FALSE(room.bannerIsError());
    EXPECT_TRUE(room.bannerText().isEmpty());
}

TEST(RoomScaffold, TheRunsWarningsShowInTheBannerAsNoError) {
    FakeRoom room;
    room.editor->setText("30");
    ASSERT_TRUE(room.applyEditor());
    EXPECT_FALSE(room.bannerIsError());
    EXPECT_EQ(room.bannerText(), "long run");
}

TEST(RoomScaffold, PresetsComeFromTheCatalogueItemAndStartAtStepZero) {
    FakeRoom room;
    EXPECT_EQ(room.presets(), (QStringList{"example", "long"}));
    ASSERT_EQ(room.presetSelector()->count(), 2);
    EXPECT_EQ(room.presetSelector()->itemText(1), "Twelve steps");
    EXPECT_TRUE(room.presetSelector()->isVisibleTo(&room));
    room.playback()->seek(4);
    EXPECT_TRUE(room.applyPreset("long"));
    EXPECT_EQ(room.editor->text(), "12");
    EXPECT_EQ(room.run()->stepCount(), 12u);
    EXPECT_EQ(room.playback()->step(), 0u);
    EXPECT_FALSE(room.applyPreset("nope"));
    EXPECT_EQ(room.run()->stepCount(), 12u);
    room.selectItem("beta");
    EXPECT_FALSE(room.presetSelector()->isVisibleTo(&room));  // only its example
}

TEST(RoomScaffold, SteppingByGroupStopsAtTheEndOfEachGroup) {
    FakeRoom room;
    room.editor->setText("8");  // groups 1-3, 4-6, 7-8
    ASSERT_TRUE(room.applyEditor());
    PlaybackController& c = *room.playback();
    std::vector<std::size_t> stops;
    for (int i = 0; i < 4; ++i) {
        c.nextGroup();
        stops.push_back(c.step());
    }
    EXPECT_EQ(stops, (std::vector<std::size_t>{3, 6, 8, 8}));
    c.seek(5);
    c.previousGroup();
    EXPECT_EQ(c.step(), 3u);
    c.previousGroup();
    EXPECT_EQ(c.step(), 0u);
    c.seek(4);
    c.nextGroup();
    EXPECT_EQ(c.step(), 6u);
}

TEST(RoomScaffold, SwitchingItemsKeepsEachItemsInputRunAndStep) {
    FakeRoom room;
    room.editor->setText("10");
    ASSERT_TRUE(room.applyEditor());
    room.playback()->seek(7);
    room.selectItem("beta");
    EXPECT_EQ(room.currentItem(), "beta");
    EXPECT_EQ(room.run()->itemId(), "beta");
    EXPECT_EQ(room.editor->text(), "6");
    room.editor->setText("4");  // typed, not run
    room.selectItem("alpha");
    EXPECT_EQ(room.editor->text(), "10");
    EXPECT_EQ(room.playback()->step(), 7u);
    EXPECT_EQ(room.explanation()->sentence(), "Did step 7.");
    room.selectItem("beta");
    EXPECT_EQ(room.editor->text(), "4");
    room.selectItem("nothing-of-ours");
    EXPECT_EQ(room.currentItem(), "beta");
}

}  // namespace
}  // namespace stepwise::ui
