#pragma once
// The drawing half of `stepwise-cli export` (png, svg, pdf, gif): ExportRender.cpp draws through
// the GUI's rooms on Qt's offscreen platform; NoRender.cpp, for builds without the UI, refuses.
#include <string>
#include <vector>

#include "core/catalogue/CatalogueItem.h"

namespace stepwise::cli {

struct RenderJob {
    const catalogue::CatalogueItem* item = nullptr;
    catalogue::Options options;  // validated
    std::string format;          // png, svg, pdf, gif
    bool sheet = false;          // pdf: a study sheet of the range
    std::size_t first = 0, last = 0, every = 1;
    double scale = 2.0;
    bool dark = false;
    int frameMs = 500;
    std::string output;
    std::size_t steps = 0;  // the run's step count as the core built it (the room's run must match)
    std::vector<std::string> kinds;  // a sheet or gif of only the steps of these kinds
    std::string chart;               // one of the room's charts instead of its drawing (png, svg, pdf, csv)
    std::string textFormats;         // what the item exports without a room ("dot"), for the refusal
};

/// Whether this build can draw (png, svg, pdf, gif).
bool canRender();
/// Whether a room of the GUI draws `item` (false without a renderer): only then has it png, svg,
/// pdf, gif and charts. Starts the GUI offscreen to ask it; call it only to word a refusal.
bool canDraw(const catalogue::CatalogueItem& item);
/// Draws the job to its output file. Throws InputError (exit 2) when the export is refused.
void renderExport(const RenderJob& job);

}  // namespace stepwise::cli
