#include "ui/rooms/WorkProgress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace stepwise::ui {

WorkProgress::WorkProgress(QWidget* parent) : QWidget(parent) {
    setObjectName("workProgress");
    label_ = new QLabel(this);
    label_->setTextFormat(Qt::PlainText);
    bar_ = new QProgressBar(this);
    bar_->setObjectName("workProgressBar");
    bar_->setAccessibleName(tr("Progress"));
    bar_->setTextVisible(false);
    bar_->setMaximumHeight(14);
    cancel_ = new QPushButton(tr("Cancel"), this);
    cancel_->setObjectName("workCancelButton");
    cancel_->setToolTip(tr("Stop this work; what was shown before stays"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(label_);
    layout->addWidget(bar_, 1);
    layout->addWidget(cancel_);
    connect(cancel_, &QPushButton::clicked, this, [this] {
        finish();
        Q_EMIT cancelled();
    });
}

void WorkProgress::start(const QString& what) {
    working_ = true;
    label_->setText(what);
    setFraction(-1);
    show();
}

void WorkProgress::setFraction(double done) {
    if (done < 0) {
        bar_->setRange(0, 0);  // busy
        return;
    }
    bar_->setRange(0, 1000);
    bar_->setValue(static_cast<int>(std::min(done, 1.0) * 1000));
}

void WorkProgress::finish() {
    working_ = false;
    hide();
}

QString WorkProgress::text() const {
    return working_ ? label_->text() : QString();
}

}  // namespace stepwise::ui
