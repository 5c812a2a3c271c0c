// The GIF encoder, read back with giflib's own decoder: frame count, looping, the changed
// rectangle per frame, and the colours it decodes to.
#include "ui/export/GifWriter.h"

#include <gif_lib.h>
#include <gtest/gtest.h>

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <cstring>

namespace stepwise::ui {
namespace {

QImage square(int i) {
    QImage image(120, 80, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.fillRect(QRect(10 + 20 * i, 20, 16, 16), QColor(0xd0, 0x30, 0x30));
    p.fillRect(QRect(0, 70, 120, 10), QColor(0x20, 0x60, 0xc0));  // the same in every frame
    return image;
}

struct Decoded {
    GifFileType* gif = nullptr;
    explicit Decoded(const QString& file) {
        int error = 0;
        gif = DGifOpenFileName(file.toLocal8Bit().constData(), &error);
        if (gif && DGifSlurp(gif) != GIF_OK) {
            DGifCloseFile(gif, &error);
            gif = nullptr;
        }
    }
    ~Decoded() {
        int error = 0;
        if (gif) DGifCloseFile(gif, &error);
    }
    bool loops() const {
        for (int i = 0; i < gif->ImageCount; ++i) {
            const SavedImage& s = gif->SavedImages[i];
            for (int e = 0; e + 1 < s.ExtensionBlockCount; ++e)
                if (s.ExtensionBlocks[e].Function == APPLICATION_EXT_FUNC_CODE &&
                    s.ExtensionBlocks[e].ByteCount == 11 &&
                    std::memcmp(s.ExtensionBlocks[e].Bytes, "NETSCAPE2.0", 11) == 0)
                    return s.ExtensionBlocks[e + 1].ByteCount >= 3 && s.ExtensionBlocks[e + 1].Bytes[1] == 0 &&
                           s.ExtensionBlocks[e + 1].Bytes[2] == 0;
        }
        return false;
    }
};

QString writeFrames(const QTemporaryDir& dir, int count) {
    const QString file = dir.filePath("squares.gif");
    QFile out(file);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly));
    QString error;
    EXPECT_TRUE(writeGif(out, count, square, GifOptions{}, &error)) << error.toStdString();
    out.close();
    return file;
}

TEST(GifWriter, FrameCountLoopAndSizeReadBack) {
    QTemporaryDir dir;
    const Decoded d(writeFrames(dir, 4));
    ASSERT_NE(d.gif, nullptr);
    EXPECT_EQ(d.gif->ImageCount, 4);
    EXPECT_EQ(d.gif->SWidth, 120);
    EXPECT_EQ(d.gif->SHeight, 80);
    EXPECT_TRUE(d.loops());
}

TEST(GifWriter, LaterFramesStoreOnlyTheRectangleThatChanged) {
    QTemporaryDir dir;
    const Decoded d(writeFrames(dir, 3));
    ASSERT_NE(d.gif, nullptr);
    ASSERT_EQ(d.gif->ImageCount, 3);
    const GifImageDesc& first = d.gif->SavedImages[0].ImageDesc;
    EXPECT_EQ(first.Width, 120);
    EXPECT_EQ(first.Height, 80);
    // Frame 1 moves the square from x 10..25 to 30..45: only that band changes, never the blue bar.
    const GifImageDesc& second = d.gif->SavedImages[1].ImageDesc;
    EXPECT_EQ(second.Left, 10);
    EXPECT_EQ(second.Top, 20);
    EXPECT_EQ(second.Width, 36);
    EXPECT_EQ(second.Height, 16);
}

TEST(GifWriter, ComposedFramesDecodeToTheDrawnColours) {
    QTemporaryDir dir;
    const Decoded d(writeFrames(dir, 3));
    ASSERT_NE(d.gif, nullptr);
    const ColorMapObject* map = d.gif->SColorMap;
    ASSERT_NE(map, nullptr);
    // Compose the frames as a viewer does (disposal: keep; transparent index: the pixel below).
    std::vector<int> canvas(120 * 80, -1);
    for (int i = 0; i < d.gif->ImageCount; ++i) {
        const SavedImage& s = d.gif->SavedImages[i];
        GraphicsControlBlock gcb{};
        DGifSavedExtensionToGCB(d.gif, i, &gcb);
        for (int y = 0; y < s.ImageDesc.Height; ++y)
            for (int x = 0; x < s.ImageDesc.Width; ++x) {
                const int index = s.RasterBits[y * s.ImageDesc.Width + x];
                if (index == gcb.TransparentColor) continue;
                canvas[(s.ImageDesc.Top + y) * 120 + s.ImageDesc.Left + x] = index;
            }
        const QImage want = square(i);
        for (int y = 0; y < 80; y += 3)
            for (int x = 0; x < 120; x += 3) {
                ASSERT_GE(canvas[y * 120 + x], 0);
                const GifColorType c = map->Colors[canvas[y * 120 + x]];
                const QRgb p = want.pixel(x, y);
                EXPECT_NEAR(c.Red, qRed(p), 8) << "frame " << i << " at " << x << "," << y;
                EXPECT_NEAR(c.Green, qGreen(p), 8);
                EXPECT_NEAR(c.Blue, qBlue(p), 8);
            }
    }
}

TEST(GifWriter, NoFramesIsAnError) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    EXPECT_FALSE(writeGif(buffer, 0, square, GifOptions{}, &error));
    EXPECT_FALSE(error.isEmpty());
}

}  // namespace
}  // namespace stepwise::ui
