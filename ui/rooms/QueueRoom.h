#pragma once
// The job-queue room: the `queue` item (its presets: the thundering herd without and with jitter,
// auto-scaling, dead letters and a redrive). On the left the options as one line, as the CLI takes
// them (`--jobs 30 --workers 3 --faults kill-worker@1500ms=1`), with Run, then the pseudo-code and the
// sentence; in the middle the lanes, the workers' Gantt strips and the dead-letter queue. One step is
// one event of the simulation; a group is one second of virtual time. The player, presets, apply
// (keeping the step) and the error banner are the scaffold's.
#include "ui/rooms/RoomScaffold.h"

class QLineEdit;
class QPushButton;

namespace stepwise::queue {
class QueueItemRun;
}

namespace stepwise::ui {

class QueueView;

class QueueRoom : public RoomScaffold {
    Q_OBJECT
  public:
    explicit QueueRoom(QWidget* parent = nullptr);
    ~QueueRoom() override;

    StepView* stepView() const override;
    const queue::QueueItemRun* queueRun() const;
    QueueView* view() const { return view_; }
    QLineEdit* optionsEdit() const { return options_; }

  protected:
    catalogue::Options editorOptions() const override;
    void setEditorOptions(const catalogue::CatalogueItem& item, const catalogue::Options& options) override;
    void runInstalled(run::Run& run) override;
    void showStep(run::Run& run) override;

  private:
    QLineEdit* options_;
    QPushButton* run_;
    QueueView* view_;
};

}  // namespace stepwise::ui
