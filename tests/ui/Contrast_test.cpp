// WCAG contrast of the colour pairs the views, delegates and panels paint with, in both palettes
// (issue 8: black on near-black answers, invisible slow badges and DP grid lines in the dark theme).
// Text needs 4.5:1 (AA), lines and marks 3:1.
#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QColor>
#include <QImage>
#include <QListWidget>
#include <QPalette>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>
#include <cmath>
#include <string>

#include "ui/app/Theme.h"
#include "ui/charts/ChartStyle.h"
#include "ui/views/balance/BalancerView.h"
#include "ui/views/balance/HashRingView.h"
#include "ui/views/cache/CacheSlotsView.h"
#include "ui/views/dp/DpCellDelegate.h"
#include "ui/views/resilience/BreakerView.h"
#include "ui/views/resilience/PolicyPicture.h"

namespace stepwise::ui {
namespace {

/// WCAG 2 relative luminance, written from the definition.
double luminance(const QColor& c) {
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

TEST(Contrast, TheFormulaMatchesKnownValues) {
    EXPECT_NEAR(contrast(Qt::black, Qt::white), 21.0, 1e-9);
    EXPECT_NEAR(contrast(QColor(0x77, 0x77, 0x77), Qt::white), 4.48, 0.01);
    EXPECT_NEAR(contrast(Qt::red, Qt::red), 1.0, 1e-9);
}

struct Pair {
    const char* what;
    QColor fore, back;
    double need;
};

void expectAll(const std::vector<Pair>& pairs, const char* palette) {
    for (const auto& p : pairs)
        EXPECT_GE(contrast(p.fore, p.back), p.need)
            << palette << ": " << p.what << " " << p.fore.name().toStdString() << " on " << p.back.name().toStdString();
}

constexpr double kText = 4.5, kMark = 3.0;

std::vector<Pair> palettePairs(const QPalette& p) {
    using R = QPalette;
    return {{"text on base", p.color(R::Text), p.color(R::Base), kText},
            {"text on alternate base", p.color(R::Text), p.color(R::AlternateBase), kText},
            {"window text", p.color(R::WindowText), p.color(R::Window), kText},
            {"placeholder on base", p.color(R::PlaceholderText), p.color(R::Base), kText},
            {"placeholder on window", p.color(R::PlaceholderText), p.color(R::Window), kText},
            {"placeholder on alternate base", p.color(R::PlaceholderText), p.color(R::AlternateBase), kText},
            {"button text", p.color(R::ButtonText), p.color(R::Button), kText},
            {"highlighted text", p.color(R::HighlightedText), p.color(R::Highlight), kText},
            {"tool tip", p.color(R::ToolTipText), p.color(R::ToolTipBase), kText}};
}

std::vector<Pair> dpPairs(const QPalette& p) {
    const DpCellColours c = DpCellColours::forPalette(p);
    const QColor base = p.color(QPalette::Base);
    return {{"DP number", c.text, base, kText},
            {"DP current number", c.text, c.currentFill, kText},
            {"DP dependency number", c.text, c.dependencyFill, kText},
            {"DP traceback number", c.text, c.pathFill, kText},
            {"DP empty-cell mark", c.muted, base, kText},
            {"DP current outline", c.currentLine, c.currentFill, kMark},
            {"DP dependency outline", c.dependencyLine, c.dependencyFill, kMark},
            {"DP traceback ring", c.pathLine, c.pathFill, kMark},
            {"DP grid line", c.grid, base, kMark}};
}

std::vector<Pair> balancerPairs(const QPalette& p) {
    const BalancerColours c = BalancerColours::forPalette(p);
    const QColor base = p.color(QPalette::Base);
    return {{"balancer text on box", c.text, c.box, kText},
            {"balancer caption on box", c.dim, c.box, kText},
            {"balancer caption on base", c.dim, base, kText},
            {"balancer box border", c.border, c.box, kMark},
            {"balancer box border on base", c.border, base, kMark},
            {"SLOW badge text", c.slowText, c.slow, kText},
            {"SLOW badge on box", c.slow, c.box, kMark}};
}

std::vector<Pair> cachePairs(const QPalette& p) {
    const CacheSlotColours c = CacheSlotColours::forPalette(p);
    const QColor base = p.color(QPalette::Base);
    return {{"cache key on box", c.text, c.box, kText},
            {"cache detail on box", c.dim, c.box, kText},
            {"cache caption on base", c.dim, base, kText},
            {"cache hit request line", c.hit, base, kText},
            {"cache miss request line", c.inserted, base, kText},
            {"cache eviction reason and struck key", c.evict, base, kText},
            {"HIT badge text", c.badgeText, c.hit, kText},
            {"NEW badge text", c.badgeText, c.inserted, kText},
            {"OUT badge text", c.badgeText, c.evict, kText},
            {"cache box border", c.boxBorder, c.box, kMark},
            {"cache box border on base", c.boxBorder, base, kMark},
            {"empty slot outline", c.empty, base, kMark},
            {"hit outline on box", c.hit, c.box, kMark},
            {"new outline on box", c.inserted, c.box, kMark},
            {"ttl bar on its track", c.ttl, c.ttlTrack, kMark},
            {"ttl bar (nearly out) on its track", c.evict, c.ttlTrack, kMark},
            {"list and bucket pointers", c.dim, base, kMark}};
}

std::vector<Pair> ringPairs(const QPalette& p) {
    const QColor base = p.color(QPalette::Base);
    return {{"moved keys' note", movedKeyColour(p), base, kText}, {"moved key ring", movedKeyColour(p), base, kMark}};
}

std::vector<Pair> breakerPairs(const QPalette& p) {
    const BreakerColours c = BreakerColours::forPalette(p);
    return {{"breaker text", c.text, c.base, kText},
            {"breaker dim text", c.dim, c.base, kText},
            {"breaker lit state", c.litText, c.lit, kText},
            {"breaker lines and borders", c.border, c.base, kMark},
            {"breaker transition arrow", c.accent, c.base, kMark},
            {"breaker ✓ on a success cell", c.cellText, c.success, kText},
            {"breaker ✗ on a failure cell", c.cellText, c.failure, kText},
            {"breaker slow mark on success", c.slowMark, c.success, kMark},
            {"breaker slow mark on failure", c.slowMark, c.failure, kMark},
            {"breaker cell border on success", c.border, c.success, kMark},
            {"breaker failure-rate line", c.failureLine, c.base, kMark},
            {"breaker slow-rate line", c.slowLine, c.base, kMark}};
}

std::vector<Pair> policyPairs(const QPalette& p) {
    const PolicyColours c = PolicyColours::forPalette(p);
    return {{"policy text", c.text, c.base, kText},
            {"policy caption", c.dim, c.base, kText},
            {"policy text on a held slot", c.text, c.fill, kText},
            {"policy caption on a free slot", c.dim, c.base, kText},
            {"policy success mark", c.ok, c.base, kMark},
            {"policy held-slot outline", c.ok, c.fill, kMark},
            {"policy failure mark", c.bad, c.base, kMark},
            {"policy wait mark", c.wait, c.base, kMark},
            {"policy current ring", c.current, c.base, kMark},
            {"policy current ring on a held slot", c.current, c.fill, kMark},
            {"policy grid and axis", c.grid, c.base, kMark}};
}

std::vector<Pair> seriesPairs(const QPalette& p, bool dark) {
    std::vector<Pair> out;
    // Six: a backend's colour follows its name, so any of the slots can be in use.
    for (int i = 0; i < 6; ++i)
        out.push_back({"series colour (lines, picked backend, cache accent)", seriesColour(i, dark), p.color(QPalette::Base),
                       kMark});
    return out;
}

TEST(Contrast, EveryPaintedPairReachesAaInTheLightPalette) {
    const QPalette p = lightPalette();
    expectAll(palettePairs(p), "light");
    expectAll(dpPairs(p), "light");
    expectAll(balancerPairs(p), "light");
    expectAll(breakerPairs(p), "light");
    expectAll(seriesPairs(p, false), "light");
    expectAll(cachePairs(p), "light");
    expectAll(ringPairs(p), "light");
    expectAll(policyPairs(p), "light");
}

TEST(Contrast, EveryPaintedPairReachesAaInTheDarkPalette) {
    const QPalette p = darkPalette();
    expectAll(palettePairs(p), "dark");
    expectAll(dpPairs(p), "dark");
    expectAll(balancerPairs(p), "dark");
    expectAll(breakerPairs(p), "dark");
    expectAll(seriesPairs(p, true), "dark");
    expectAll(cachePairs(p), "dark");
    expectAll(ringPairs(p), "dark");
    expectAll(policyPairs(p), "dark");
}

// Unticked indicators (issue: invisible check boxes in the dark theme). Fusion draws their outline
// from the window colour, so it is measured from real pixels, not from palette pairs: a widget with no
// text shows only its indicator, and enough of its pixels (most of the box's or the circle's outline)
// must reach 3:1 against the background around it.
struct Indicator {
    int strongPixels = 0;  ///< pixels at 3:1 or more against the background
    double best = 1.0;     ///< the highest contrast of any pixel
};

Indicator measure(const QImage& image, const QColor& background) {
    Indicator out;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const double c = contrast(image.pixelColor(x, y), background);
            out.best = std::max(out.best, c);
            if (c >= kMark) ++out.strongPixels;
        }
    return out;
}

/// The unticked indicator of `button` (a QCheckBox or a QRadioButton with no text) on the window colour.
Indicator buttonIndicator(QAbstractButton* button) {
    QWidget window;
    window.setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(button);
    window.adjustSize();
    return measure(window.grab().toImage(), window.palette().color(QPalette::Window));
}

/// The unticked check box of an item with no text in a list (the practice setup's and the Progress
/// page's topic lists) on the base colour.
Indicator itemViewIndicator() {
    QListWidget list;
    list.setFrameShape(QFrame::NoFrame);
    auto* item = new QListWidgetItem(&list);
    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
    item->setCheckState(Qt::Unchecked);
    list.resize(120, 60);
    list.show();  // lays the items out
    return measure(list.viewport()->grab().toImage(), list.palette().color(QPalette::Base));
}

void expectVisibleIndicators(Theme theme, const char* palette) {
    applyTheme(theme);
    // Most of the outline: a side and a half's worth of pixels, so a stray dot or corner does not pass
    // (an antialiased circle has fewer crisp pixels than a square).
    const int enough = 3 * QApplication::style()->pixelMetric(QStyle::PM_IndicatorWidth) / 2;
    const std::vector<std::pair<const char*, Indicator>> all = {
        {"check box", buttonIndicator(new QCheckBox)},
        {"radio button", buttonIndicator(new QRadioButton)},
        {"item view check box", itemViewIndicator()}};
    for (const auto& [what, found] : all)
        EXPECT_GE(found.strongPixels, enough)
            << palette << ": unticked " << what << " outline; best contrast " << found.best << ":1, "
            << found.strongPixels << " pixels at 3:1";
    applyTheme(Theme::Light);
}

TEST(Contrast, UntickedIndicatorsShowTheirOutlineInTheLightTheme) {
    expectVisibleIndicators(Theme::Light, "light");
}

TEST(Contrast, UntickedIndicatorsShowTheirOutlineInTheDarkTheme) {
    expectVisibleIndicators(Theme::Dark, "dark");
}

}  // namespace
}  // namespace stepwise::ui
