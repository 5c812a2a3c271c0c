#include "ui/practice/ResultsPage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ui/practice/PracticeText.h"

namespace stepwise::ui {

ResultsPage::ResultsPage(QWidget* parent) : QWidget(parent) {
    setObjectName("practiceResults");
    auto* layout = new QVBoxLayout(this);
    title_ = new QLabel(this);
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title_->setFont(big);
    title_->setObjectName("practiceScore");
    summary_ = new QLabel(this);
    summary_->setObjectName("practiceSummary");
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    review_ = new QTreeWidget(this);
    review_->setObjectName("practiceReview");
    review_->setAccessibleName(tr("Review of every question"));
    review_->setRootIsDecorated(false);
    review_->setAlternatingRowColors(true);
    review_->setWordWrap(true);
    review_->setHeaderLabels({tr("#"), tr("Result"), tr("Type"), tr("Question"), tr("Your answer"),
                              tr("A right answer"), tr("Time")});
    review_->header()->setStretchLastSection(false);
    review_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    review_->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    auto* buttons = new QHBoxLayout;
    showMe_ = new QPushButton(tr("Show &me"), this);
    showMe_->setObjectName("practiceReviewShowMe");
    showMe_->setToolTip(tr("Step through the selected question's worked solution in its item's view"));
    showMe_->setEnabled(false);
    auto* replay = new QPushButton(tr("&Replay this seed"), this);
    replay->setObjectName("practiceReplay");
    auto* again = new QPushButton(tr("New &session"), this);
    again->setObjectName("practiceNewSession");
    buttons->addWidget(showMe_);
    buttons->addStretch(1);
    buttons->addWidget(replay);
    buttons->addWidget(again);
    layout->addWidget(title_);
    layout->addWidget(summary_);
    layout->addWidget(review_, 1);
    layout->addLayout(buttons);

    connect(review_, &QTreeWidget::currentItemChanged, this, [this] { showMe_->setEnabled(selectedRow() >= 0); });
    connect(review_, &QTreeWidget::itemActivated, this, [this] { Q_EMIT showMeRequested(selectedRow()); });
    connect(showMe_, &QPushButton::clicked, this, [this] { Q_EMIT showMeRequested(selectedRow()); });
    connect(replay, &QPushButton::clicked, this, &ResultsPage::replayRequested);
    connect(again, &QPushButton::clicked, this, &ResultsPage::newSessionRequested);
}

int ResultsPage::selectedRow() const {
    auto* item = review_->currentItem();
    return item ? review_->indexOfTopLevelItem(item) : -1;
}

void ResultsPage::showResults(const practice::PracticeSession& session) {
    const auto& score = session.score();
    title_->setText(tr("%1 of %2 right (%3 %)")
                        .arg(score.right)
                        .arg(score.questions)
                        .arg(qRound(score.accuracy() * 100)));
    QString summary = QString::fromStdString(score.summary()) +
                      tr(" · level %1 · seed %2")
                          .arg(QString::fromStdString(practice::levelName(session.settings().level)))
                          .arg(session.settings().seed);
    if (!session.saving()) summary += tr(" · not saved");
    summary_->setText(summary);
    review_->clear();
    int index = 0;
    for (const auto& g : session.answered()) {
        const QString result = g.timedOut ? tr("✗ time up") : g.correct ? (g.late ? tr("✓ late") : tr("✓ right"))
                                                                        : tr("✗ wrong");
        auto* row = new QTreeWidgetItem(
            review_, {QString::number(++index), result, QString::fromStdString(g.question.type),
                      QString::fromStdString(g.question.text),
                      g.answer.empty() ? tr("(nothing)") : QString::fromStdString(g.answer),
                      QString::fromStdString(g.question.expected), practiceSeconds(g.ms)});
        row->setToolTip(3, QString::fromStdString(g.question.text + "\n\n" + g.question.explanation));
    }
    showMe_->setEnabled(false);
}

}  // namespace stepwise::ui
