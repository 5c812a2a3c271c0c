#pragma once
// Export of any view at its current step through the StepView contract: PNG (2× by default), SVG
// and PDF, at the view's natural size. Works for every room's drawing, scene or not.
#include <QImage>
#include <QString>

#include "ui/export/SceneExporter.h"

namespace stepwise::ui {

class StepView;

/// The view at its natural size times `options.scale`, on `options.background` (white if invalid).
QImage renderViewImage(StepView& view, const ExportOptions& options = {});

/// Writes the view to `file`. Returns false and fills `error` (when given) if the view has nothing
/// to draw or the file cannot be written.
bool exportView(StepView& view, const QString& file, ImageFormat format, const ExportOptions& options = {},
                QString* error = nullptr);

}  // namespace stepwise::ui
