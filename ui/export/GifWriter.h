#pragma once
// Animated GIF through giflib (Qt reads GIF but cannot write it). One 255-colour palette is chosen
// per animation from a histogram of all its frames (index 255 stays transparent), so colours do
// not flicker between frames; each frame after the first stores only the rectangle that changed,
// with unchanged pixels inside it transparent, which keeps step-by-step animations small; the
// NETSCAPE2.0 extension makes it loop forever.
#include <QImage>
#include <QString>
#include <functional>

class QIODevice;

namespace stepwise::ui {

struct GifOptions {
    int frameMs = 500;      // time each frame shows (GIF counts in hundredths of a second)
    int lastFrameMs = 0;    // the last frame's time (0: twice frameMs, a pause before the loop)
    bool loop = true;
};

/// Writes `count` frames to `device`; `frame(i)` draws frame i (called twice per frame: once for the
/// palette, once to encode, so nothing holds every frame in memory). Every frame is scaled to the
/// first one's size. False with `error` set when giflib fails or a frame is empty.
bool writeGif(QIODevice& device, int count, const std::function<QImage(int)>& frame, const GifOptions& options,
              QString* error);

}  // namespace stepwise::ui
