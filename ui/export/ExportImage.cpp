#include "ui/export/ExportImage.h"

#include <cmath>

namespace stepwise::ui {

QSize exportPixels(const QSizeF& page, qreal scale) {
    // Clamped before the cast: a huge page times a scale must not overflow int.
    auto side = [&](qreal units) { return static_cast<int>(std::min(std::ceil(units * scale), 1.0e9)); };
    return {std::max(1, side(page.width())), std::max(1, side(page.height()))};
}

bool withinPixelLimit(const QSize& size) {
    return static_cast<qint64>(size.width()) * size.height() <= maxExportPixels;
}

QString tooLargeMessage(const QSize& size) {
    return QStringLiteral("the image would be %1 × %2 pixels, over the limit of %3 million: choose a smaller scale")
        .arg(size.width())
        .arg(size.height())
        .arg(maxExportPixels / 1'000'000);
}

QImage blankExportImage(const QSize& size, const QColor& background) {
    if (!withinPixelLimit(size)) return {};
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) return {};
    image.fill(background);
    return image;
}

}  // namespace stepwise::ui
