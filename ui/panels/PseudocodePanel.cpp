#include "ui/panels/PseudocodePanel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QListWidget>
#include <QVBoxLayout>

#include "ui/panels/PanelTitle.h"

namespace stepwise::ui {

namespace {
const QString kMarker = QStringLiteral("▶ ");
const QString kBlank = QStringLiteral("   ");
}  // namespace

PseudocodePanel::PseudocodePanel(QWidget* parent) : QWidget(parent) {
    setObjectName("pseudocodePanel");
    list_ = new QListWidget(this);
    list_->setObjectName("pseudocodeList");
    list_->setAccessibleName(tr("Pseudo-code"));
    list_->setSelectionMode(QAbstractItemView::NoSelection);
    list_->setFocusPolicy(Qt::NoFocus);
    list_->setUniformItemSizes(true);
    list_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    list_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(makePanelTitle(tr("Pseudo-code"), this));
    layout->addWidget(list_);
}

void PseudocodePanel::setLines(const std::vector<std::string>& lines) {
    list_->clear();
    current_ = -1;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        auto* item = new QListWidgetItem(list_);
        item->setData(Qt::UserRole, QString::fromStdString(lines[i]));
        paintLine(static_cast<int>(i), false);
    }
}

void PseudocodePanel::setCurrentLine(int line) {
    if (line == current_) return;
    if (current_ >= 0 && current_ < lineCount()) paintLine(current_, false);
    current_ = (line >= 0 && line < lineCount()) ? line : -1;
    if (current_ >= 0) {
        paintLine(current_, true);
        list_->scrollToItem(list_->item(current_));
    }
}

int PseudocodePanel::lineCount() const { return list_->count(); }

QString PseudocodePanel::lineText(int line) const {
    auto* item = list_->item(line);
    return item ? item->text() : QString();
}

void PseudocodePanel::paintLine(int line, bool current) {
    auto* item = list_->item(line);
    if (!item) return;
    const QString code = item->data(Qt::UserRole).toString();
    item->setText(QString("%1%2  %3").arg(current ? kMarker : kBlank).arg(line + 1, 2).arg(code));
    QFont f = list_->font();
    f.setBold(current);
    item->setFont(f);
    if (current) {
        const bool dark = isDarkPalette(this);
        item->setBackground(dark ? QColor(0x5a, 0x4a, 0x12) : QColor(0xff, 0xe8, 0x8c));
        item->setForeground(dark ? QColor(0xff, 0xf4, 0xd0) : QColor(0x1d, 0x21, 0x27));
    } else {
        item->setBackground(QBrush());
        item->setForeground(QBrush());
    }
    item->setData(Qt::AccessibleTextRole, current ? tr("current line %1: %2").arg(line + 1).arg(code) : code);
}

void PseudocodePanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && current_ >= 0) paintLine(current_, true);
}

}  // namespace stepwise::ui
