#include "ui/rooms/QueueRoom.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

#include "core/queue/QueueItemRun.h"
#include "ui/playback/PlaybackController.h"
#include "ui/views/queue/QueueView.h"

namespace stepwise::ui {

QueueRoom::QueueRoom(QWidget* parent) : RoomScaffold(tr("Job queue"), itemsOf(catalogue::Area::Queue), parent) {
    setObjectName("queueRoom");
    auto* editor = new QWidget(this);
    auto* column = new QVBoxLayout(editor);
    column->setContentsMargins(0, 0, 0, 0);
    auto* help = new QLabel(tr("Options, as stepwise-cli run queue takes them (run queue --help lists them):"), editor);
    help->setWordWrap(true);
    options_ = new QLineEdit(editor);
    options_->setObjectName("queueOptions");
    options_->setAccessibleName(tr("Queue options"));
    run_ = new QPushButton(tr("Run"), editor);
    column->addWidget(help);
    column->addWidget(options_);
    column->addWidget(run_);
    column->addStretch();
    view_ = new QueueView(this);

    Layout layout;
    layout.narration = Narration::UnderEditor;
    layout.columns = {300, 920};
    layout.side = {360, 220};
    buildLayout(editor, view_, {}, layout);
    playback()->setSpeed(8);

    connect(options_, &QLineEdit::returnPressed, this, [this] { applyEditor(); });
    connect(run_, &QPushButton::clicked, this, [this] { applyEditor(); });
    selectItem("queue");
}

QueueRoom::~QueueRoom() = default;

StepView* QueueRoom::stepView() const { return view_; }

const queue::QueueItemRun* QueueRoom::queueRun() const {
    return run() ? run()->as<queue::QueueItemRun>() : nullptr;
}

catalogue::Options QueueRoom::editorOptions() const {
    // "--name value" pairs; a name without a value is kept empty, so validation names it.
    catalogue::Options out;
    const QStringList words = options_->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString name = words[i];
        while (name.startsWith(QLatin1Char('-'))) name.remove(0, 1);
        const bool valued = i + 1 < words.size() && !words[i + 1].startsWith(QStringLiteral("--"));
        out.set(name.toStdString(), valued ? words[++i].toStdString() : std::string());
    }
    return out;
}

void QueueRoom::setEditorOptions(const catalogue::CatalogueItem& item, const catalogue::Options& options) {
    QStringList words;
    for (const auto& [name, value] : options.values()) {
        // Defaults are left out: the line shows what was chosen.
        const auto spec = std::find_if(item.options.begin(), item.options.end(),
                                       [&key = name](const catalogue::OptionSpec& s) { return s.name == key; });
        if (spec != item.options.end() && spec->defaultValue == value) continue;
        words << QStringLiteral("--%1 %2").arg(QString::fromStdString(name), QString::fromStdString(value));
    }
    options_->setText(words.join(QLatin1Char(' ')));
}

void QueueRoom::runInstalled(run::Run& r) {
    const auto* q = r.as<queue::QueueItemRun>();
    if (!q) return;
    Q_EMIT statusMessage(tr("%1 jobs, %2 steps, %3 s of virtual time")
                             .arg(q->config().jobs)
                             .arg(r.stepCount())
                             .arg(static_cast<double>(q->endTime()) / sim::second, 0, 'f', 1));
}

void QueueRoom::showStep(run::Run& r) {
    const auto* q = r.as<queue::QueueItemRun>();
    if (!q) return;
    view_->setState(QueueView::fromRun(*q));
}

}  // namespace stepwise::ui
