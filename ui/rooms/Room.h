#pragma once
// One area of the catalogue (graph search, dynamic programming, caches, ...) as a page of the main
// window. A room lists its items for the catalogue sidebar, shows the one picked, and may offer
// playback, zoom, export and file opening; the main window asks through this interface only.
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QGraphicsScene;

namespace stepwise::catalogue {
class Options;
}
namespace stepwise::run {
class Run;
}

namespace stepwise::ui {

class PlaybackController;
class StepView;
struct ChartExport;

struct RoomItem {
    QString id;       // the catalogue id ("dijkstra", "scc:tarjan")
    QString title;    // what the sidebar shows
    QString summary;  // its tooltip
};

class Room : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// The sidebar's heading for this room ("Graph search").
    virtual QString areaTitle() const = 0;
    virtual QList<RoomItem> items() const = 0;
    virtual QString currentItem() const = 0;
    /// Shows the item with this id (an unknown id is ignored).
    virtual void selectItem(const QString& id) = 0;

    virtual PlaybackController* playback() const { return nullptr; }
    /// The current item's preset names (its example first) and applying one (`--preset NAME`);
    /// false for an unknown name.
    virtual QStringList presets() const { return {}; }
    virtual bool applyPreset(const QString& name) { (void)name; return false; }
    /// The drawing to export, or nullptr when the room has none.
    virtual QGraphicsScene* exportScene() const { return nullptr; }
    /// The room's main drawing as a StepView (any view, scene or not: exportView() writes it), or nullptr.
    virtual StepView* stepView() const { return nullptr; }
    /// The run on screen (export reads its steps, pseudo-code, sentences and groups; seek it after
    /// playback()->seek), or nullptr.
    virtual run::Run* currentRun() const { return nullptr; }
    /// The charts the room shows for the current item, each with its view and its data as CSV
    /// (ui/export/ChartExport.h); none by default. Export offers them by name.
    virtual QList<ChartExport> charts() const;
    /// The options the current run was built from (export's title page), as `stepwise-cli run` takes them.
    virtual catalogue::Options currentOptions() const;
    /// Runs the current item on `options` (validated, as `stepwise-cli run ITEM` resolves them) and
    /// shows it at step 0; false with the reason in `error` on bad input (what was shown stays).
    virtual bool applyOptions(const catalogue::Options& options, QString* error);
    virtual void zoomIn() {}
    virtual void zoomOut() {}
    virtual void fitAll() {}

    /// Whether File → Open applies to this room, with the file dialog's filter.
    virtual bool opensFiles() const { return false; }
    virtual QString fileFilter() const { return {}; }
    virtual void openFile(const QString& path) { (void)path; }

Q_SIGNALS:
    /// The room switched to another item by itself (its own algorithm list, say).
    void currentItemChanged(const QString& id);
    /// A short note for the status bar.
    void statusMessage(const QString& text);
};

}  // namespace stepwise::ui
