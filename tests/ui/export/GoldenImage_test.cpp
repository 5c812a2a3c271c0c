// Golden images: a few views exported by `stepwise-cli export` under the fixed look (light palette,
// bundled DejaVu font) compared with the PNGs in tests/ui/export/golden, with a tolerance for
// anti-aliasing. A deliberate change of a drawing updates them:
//   STEPWISE_UPDATE_GOLDEN=1 ctest -R GoldenImage     (then look at the PNGs and commit them)
#include <gtest/gtest.h>

#include <QImage>
#include <cstdlib>

#include "tests/cli/CliRunner.h"
#include "TestPaths.h"

namespace stepwise::cli::testing {
namespace {

struct Golden {
    const char* name;
    std::vector<std::string> args;
};

/// The share of pixels whose colour differs by more than `threshold` in some channel.
double differing(const QImage& a, const QImage& b, int threshold) {
    std::size_t off = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            if (std::abs(qRed(p) - qRed(q)) > threshold || std::abs(qGreen(p) - qGreen(q)) > threshold ||
                std::abs(qBlue(p) - qBlue(q)) > threshold)
                ++off;
        }
    return static_cast<double>(off) / (static_cast<double>(a.width()) * a.height());
}

TEST(GoldenImage, ViewsMatchTheirGoldenPngs) {
    const std::vector<Golden> goldens{
        {"dijkstra-step-6", {"export", "dijkstra", "--step", "6", "--scale", "1"}},
        {"edit-distance-step-30", {"export", "edit-distance", "--step", "30", "--scale", "1"}},
        {"heap-step-12", {"export", "heap", "--step", "12", "--scale", "1"}},
    };
    const bool update = std::getenv("STEPWISE_UPDATE_GOLDEN") != nullptr;
    TempDir dir;
    for (const auto& g : goldens) {
        const std::string golden = std::string(STEPWISE_SOURCE_DIR) + "/tests/ui/export/golden/" + g.name + ".png";
        const std::string made = (dir.path() / (std::string(g.name) + ".png")).string();
        std::vector<std::string> args = g.args;
        args.insert(args.end(), {"-o", update ? golden : made});
        const CliResult r = runCli(args);
        ASSERT_EQ(r.status, 0) << r.err;
        if (update) continue;
        const QImage want(QString::fromStdString(golden)), got(QString::fromStdString(made));
        ASSERT_FALSE(want.isNull()) << golden << " is missing: run with STEPWISE_UPDATE_GOLDEN=1";
        ASSERT_EQ(got.size(), want.size()) << g.name;
        // Anti-aliased edges may move by a shade; a changed drawing changes far more than 0.5 %.
        EXPECT_LT(differing(got.convertToFormat(QImage::Format_RGB32), want.convertToFormat(QImage::Format_RGB32), 48),
                  0.005)
            << g.name << ": compare " << made << " with " << golden;
    }
}

}  // namespace
}  // namespace stepwise::cli::testing
