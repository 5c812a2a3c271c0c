#include "ui/export/GifWriter.h"

#include <gif_lib.h>

#include <QIODevice>
#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace stepwise::ui {
namespace {

constexpr int kTransparent = 255;  // the palette index for "as in the previous frame"
constexpr int kColours = 255;      // palette entries for drawing colours

/// 15-bit colour bin of a pixel (5 bits per channel).
inline int binOf(QRgb p) {
    return ((qRed(p) >> 3) << 10) | ((qGreen(p) >> 3) << 5) | (qBlue(p) >> 3);
}

struct Histogram {
    std::vector<std::uint64_t> count = std::vector<std::uint64_t>(32768);
    std::vector<std::array<std::uint64_t, 3>> sum = std::vector<std::array<std::uint64_t, 3>>(32768);
    void add(const QImage& image) {
        for (int y = 0; y < image.height(); ++y) {
            const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const int b = binOf(line[x]);
                ++count[b];
                sum[b][0] += qRed(line[x]);
                sum[b][1] += qGreen(line[x]);
                sum[b][2] += qBlue(line[x]);
            }
        }
    }
};

int distance2(int a, int b) {
    const int dr = (a >> 10) - (b >> 10), dg = ((a >> 5) & 31) - ((b >> 5) & 31), db = (a & 31) - (b & 31);
    return dr * dr + dg * dg + db * db;
}

/// The palette: the most frequent bins first, skipping near-duplicates of a chosen one while there
/// is room for distinct colours (a thin accent line outweighs the hundredth shade of an edge's
/// anti-aliasing), and a lookup from every bin to its nearest palette entry.
struct Palette {
    std::vector<GifColorType> colours;
    std::vector<std::uint8_t> lookup = std::vector<std::uint8_t>(32768);

    explicit Palette(const Histogram& h) {
        std::vector<int> bins;
        for (int b = 0; b < 32768; ++b)
            if (h.count[b]) bins.push_back(b);
        std::stable_sort(bins.begin(), bins.end(), [&h](int a, int b) { return h.count[a] > h.count[b]; });
        std::vector<int> chosen;
        std::vector<bool> taken(bins.size());
        for (int spread : {9, 3, 0}) {
            for (std::size_t i = 0; i < bins.size() && chosen.size() < kColours; ++i) {
                if (taken[i]) continue;
                bool far = true;
                for (int c : chosen)
                    if (distance2(c, bins[i]) < spread) {
                        far = false;
                        break;
                    }
                if (!far) continue;
                chosen.push_back(bins[i]);
                taken[i] = true;
            }
        }
        for (int b : chosen) {
            const auto n = h.count[b];
            colours.push_back(GifColorType{static_cast<GifByteType>(h.sum[b][0] / n),
                                           static_cast<GifByteType>(h.sum[b][1] / n),
                                           static_cast<GifByteType>(h.sum[b][2] / n)});
        }
        if (colours.empty()) colours.push_back(GifColorType{255, 255, 255});
        for (int b = 0; b < 32768; ++b) {
            int best = 0, bestD = 1 << 30;
            const int r = ((b >> 10) << 3) + 4, g = (((b >> 5) & 31) << 3) + 4, bl = ((b & 31) << 3) + 4;
            for (std::size_t i = 0; i < colours.size(); ++i) {
                const int dr = r - colours[i].Red, dg = g - colours[i].Green, db = bl - colours[i].Blue;
                const int d = 2 * dr * dr + 4 * dg * dg + db * db;  // green weighs most to the eye
                if (d < bestD) {
                    bestD = d;
                    best = static_cast<int>(i);
                }
            }
            lookup[b] = static_cast<std::uint8_t>(best);
        }
        // Exact colours (the flat fills of a diagram) map to their own entry whatever the weights say.
        for (std::size_t i = 0; i < chosen.size(); ++i) lookup[chosen[i]] = static_cast<std::uint8_t>(i);
        colours.resize(256, GifColorType{0, 0, 0});
    }
};

QImage normalised(QImage image, const QSize& size) {
    if (image.size() != size) image = image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return image.convertToFormat(QImage::Format_RGB32);
}

int writeToDevice(GifFileType* gif, const GifByteType* data, int length) {
    auto* device = static_cast<QIODevice*>(gif->UserData);
    return static_cast<int>(device->write(reinterpret_cast<const char*>(data), length));
}

struct GifCloser {
    GifFileType* gif = nullptr;
    ~GifCloser() {
        if (gif) EGifCloseFile(gif, nullptr);
    }
};

bool fail(QString* error, const QString& message) {
    if (error) *error = message;
    return false;
}

}  // namespace

