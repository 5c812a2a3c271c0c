#include "ui/panels/ExplanationPanel.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include "ui/panels/PanelTitle.h"

namespace stepwise::ui {

ExplanationPanel::ExplanationPanel(QWidget* parent) : QWidget(parent) {
    setObjectName("explanationPanel");
    where_ = new QLabel(this);
    where_->setObjectName("explanationWhere");
    where_->setForegroundRole(QPalette::PlaceholderText);

    sentence_ = new QLabel(this);
    sentence_->setObjectName("explanationText");
    sentence_->setWordWrap(true);
    sentence_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sentence_->setTextFormat(Qt::PlainText);
    sentence_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    sentence_->setAccessibleName(tr("What this step did"));
    QFont f = sentence_->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    sentence_->setFont(f);
    // In a scroll area: a long sentence (a run's opening description) in a short panel on a small
    // screen scrolls instead of losing its last lines.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName("explanationScroll");
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(sentence_);
    scroll->setMinimumHeight(sentence_->fontMetrics().lineSpacing() * 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(makePanelTitle(tr("What happened"), this));
    layout->addWidget(where_);
    layout->addWidget(scroll, 1);
}

void ExplanationPanel::setExplanation(const QString& where, const QString& sentence) {
    where_->setText(where);
    sentence_->setText(sentence);
}

QString ExplanationPanel::sentence() const { return sentence_->text(); }
QString ExplanationPanel::where() const { return where_->text(); }

}  // namespace stepwise::ui
