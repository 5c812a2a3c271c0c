#include "ui/export/ViewExporter.h"

#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <cmath>

#include "ui/export/ExportImage.h"
#include "ui/views/common/StepView.h"

namespace stepwise::ui {

namespace {

bool fail(QString* error, const QString& message) {
    if (error) *error = message;
    return false;
}

QColor backgroundOf(const ExportOptions& options) {
    return options.background.isValid() ? options.background : QColor(Qt::white);
}

/// Margin, background, then the view fitted into what is left.
void paintFramed(StepView& view, QPainter& painter, const QRectF& page, qreal margin,
                 const QColor& background) {
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    painter.fillRect(page, background);
    view.paint(painter, page.adjusted(margin, margin, -margin, -margin));
}

}  // namespace

QImage renderViewImage(StepView& view, const ExportOptions& options) {
    const QSizeF natural = view.naturalSize();
    if (natural.isEmpty()) return {};
    const QSizeF page = natural + QSizeF(2 * options.margin, 2 * options.margin);
    QImage image = blankExportImage(exportPixels(page, options.scale), backgroundOf(options));
    if (image.isNull()) return {};
    QPainter painter(&image);
    painter.scale(options.scale, options.scale);
    paintFramed(view, painter, QRectF(QPointF(), page), options.margin, backgroundOf(options));
    return image;
}

bool exportView(StepView& view, const QString& file, ImageFormat format, const ExportOptions& options,
                QString* error) {
    const QSizeF natural = view.naturalSize();
    if (natural.isEmpty()) return fail(error, QStringLiteral("nothing to export: the drawing is empty"));
    const QSizeF page = natural + QSizeF(2 * options.margin, 2 * options.margin);
    const QColor background = backgroundOf(options);
    switch (format) {
        case ImageFormat::Png: {
            const QImage image = renderViewImage(view, options);
            if (image.isNull()) {
                const QSize size = exportPixels(page, options.scale);
                return fail(error, withinPixelLimit(size) ? QStringLiteral("not enough memory for the image")
                                                          : tooLargeMessage(size));
            }
            QSaveFile out(file);  // a temporary file beside it, renamed on commit: no half-written file
            return (out.open(QIODevice::WriteOnly) && image.save(&out, "PNG") && out.commit()) ||
                   fail(error, QStringLiteral("cannot write %1").arg(file));
        }
        case ImageFormat::Svg: {
            QSaveFile out(file);
            if (!out.open(QIODevice::WriteOnly)) return fail(error, QStringLiteral("cannot write %1").arg(file));
            QSvgGenerator svg;
            svg.setOutputDevice(&out);
            svg.setSize(page.toSize());
            svg.setViewBox(QRectF(QPointF(), page));
            svg.setTitle(options.title);
            svg.setDescription(QStringLiteral("Exported by Stepwise"));
            QPainter painter;
            if (!painter.begin(&svg)) return fail(error, QStringLiteral("cannot write %1").arg(file));
            paintFramed(view, painter, QRectF(QPointF(), page), options.margin, background);
            painter.end();
            return out.commit() || fail(error, QStringLiteral("cannot write %1").arg(file));
        }
        case ImageFormat::Pdf: {
            QSaveFile out(file);
            if (!out.open(QIODevice::WriteOnly)) return fail(error, QStringLiteral("cannot write %1").arg(file));
            QPdfWriter pdf(&out);
            pdf.setTitle(options.title);
            pdf.setCreator(QStringLiteral("Stepwise"));
            pdf.setPageSize(QPageSize(page, QPageSize::Point, QString(), QPageSize::ExactMatch));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
            QPainter painter;
            if (!painter.begin(&pdf)) return fail(error, QStringLiteral("cannot write %1").arg(file));
            const qreal k = pdf.width() / page.width();
            painter.scale(k, k);
            paintFramed(view, painter, QRectF(QPointF(), page), options.margin, background);
            painter.end();
            return out.commit() || fail(error, QStringLiteral("cannot write %1").arg(file));
        }
    }
    return fail(error, QStringLiteral("unknown format"));
}

}  // namespace stepwise::ui
