#pragma once
// The raster images exports draw into: sized from a page and a scale, every pixel set to the
// background first (a fractional page leaves the last row and column unpainted), and a size limit
// so a large scale of a large drawing is refused instead of allocating gigabytes.
#include <QColor>
#include <QImage>
#include <QSize>
#include <QSizeF>
#include <QString>

namespace stepwise::ui {

/// Images over this many pixels are refused (about 256 MB at 4 bytes a pixel; a 16× scale of a
/// 100-letter LCS table asked for 5.6 GB).
inline constexpr qint64 maxExportPixels = 64'000'000;

/// The pixels of `page` (drawing units) at `scale`, rounded up.
QSize exportPixels(const QSizeF& page, qreal scale);
/// Whether an image of `size` is within maxExportPixels.
bool withinPixelLimit(const QSize& size);
/// "the image would be 40000 × 35000 pixels, over the limit of 64 million: choose a smaller scale".
QString tooLargeMessage(const QSize& size);
/// An image of `size` filled with `background`; null when over the limit or out of memory.
QImage blankExportImage(const QSize& size, const QColor& background);

}  // namespace stepwise::ui
