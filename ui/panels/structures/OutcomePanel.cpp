#include "ui/panels/structures/OutcomePanel.h"

#include <QEvent>
#include <QListWidget>
#include <QVBoxLayout>

#include "ui/panels/PanelTitle.h"

namespace stepwise::ui {

OutcomePanel::OutcomePanel(QWidget* parent) : QWidget(parent) {
    setObjectName("outcomePanel");
    list_ = new QListWidget(this);
    list_->setObjectName("outcomeList");
    list_->setAccessibleName(tr("Operations and their answers"));
    list_->setSelectionMode(QAbstractItemView::NoSelection);
    list_->setFocusPolicy(Qt::NoFocus);
    list_->setUniformItemSizes(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(makePanelTitle(tr("Answers"), this));
    layout->addWidget(list_, 1);
    connect(list_, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { Q_EMIT operationClicked(list_->row(item)); });
}

void OutcomePanel::setOutcomes(const std::vector<structures::Outcome>& outcomes) {
    outcomes_ = outcomes;
    list_->clear();
    for (std::size_t i = 0; i < outcomes_.size(); ++i) list_->addItem(QString());
    current_ = -1;
    done_ = 0;
    render();
}

void OutcomePanel::setProgress(int current, int done) {
    if (current == current_ && done == done_) return;
    current_ = current;
    done_ = done;
    render();
}

int OutcomePanel::count() const {
    return list_->count();
}

QString OutcomePanel::rowText(int row) const {
    return row >= 0 && row < list_->count() ? list_->item(row)->text() : QString();
}

void OutcomePanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) render();
}

void OutcomePanel::render() {
    const QColor muted = palette().color(QPalette::PlaceholderText);
    for (int i = 0; i < list_->count(); ++i) {
        const auto& o = outcomes_[static_cast<std::size_t>(i)];
        const bool done = i < done_;
        const bool now = i == current_;
        QString text =
            QString(now ? "▶ " : "   ") + QString::number(i + 1) + ". " + QString::fromStdString(o.operation);
        if (done && !o.answer.empty())
            text += "  →  " + QString::fromStdString(o.answer);
        else if (now)
            text += "  …";
        QListWidgetItem* item = list_->item(i);
        item->setText(text);
        QFont f = item->font();
        f.setBold(now);
        item->setFont(f);
        item->setForeground(done || now ? palette().color(QPalette::Text) : muted);
        item->setBackground(now ? palette().color(QPalette::AlternateBase) : QBrush());
    }
    if (current_ >= 0 && current_ < list_->count()) list_->scrollToItem(list_->item(current_));
}

}  // namespace stepwise::ui
