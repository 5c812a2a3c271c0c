// A walk over the catalogue: every item, from its example, exports a PNG and a study sheet through
// the one export service, from the room the main window shows it in; and the room comes back to
// the step it was at. Items added later join the walk by being in the catalogue.
#include <gtest/gtest.h>

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <limits>

#include "core/catalogue/Catalogue.h"
#include "core/run/Run.h"
#include "ui/app/MainWindow.h"
#include "ui/app/StartupOptions.h"
#include "ui/export/StepExport.h"
#include "ui/playback/PlaybackController.h"
#include "ui/rooms/Room.h"

namespace stepwise::ui {
namespace {

int pdfPageObjects(const QString& file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return -1;
    const QString text = QString::fromLatin1(f.readAll());
    return static_cast<int>(text.count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?![s\\w])"))));
}

TEST(CatalogueExport, EveryItemExportsAPngAndAStudySheetFromItsExample) {
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    QTemporaryDir dir;
    for (const auto& item : catalogue::catalogue()) {
        const QString id = QString::fromStdString(item.id);
        Room* room = window.roomFor(id);
        ASSERT_NE(room, nullptr) << item.id << " has no room: export draws through a room";
        StartupOptions open;
        open.open = id;
        window.applyStartup(open);
        run::Run* run = room->currentRun();
        ASSERT_NE(run, nullptr) << item.id;
        const std::size_t count = run->stepCount();
        ASSERT_GT(count, 0u) << item.id;
        room->playback()->seek(count / 2);

        StepExport png;
        png.range = {count, count, 1};
        png.scale = 1;
        const QString pngFile = dir.filePath(id + ".png");
        QString error;
        ASSERT_TRUE(exportRoom(*room, png, pngFile, &error)) << item.id << ": " << error.toStdString();
        const QImage image(pngFile);
        ASSERT_FALSE(image.isNull()) << item.id;
        EXPECT_GT(image.width(), 100) << item.id;
        EXPECT_EQ(room->playback()->step(), count / 2) << item.id << ": the room is back at its step";

        StepExport sheet;
        sheet.format = ExportFormat::Pdf;
        sheet.sheet = true;
        sheet.range = {0, count, std::max<std::size_t>(1, count / 4)};
        const QString pdfFile = dir.filePath(id + ".pdf");
        ASSERT_TRUE(exportRoom(*room, sheet, pdfFile, &error)) << item.id << ": " << error.toStdString();
        EXPECT_EQ(pdfPageObjects(pdfFile), static_cast<int>(sheet.range.steps().size()) + 1) << item.id;
    }
}

TEST(CatalogueExport, StepRangesSampleEveryKthStepAndTheLast) {
    EXPECT_EQ((StepRange{0, 10, 3}.steps()), (std::vector<std::size_t>{0, 3, 6, 9, 10}));
    EXPECT_EQ((StepRange{2, 8, 2}.steps()), (std::vector<std::size_t>{2, 4, 6, 8}));
    EXPECT_EQ((StepRange{5, 5, 1}.steps()), (std::vector<std::size_t>{5}));
    // A stride longer than the range (even one that would wrap round) gives its two ends.
    EXPECT_EQ((StepRange{3, 10, 99}.steps()), (std::vector<std::size_t>{3, 10}));
    EXPECT_EQ((StepRange{3, 10, std::numeric_limits<std::size_t>::max()}.steps()), (std::vector<std::size_t>{3, 10}));
    EXPECT_EQ((StepRange{3, std::numeric_limits<std::size_t>::max(), std::numeric_limits<std::size_t>::max() - 1}.steps()),
              (std::vector<std::size_t>{3, std::numeric_limits<std::size_t>::max()}));
    EXPECT_EQ(formatForFile("a/b.MD"), ExportFormat::Markdown);
    EXPECT_EQ(formatForFile("x.gv"), ExportFormat::Dot);
    EXPECT_EQ(formatForFile("x"), std::nullopt);
}

TEST(CatalogueExport, ARefusedExportNamesTheFormatsTheItemHas) {
    MainWindow window;
    StartupOptions open;
    open.open = "heap";
    window.applyStartup(open);
    Room* room = window.roomFor("heap");
    ASSERT_NE(room, nullptr);
    StepExport csv;
    csv.format = ExportFormat::Csv;
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(exportRoom(*room, csv, dir.filePath("h.csv"), &error));
    EXPECT_EQ(error, "heap has no csv export (its formats: png, svg, pdf, gif)");
    EXPECT_FALSE(QFile::exists(dir.filePath("h.csv")));
}

}  // namespace
}  // namespace stepwise::ui
