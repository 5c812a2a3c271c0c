#include "ui/views/graph/GraphStyle.h"

#include <QGuiApplication>

#include <cmath>
#include <iterator>

namespace stepwise::ui {

QColor mixColours(const QColor& a, const QColor& b, qreal t) {
    const auto lerp = [t](qreal x, qreal y) { return x + (y - x) * t; };
    return QColor::fromRgbF(static_cast<float>(lerp(a.redF(), b.redF())),
                            static_cast<float>(lerp(a.greenF(), b.greenF())),
                            static_cast<float>(lerp(a.blueF(), b.blueF())),
                            static_cast<float>(lerp(a.alphaF(), b.alphaF())));
}

namespace {

/// Relative luminance (sRGB, WCAG), to pick black or white text on a fill.
qreal luminance(const QColor& c) {
    const auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor withAlpha(QColor c, int alpha) {
    c.setAlpha(alpha);
    return c;
}

}  // namespace

GraphStyle::GraphStyle() {
    // Pixel sizes, not points: scene units are what the layout speaks, whatever the screen's DPI.
    nameFont = QGuiApplication::font();
    nameFont.setPixelSize(13);
    nameFont.setBold(true);
    labelFont = QGuiApplication::font();
    labelFont.setPixelSize(11);
    labelFont.setBold(true);
    detailFont = QGuiApplication::font();
    detailFont.setPixelSize(11);
    detailFont.setBold(true);
    weightFont = QGuiApplication::font();
    weightFont.setPixelSize(11);
    badgeFont = QGuiApplication::font();
    badgeFont.setPixelSize(9);
    badgeFont.setBold(true);
    applyPalette(QGuiApplication::palette());
}

void GraphStyle::setFamily(const QString& family) {
    for (QFont* f : {&nameFont, &labelFont, &detailFont, &weightFont, &badgeFont}) f->setFamily(family);
}

void GraphStyle::applyPalette(const QPalette& palette) {
    background = palette.color(QPalette::Base);
    text = palette.color(QPalette::Text);
    dark = background.lightness() < 128;

    muted = mixColours(text, background, 0.5);
    edge = mixColours(text, background, 0.62);
    labelBackground = withAlpha(background, 230);

    // The palette's highlight is the theme's own accent; keep it unless it would vanish on the canvas.
    accent = palette.color(QPalette::Highlight);
    if (dark && accent.lightness() < 130) accent = accent.lighter(150);
    if (!dark && accent.lightness() > 170) accent = accent.darker(140);
    accentFill = mixColours(accent, background, dark ? 0.7 : 0.8);

    // Fixed accents, one shade per theme, chosen to keep contrast with the canvas and each other.
    done = dark ? QColor(0x51, 0xcf, 0x66) : QColor(0x2b, 0x8a, 0x3e);
    doneText = luminance(done) > 0.35 ? QColor(0x10, 0x20, 0x14) : QColor(Qt::white);
    highlight = dark ? QColor(0xff, 0x92, 0x2b) : QColor(0xe8, 0x59, 0x0c);
    highlightFill = mixColours(highlight, background, dark ? 0.55 : 0.7);
    back = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc9, 0x2a, 0x2a);
    forward = dark ? QColor(0xb1, 0x97, 0xfc) : QColor(0x70, 0x48, 0xe8);
    cross = mixColours(text, background, 0.45);
    rejected = mixColours(text, background, 0.78);
    cycle = back;
    examined = mixColours(text, background, 0.3);
    focus = withAlpha(dark ? QColor(0xff, 0xd4, 0x3b) : QColor(0xfa, 0xb0, 0x05), dark ? 110 : 130);
}

QColor GraphStyle::component(int index) const {
    // Hues chosen to stay apart from each other and from the frontier blue; lighter on dark.
    static const int hues[] = {30, 140, 280, 0, 190, 55, 320, 100};
    const int hue = hues[static_cast<std::size_t>(index) % std::size(hues)];
    return QColor::fromHsl(hue, dark ? 140 : 170, dark ? 150 : 190);
}

}  // namespace stepwise::ui
