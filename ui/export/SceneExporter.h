#pragma once
// Image export of a drawing at the current step: PNG (raster, 2× by default), SVG and PDF (vector).
#include <QColor>
#include <QImage>
#include <QString>
#include <optional>

class QGraphicsScene;

namespace stepwise::ui {

enum class ImageFormat { Png, Svg, Pdf };

struct ExportOptions {
    qreal scale = 2.0;      // PNG pixels per scene unit (2× keeps text crisp on high-DPI screens)
    qreal margin = 24;      // scene units around the drawing
    QColor background;      // invalid: the scene's background brush colour (white if it has none)
    QString title;          // SVG/PDF document title
};

/// The format a file name asks for by its suffix (".png", ".svg", ".pdf", any case), if any.
std::optional<ImageFormat> imageFormatForFile(const QString& file);

/// The scene's items (plus the margin) as an image, `options.scale` pixels per scene unit.
QImage renderSceneImage(QGraphicsScene* scene, const ExportOptions& options = {});

/// Writes the scene's items to `file`. Returns false and fills `error` (when given) if the scene is
/// empty or the file cannot be written.
bool exportScene(QGraphicsScene* scene, const QString& file, ImageFormat format, const ExportOptions& options = {},
                 QString* error = nullptr);

}  // namespace stepwise::ui
