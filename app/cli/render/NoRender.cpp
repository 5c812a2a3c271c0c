// A build without the UI (STEPWISE_BUILD_UI=OFF) has no renderer: export writes dot, csv and md only.
#include "app/cli/render/ExportRender.h"

#include "core/common/InputError.h"

namespace stepwise::cli {

bool canDraw(const catalogue::CatalogueItem&) {
    return false;
}

bool canRender() {
    return false;
}

void renderExport(const RenderJob& job) {
    throw InputError("export: --format " + job.format +
                     " needs the GUI build's renderer; this stepwise-cli was built without the UI and writes "
                     "dot, csv and md");
}

}  // namespace stepwise::cli
