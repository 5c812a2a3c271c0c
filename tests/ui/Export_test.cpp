#include "ui/export/SceneExporter.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QGraphicsEllipseItem>
#include <QGraphicsScene>
#include <QImage>
#include <QTemporaryDir>
#include <cmath>

#include "ui/views/graph/GraphScene.h"
#include "ui/views/graph/VertexItem.h"

namespace stepwise::ui {
namespace {

QByteArray head(const QString& file, int bytes) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.read(bytes);
}

/// A graph scene as the app shows it: a few vertices and edges, one vertex done.
struct SmallDrawing {
    graph::Graph g;
    GraphScene scene;
    SmallDrawing() {
        graph::GraphBuilder b(true);
        b.addEdge(b.vertex("A"), b.vertex("B"), 3);
        b.addEdge(b.vertex("B"), b.vertex("C"), 4);
        b.addEdge(b.vertex("C"), b.vertex("A"), 5);
        g = b.build();
        layout::GraphLayout layout;
        layout.positions = {{0, 0}, {200, 0}, {100, 150}};
        scene.setGraph(&g, layout);
        graph::GraphState s = graph::GraphState::initial(g, graph::FrontierOrder::ByDistance);
        s.status[0] = graph::VertexStatus::Done;
        s.distance[0] = 0;
        scene.showState(s);
    }
};

}  // namespace

TEST(Export, FormatComesFromTheSuffixInAnyCase) {
    EXPECT_EQ(imageFormatForFile("a/b/graph.png"), ImageFormat::Png);
    EXPECT_EQ(imageFormatForFile("graph.SVG"), ImageFormat::Svg);
    EXPECT_EQ(imageFormatForFile("graph.step3.Pdf"), ImageFormat::Pdf);
    EXPECT_EQ(imageFormatForFile("graph.gif"), std::nullopt);
    EXPECT_EQ(imageFormatForFile("png"), std::nullopt);
}

TEST(Export, WritesPngSvgAndPdfWithTheirMagicBytes) {
    SmallDrawing drawing;
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    struct Case {
        const char* name;
        ImageFormat format;
        QByteArray magic;
    };
    for (const Case& c : {Case{"g.png", ImageFormat::Png, QByteArray("\x89PNG\r\n\x1a\n", 8)},
                          Case{"g.svg", ImageFormat::Svg, QByteArray("<?xml")},
                          Case{"g.pdf", ImageFormat::Pdf, QByteArray("%PDF-")}}) {
        const QString file = dir.filePath(c.name);
        QString error;
        ASSERT_TRUE(exportScene(&drawing.scene, file, c.format, {}, &error)) << error.toStdString();
        EXPECT_GT(QFileInfo(file).size(), 200) << c.name;
        EXPECT_EQ(head(file, static_cast<int>(c.magic.size())), c.magic) << c.name;
    }
    // The SVG holds the vertex names as text, not only pixels.
    QFile svg(dir.filePath("g.svg"));
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    const QByteArray text = svg.readAll();
    EXPECT_TRUE(text.contains("<svg"));
    EXPECT_TRUE(text.contains(">A<") || text.contains(">A </"));
}

TEST(Export, PngIsTwiceTheDrawingWithItsMarginAndBackground) {
    SmallDrawing drawing;
    ExportOptions options;
    const QRectF bounds = drawing.scene.itemsBoundingRect();
    const QImage image = renderSceneImage(&drawing.scene, options);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), static_cast<int>(std::ceil((bounds.width() + 2 * options.margin) * options.scale)));
    EXPECT_EQ(image.height(), static_cast<int>(std::ceil((bounds.height() + 2 * options.margin) * options.scale)));
    EXPECT_EQ(image.pixelColor(2, 2).rgb(), drawing.scene.style().background.rgb());

    // The done vertex A is painted in the done colour (left of its name, inside the circle).
    const QPointF inside = drawing.scene.vertexItem(0)->pos() + QPointF(-drawing.scene.style().radius * 0.7, 0);
    const QPointF pixel = (inside - bounds.topLeft() + QPointF(options.margin, options.margin)) * options.scale;
    EXPECT_EQ(image.pixelColor(pixel.toPoint()).rgb(), drawing.scene.style().done.rgb());

    options.background = Qt::magenta;
    options.scale = 1;
    const QImage plain = renderSceneImage(&drawing.scene, options);
    EXPECT_EQ(plain.pixelColor(1, 1), QColor(Qt::magenta));
}

TEST(Export, ItemCachingIsRestoredAfterExport) {
    SmallDrawing drawing;
    QTemporaryDir dir;
    ASSERT_TRUE(exportScene(&drawing.scene, dir.filePath("g.svg"), ImageFormat::Svg));
    EXPECT_EQ(drawing.scene.vertexItem(0)->cacheMode(), QGraphicsItem::DeviceCoordinateCache);
}

TEST(Export, EmptySceneAndUnwritablePathFailWithAReason) {
    QGraphicsScene empty;
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(exportScene(&empty, dir.filePath("e.png"), ImageFormat::Png, {}, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(QFile::exists(dir.filePath("e.png")));

    QGraphicsScene scene;
    scene.addEllipse(0, 0, 10, 10);
    const QString nowhere = dir.filePath("missing-dir/x.png");
    for (ImageFormat format : {ImageFormat::Png, ImageFormat::Svg, ImageFormat::Pdf}) {
        error.clear();
        EXPECT_FALSE(exportScene(&scene, nowhere, format, {}, &error));
        EXPECT_FALSE(error.isEmpty());
    }
}

}  // namespace stepwise::ui
