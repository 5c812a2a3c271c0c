// WCAG contrast of the colour pairs the views, delegates and panels paint with, in both palettes
// (issue 8: black on near-black answers, invisible slow badges and DP grid lines in the dark theme).
// Text needs 4.5:1 (AA), lines and marks 3:1.
#include <gtest/gtest.h>

#include <QColor>
#include <QPalette>
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

}  // namespace
}  // namespace stepwise::ui