bool writeGif(QIODevice& device, int count, const std::function<QImage(int)>& frame, const GifOptions& options,
              QString* error) {
    if (count <= 0) return fail(error, QStringLiteral("a GIF needs at least one frame"));
    const QImage first = frame(0);
    if (first.isNull() || first.width() > 65535 || first.height() > 65535)
        return fail(error, QStringLiteral("nothing to export: the drawing is empty or too large"));
    const QSize size = first.size();

    Histogram histogram;
    histogram.add(normalised(first, size));
    for (int i = 1; i < count; ++i) histogram.add(normalised(frame(i), size));
    const Palette palette(histogram);

    int status = 0;
    GifCloser closer{EGifOpen(&device, writeToDevice, &status)};
    GifFileType* gif = closer.gif;
    if (!gif) return fail(error, QStringLiteral("giflib: %1").arg(GifErrorString(status)));
    auto giflibFailed = [&] {
        return fail(error, QStringLiteral("giflib: %1").arg(GifErrorString(gif->Error)));
    };
    EGifSetGifVersion(gif, true);
    ColorMapObject* map = GifMakeMapObject(256, palette.colours.data());
    const int screen = EGifPutScreenDesc(gif, size.width(), size.height(), 8, 0, map);
    GifFreeMapObject(map);
    if (screen == GIF_ERROR) return giflibFailed();
    if (options.loop) {
        const GifByteType loop[3] = {1, 0, 0};  // sub-block 1: loop count 0 = forever
        if (EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR ||
            EGifPutExtensionBlock(gif, 11, "NETSCAPE2.0") == GIF_ERROR ||
            EGifPutExtensionBlock(gif, 3, loop) == GIF_ERROR || EGifPutExtensionTrailer(gif) == GIF_ERROR)
            return giflibFailed();
    }

    const int w = size.width(), h = size.height();
    std::vector<std::uint8_t> previous(static_cast<std::size_t>(w) * h), current(previous.size());
    std::vector<GifPixelType> line(static_cast<std::size_t>(w));
    for (int i = 0; i < count; ++i) {
        const QImage image = normalised(i == 0 ? first : frame(i), size);
        for (int y = 0; y < h; ++y) {
            const auto* row = reinterpret_cast<const QRgb*>(image.constScanLine(y));
            for (int x = 0; x < w; ++x) current[static_cast<std::size_t>(y) * w + x] = palette.lookup[binOf(row[x])];
        }
        // The rectangle that changed since the previous frame (all of the first frame).
        int left = 0, top = 0, right = w - 1, bottom = h - 1;
        if (i > 0) {
            left = w, top = h, right = -1, bottom = -1;
            for (int y = 0; y < h; ++y)
                for (int x = 0; x < w; ++x)
                    if (current[static_cast<std::size_t>(y) * w + x] != previous[static_cast<std::size_t>(y) * w + x]) {
                        left = std::min(left, x), right = std::max(right, x);
                        top = std::min(top, y), bottom = std::max(bottom, y);
                    }
            if (right < 0) left = top = right = bottom = 0;  // nothing changed: one transparent pixel
        }
        GraphicsControlBlock gcb{};
        gcb.DisposalMode = DISPOSE_DO_NOT;
        gcb.UserInputFlag = false;
        const int ms = i + 1 == count ? (options.lastFrameMs > 0 ? options.lastFrameMs : 2 * options.frameMs)
                                      : options.frameMs;
        gcb.DelayTime = std::max(2, (ms + 5) / 10);
        gcb.TransparentColor = i == 0 ? NO_TRANSPARENT_COLOR : kTransparent;
        GifByteType extension[4];
        EGifGCBToExtension(&gcb, extension);
        if (EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, 4, extension) == GIF_ERROR) return giflibFailed();
        const int rw = right - left + 1, rh = bottom - top + 1;
        if (EGifPutImageDesc(gif, left, top, rw, rh, false, nullptr) == GIF_ERROR) return giflibFailed();
        for (int y = top; y <= bottom; ++y) {
            for (int x = left; x <= right; ++x) {
                const std::size_t at = static_cast<std::size_t>(y) * w + x;
                line[static_cast<std::size_t>(x - left)] =
                    i > 0 && current[at] == previous[at] ? kTransparent : current[at];
            }
            if (EGifPutLine(gif, line.data(), rw) == GIF_ERROR) return giflibFailed();
        }
        std::swap(previous, current);
    }
    closer.gif = nullptr;
    if (EGifCloseFile(gif, &status) == GIF_ERROR)
        return fail(error, QStringLiteral("giflib: %1").arg(GifErrorString(status)));
    return true;
}

}  // namespace stepwise::ui
