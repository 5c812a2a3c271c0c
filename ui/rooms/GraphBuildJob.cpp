#include "ui/rooms/GraphBuildJob.h"

namespace stepwise::ui {

GraphBuildJob::GraphBuildJob(Build build, std::shared_ptr<const graph::Graph> layoutOf, Done done, QObject* parent)
    : QObject(parent), build_(std::move(build)), layoutOf_(std::move(layoutOf)), done_(std::move(done)) {}

GraphBuildJob::~GraphBuildJob() {
    progress_.cancel = true;
    if (thread_) thread_->wait();
}

void GraphBuildJob::start() {
    QThread* thread = QThread::create([this] {
        try {
            outcome_.run = build_();
            if (layoutOf_ && !progress_.cancel) {
                laying_ = true;
                outcome_.layout =
                    std::make_shared<const layout::GraphLayout>(layout::layoutGraph(*layoutOf_, 1, &progress_));
            }
        } catch (...) {
            outcome_.error = std::current_exception();
        }
    });
    thread_ = thread;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // Queued onto the GUI thread: the outcome arrives through the event loop, never during start().
    connect(thread, &QThread::finished, this, [this] {
        if (!cancelled_ && done_) done_(outcome_);
        deleteLater();
    });
    thread->start(QThread::LowPriority);
}

void GraphBuildJob::cancel() {
    cancelled_ = true;
    progress_.cancel = true;
    if (!isRunning()) deleteLater();
}

double GraphBuildJob::fraction() const {
    if (!laying_ || !layoutOf_ || layoutOf_->vertexCount() == 0) return -1;
    return static_cast<double>(progress_.placed.load()) / static_cast<double>(layoutOf_->vertexCount());
}

}  // namespace stepwise::ui
