#include "ui/export/SceneExporter.h"

#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <cmath>
#include <utility>
#include <vector>

#include "ui/export/ExportImage.h"
#include "ui/export/SceneCacheOff.h"

namespace stepwise::ui {
namespace {

QRectF sourceRect(QGraphicsScene* scene, const ExportOptions& options) {
    return scene->itemsBoundingRect().adjusted(-options.margin, -options.margin, options.margin, options.margin);
}

QColor backgroundOf(QGraphicsScene* scene, const ExportOptions& options) {
    if (options.background.isValid()) return options.background;
    const QBrush brush = scene->backgroundBrush();
    return brush.style() == Qt::NoBrush ? QColor(Qt::white) : brush.color();
}

void paintScene(QGraphicsScene* scene, QPainter& painter, const QRectF& target, const QRectF& source,
                const QColor& background) {
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.fillRect(target, background);
    // The background is filled above in the chosen colour, so the scene's own brush is not drawn twice.
    const QBrush saved = scene->backgroundBrush();
    scene->setBackgroundBrush(Qt::NoBrush);
    scene->render(&painter, target, source, Qt::KeepAspectRatio);
    scene->setBackgroundBrush(saved);
}

bool fail(QString* error, const QString& message) {
    if (error) *error = message;
    return false;
}

}  // namespace

std::optional<ImageFormat> imageFormatForFile(const QString& file) {
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix == QLatin1String("png")) return ImageFormat::Png;
    if (suffix == QLatin1String("svg")) return ImageFormat::Svg;
    if (suffix == QLatin1String("pdf")) return ImageFormat::Pdf;
    return std::nullopt;
}

QImage renderSceneImage(QGraphicsScene* scene, const ExportOptions& options) {
    if (!scene || scene->items().isEmpty()) return {};
    const QRectF source = sourceRect(scene, options);
    const QSize size = exportPixels(source.size(), options.scale);
    QImage image = blankExportImage(size, backgroundOf(scene, options));
    if (image.isNull()) return {};
    SceneCacheOff cacheOff(scene);
    QPainter painter(&image);
    paintScene(scene, painter, QRectF(QPointF(0, 0), size), source, backgroundOf(scene, options));
    return image;
}

bool exportScene(QGraphicsScene* scene, const QString& file, ImageFormat format, const ExportOptions& options,
                 QString* error) {
    if (!scene || scene->items().isEmpty()) return fail(error, QStringLiteral("nothing to export: the drawing is empty"));
    const QRectF source = sourceRect(scene, options);
    const QColor background = backgroundOf(scene, options);
    switch (format) {
        case ImageFormat::Png: {
            const QImage image = renderSceneImage(scene, options);
            if (image.isNull()) {
                const QSize size = exportPixels(source.size(), options.scale);
                return fail(error, withinPixelLimit(size) ? QStringLiteral("not enough memory for the image")
                                                          : tooLargeMessage(size));
            }
            QSaveFile out(file);  // a temporary file beside it, renamed on commit: no half-written file
            if (!out.open(QIODevice::WriteOnly) || !image.save(&out, "PNG") || !out.commit())
                return fail(error, QStringLiteral("cannot write %1").arg(file));
            return true;
        }
        case ImageFormat::Svg: {
            SceneCacheOff cacheOff(scene);
            QSaveFile out(file);
            if (!out.open(QIODevice::WriteOnly)) return fail(error, QStringLiteral("cannot write %1").arg(file));
            QSvgGenerator svg;
            svg.setOutputDevice(&out);
            svg.setSize(source.size().toSize());
            svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
            svg.setTitle(options.title);
            svg.setDescription(QStringLiteral("Exported by Stepwise"));
            QPainter painter;
            if (!painter.begin(&svg)) return fail(error, QStringLiteral("cannot write %1").arg(file));
            paintScene(scene, painter, QRectF(QPointF(0, 0), source.size()), source, background);
            painter.end();
            return out.commit() || fail(error, QStringLiteral("cannot write %1").arg(file));
        }
        case ImageFormat::Pdf: {
            SceneCacheOff cacheOff(scene);
            QSaveFile out(file);
            if (!out.open(QIODevice::WriteOnly)) return fail(error, QStringLiteral("cannot write %1").arg(file));
            QPdfWriter pdf(&out);
            pdf.setTitle(options.title);
            pdf.setCreator(QStringLiteral("Stepwise"));
            // One page the drawing's shape, one scene unit to one point.
            pdf.setPageSize(QPageSize(source.size(), QPageSize::Point, QString(), QPageSize::ExactMatch));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
            QPainter painter;
            if (!painter.begin(&pdf)) return fail(error, QStringLiteral("cannot write %1").arg(file));
            const QRectF target(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
            paintScene(scene, painter, target, source, background);
            painter.end();
            return out.commit() || fail(error, QStringLiteral("cannot write %1").arg(file));
        }
    }
    return fail(error, QStringLiteral("unknown format"));
}

}  // namespace stepwise::ui
