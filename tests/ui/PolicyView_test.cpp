// The policy view (retry, rate limiter, bulkhead) built straight from catalogue runs: it paints
// something at every step tried, light and dark, the drawing changes as the run moves, and what it
// draws (policyPicture) matches the run: one mark per step so far, the current one last and
// ringed, the bucket's permits and the bulkhead's rows from the core's steps.
#include "ui/views/resilience/PolicyView.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>

#include "core/catalogue/Catalogue.h"
#include "core/resilience/PolicyItemRun.h"
#include "ui/app/Theme.h"
#include "ui/views/resilience/PolicyPicture.h"

namespace stepwise::ui {
namespace {

std::unique_ptr<resilience::PolicyItemRun> start(const std::string& id, const std::string& preset) {
    const auto& item = catalogue::requireItem(id);
    auto run = item.start(item.presetOptions(preset));
    auto* policy = dynamic_cast<resilience::PolicyItemRun*>(run.get());
    if (!policy) return nullptr;
    run.release();
    return std::unique_ptr<resilience::PolicyItemRun>(policy);
}

std::vector<std::pair<std::string, std::string>> cases() {
    std::vector<std::pair<std::string, std::string>> all;
    for (const char* id : {"retry", "rate-limiter", "bulkhead"}) {
        all.push_back({id, "example"});
        for (const auto& p : catalogue::requireItem(id).presets) all.push_back({id, p.name});
    }
    return all;
}

QImage paintAt(PolicyView& view, QSize size) {
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    view.paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

/// Pixels differing from the background (the palette's base).
int inked(const QImage& image, QColor base) {
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) n += image.pixel(x, y) != base.rgb();
    return n;
}

TEST(PolicyView, PaintsAtSeveralStepsInBothPalettesAndChangesAsTheRunMoves) {
    for (const auto& [id, preset] : cases()) {
        SCOPED_TRACE(id + " " + preset);
        auto run = start(id, preset);
        ASSERT_NE(run, nullptr);
        for (const QPalette& palette : {lightPalette(), darkPalette()}) {
            PolicyView view;
            view.setPalette(palette);
            view.setRun(run.get());
            const QColor base = palette.color(QPalette::Base);
            const std::size_t n = run->stepCount();
            QImage previous;
            for (const std::size_t k : {std::size_t{0}, std::size_t{1}, n / 2, n}) {
                run->seek(k);
                view.showStep();
                const QImage image = paintAt(view, {960, 480});
                EXPECT_EQ(image.pixel(2, 2), base.rgb()) << "the background is the palette's base";
                EXPECT_GT(inked(image, base), 4000) << "step " << k;
                if (!previous.isNull() && k > 0) {
                    EXPECT_NE(image, previous) << "step " << k << " looks like the one before";
                }
                previous = image;
            }
            // Small and large sizes paint too (the export paints at any size).
            EXPECT_GT(inked(paintAt(view, {480, 300}), base), 2000);
            EXPECT_GT(inked(paintAt(view, {1600, 900}), base), 4000);
        }
    }
}

TEST(PolicyView, EachBusySlotIsWideEnoughForItsText) {
    // At the view's size in the room on a 1366×768 screen: "call 5 / to 450 ms" inside its box.
    auto run = start("bulkhead", "example");
    ASSERT_NE(run, nullptr);
    PolicyView view;
    view.setFont(QFont(view.font()));
    view.setRun(run.get());
    std::size_t slots = 0;
    for (std::size_t k = 0; k <= run->stepCount(); ++k) {
        run->seek(k);
        paintAt(view, QSize(800, 540));
        for (const auto& slot : view.paintedSlots()) {
            ++slots;
            EXPECT_GE(slot.box.width(), slot.textWidth + 4) << "step " << k;
            EXPECT_LE(slot.box.right(), 800);
        }
    }
    EXPECT_GT(slots, 0u);
}

TEST(PolicyView, NothingToDrawWithoutARun) {
    PolicyView view;
    view.setPalette(lightPalette());
    const QImage image = paintAt(view, {400, 300});
    EXPECT_EQ(inked(image, lightPalette().color(QPalette::Base)), 0);
    EXPECT_FALSE(view.accessibleName().isEmpty());
}

TEST(PolicyPicture, WhatIsDrawnMatchesTheRunAtEveryStep) {
    using resilience::PolicyKind;
    for (const auto& [id, preset] : cases()) {
        SCOPED_TRACE(id + " " + preset);
        auto run = start(id, preset);
        ASSERT_NE(run, nullptr);
        run->seek(0);
        EXPECT_TRUE(policyPicture(*run).marks.empty());
        while (run->forward()) {
            const PolicyPicture pic = policyPicture(*run);
            const auto& s = *run->current();
            SCOPED_TRACE("step " + std::to_string(run->step()));
            ASSERT_EQ(pic.marks.size(), run->position()) << "one mark per step so far (the presets are small)";
            for (std::size_t i = 0; i + 1 < pic.marks.size(); ++i) EXPECT_FALSE(pic.marks[i].current);
            const PolicyMark& last = pic.marks.back();
            EXPECT_TRUE(last.current);
            EXPECT_DOUBLE_EQ(last.at, static_cast<double>(s.at) / resilience::second);
            EXPECT_DOUBLE_EQ(pic.now, last.at);
            EXPECT_LE(pic.now, pic.end);
            EXPECT_EQ(last.number, s.number);
            switch (pic.kind) {
                case PolicyKind::Retry:
                    if (s.kind == resilience::StepKind::Attempt) {
                        EXPECT_EQ(last.shape, s.failed ? PolicyMark::Shape::Failure : PolicyMark::Shape::Success);
                    }
                    if (s.kind == resilience::StepKind::Backoff) {
                        EXPECT_DOUBLE_EQ(last.at - last.waitFrom, static_cast<double>(s.wait) / resilience::second);
                    }
                    break;
                case PolicyKind::RateLimiter:
                    ASSERT_FALSE(pic.permitsLine.empty());
                    EXPECT_EQ(pic.permitsLine.back().second, static_cast<double>(s.level));
                    EXPECT_EQ(pic.state.permits, s.level);
                    EXPECT_FALSE(pic.boundaries.empty());
                    break;
                case PolicyKind::Bulkhead:
                    if (s.kind == resilience::StepKind::Rejected) {
                        EXPECT_EQ(last.row, pic.rows - 1);
                    }
                    if (s.kind == resilience::StepKind::Permitted || s.kind == resilience::StepKind::Waited) {
                        EXPECT_EQ(last.row, static_cast<int>(s.slot));
                        EXPECT_DOUBLE_EQ(last.holdTo - last.waitTo, static_cast<double>(s.duration) / resilience::second);
                    }
                    break;
            }
        }
    }
}


}  // namespace
}  // namespace stepwise::ui
