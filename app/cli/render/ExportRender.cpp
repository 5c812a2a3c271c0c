// Drawing without a display: the GUI's main window on Qt's offscreen platform, the item's room
// given the options, then the one export service (ui/export/StepExport.h).
#include "app/cli/render/ExportRender.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QFont>
#include <QHashSeed>
#include <cstdio>
#include <stdexcept>

#include "core/common/InputError.h"
#include "core/run/Run.h"
#include "ui/app/MainWindow.h"
#include "ui/app/StartupOptions.h"
#include "ui/app/Theme.h"
#include "ui/export/ExportLook.h"
#include "ui/export/StepExport.h"
#include "ui/rooms/Room.h"

namespace stepwise::cli {

namespace {

/// Qt's notes about the offscreen platform itself (no runtime directory, no window manager) say
/// nothing about the export; anything else goes to standard error as Qt would print it.
void quietPlatformNotes(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (message.contains(QLatin1String("XDG_RUNTIME_DIR")) || message.contains(QLatin1String("propagateSizeHints")))
        return;
    if (type == QtDebugMsg || type == QtInfoMsg) return;
    fprintf(stderr, "%s\n", qFormatLogMessage(type, context, message).toLocal8Bit().constData());
}

void startOffscreen() {
    // No display is needed: unless the caller chose a platform, draw offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt's hashes are seeded at random per process, and a PDF's fonts are written in hash order:
    // a fixed seed makes the same export the same bytes.
    QHashSeed::setDeterministicGlobalSeed();
    qInstallMessageHandler(quietPlatformNotes);
}

int argc = 1;
char name[] = "stepwise-cli";
char* argv[] = {name, nullptr};

}  // namespace

bool canRender() {
    return true;
}

bool canDraw(const catalogue::CatalogueItem& item) {
    startOffscreen();
    QApplication app(argc, argv);
    const ui::MainWindow window;
    return window.roomFor(QString::fromStdString(item.id)) != nullptr;
}

void renderExport(const RenderJob& job) {
    startOffscreen();
    QApplication app(argc, argv);
    // The same look on every machine: our palette and the bundled font, before any widget exists.
    ui::applyTheme(job.dark ? ui::Theme::Dark : ui::Theme::Light);
    QApplication::setFont(ui::exportFont(9));

    const QString id = QString::fromStdString(job.item->id);
    ui::MainWindow window;
    window.resize(1440, 900);
    ui::StartupOptions open;
    open.open = id;
    window.applyStartup(open);
    ui::Room* room = window.roomFor(id);
    if (!room)
        throw InputError("export: no room of the GUI draws " + job.item->id + " yet, so it has no " +
                         (job.chart.empty() ? job.format : "chart") + " export (" +
                         (job.textFormats.empty() ? std::string("it has no export in this build")
                                                  : "its formats: " + job.textFormats) +
                         ")");
    window.show();
    QApplication::processEvents();
    QString error;
    // A refusal says why; a room that builds its run off the GUI thread may return before the run is
    // in (no reason given): then wait until the room shows a run of the length the core built.
    if (!room->applyOptions(job.options, &error) && !error.isEmpty())
        throw InputError("export: " + error.toStdString());
    // Waits in an event loop woken by the room's own events, with a timer to look again: a timed
    // processEvents() does not wait, and polling it took a whole core from the build it waited for.
    QElapsedTimer waited;
    waited.start();
    auto ready = [&] { return room->currentRun() && room->currentRun()->stepCount() == job.steps; };
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (ready() || waited.elapsed() > 30000) loop.quit();
    });
    poll.start(20);
    if (!ready()) loop.exec();
    poll.stop();
    if (!ready()) throw std::runtime_error("export: the window did not show the same run of " + job.item->id + " within 30 s");
    QApplication::processEvents();

    ui::StepExport request;
    request.format = *ui::formatFromName(QString::fromStdString(job.format));
    request.sheet = job.sheet;
    request.range = {job.first, job.last, job.every};
    request.scale = job.scale;
    request.theme = job.dark ? ui::Theme::Dark : ui::Theme::Light;
    request.frameMs = job.frameMs;
    for (const auto& k : job.kinds) request.kinds << QString::fromStdString(k);
    request.chart = QString::fromStdString(job.chart);
    if (!ui::exportRoom(*room, request, QString::fromStdString(job.output), &error))
        throw InputError("export: " + error.toStdString());
}

}  // namespace stepwise::cli
