#pragma once
// The one export service: any room's current item at any step, or over a range of steps, as PNG,
// SVG, PDF (one drawing, or a study sheet), animated GIF, DOT (graphs), CSV and Markdown (DP
// tables). It reaches the drawing only through Room (currentRun, playback, stepView), so it
// serves every item, including those added later. Files are written to a temporary file beside
// the target and renamed (QSaveFile): a failed export never leaves a half-written file.
#include <QList>
#include <QString>
#include <QStringList>
#include <cstddef>
#include <optional>
#include <vector>

#include "ui/app/Theme.h"

namespace stepwise::run {
class Run;
}

namespace stepwise::ui {

class Room;

enum class ExportFormat { Png, Svg, Pdf, Gif, Dot, Csv, Markdown };

/// "png", "svg", "pdf", "gif", "dot", "csv", "md".
QString formatName(ExportFormat format);
/// The inverse of formatName ("markdown" too, any case).
std::optional<ExportFormat> formatFromName(const QString& name);
/// By the file's suffix (".md" or ".markdown" for Markdown, ".gv" for DOT).
std::optional<ExportFormat> formatForFile(const QString& file);
/// "png, svg, pdf, gif".
QString formatNames(const QList<ExportFormat>& formats);

/// Steps first, first + every, ... up to last, and last itself (a study sheet ends at its end).
struct StepRange {
    std::size_t first = 0;
    std::size_t last = 0;
    std::size_t every = 1;
    std::vector<std::size_t> steps() const;
};

/// An animated GIF holds at most this many frames (each is a full drawing; sample with `every`).
inline constexpr std::size_t maxGifFrames = 500;
/// A study sheet has at most this many step pages.
inline constexpr std::size_t maxSheetPages = 1000;

struct StepExport {
    ExportFormat format = ExportFormat::Png;
    /// PDF only: a study sheet of `range` (title page, then one page per step) instead of one drawing.
    bool sheet = false;
    /// One-drawing formats draw `range.last`; a study sheet and a GIF cover range.steps().
    StepRange range;
    qreal scale = 2.0;          // PNG (and GIF) pixels per drawing unit
    Theme theme = Theme::Light; // the drawing's palette (Light prints well)
    bool bundledFont = true;    // DejaVu from the resources instead of the screen's font
    int frameMs = 500;          // GIF: time per frame
    /// A study sheet or a GIF of only the steps of these kinds in `range` (catalogue::stepKind:
    /// "relax", "settle", "hit"), every `range.every`-th of them; empty: every step of the range.
    QStringList kinds;
    /// One of the room's charts by name (Room::charts(): "hit-ratio") instead of its main drawing:
    /// png, svg, pdf of the chart or csv of its data, at `range.last`.
    QString chart;
};

/// What a chart exports as: png, svg, pdf and csv of its data.
QList<ExportFormat> chartFormats();
/// The names of the room's charts, "hit-ratio, miss-ratio" ("" when it has none).
QString chartNames(const Room& room);

/// The steps a request draws: range.steps(), or with kinds the steps of those kinds in the range
/// (every range.every-th of them). Empty with `error` set for a kind the run has not ("bfs has no
/// relax steps (its kinds: start, discover, ...)") or no step of those kinds in the range. The run
/// is back at its step after.
std::vector<std::size_t> chosenSteps(run::Run& run, const StepRange& range, const QStringList& kinds, QString* error);

/// The formats the room's current item exports: png, svg, pdf, gif when the room draws it; dot for
/// graphs; csv and md for DP tables; csv of the chart's data for caches (hit ratio over requests)
/// and balancers (picks per backend). Empty when the room shows no run.
QList<ExportFormat> formatsOf(const Room& room);

/// Writes the export to `file`. Returns false with `error` set (and `file` untouched) for a format
/// the item does not have, a step past the last, a range over the GIF or page limit, an empty
/// drawing or an unwritable file. The room returns to the step it was at.
bool exportRoom(Room& room, const StepExport& request, const QString& file, QString* error);

}  // namespace stepwise::ui
