#include "ui/panels/PseudocodePanel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

#include "ui/panels/PanelTitle.h"

namespace stepwise::ui {

namespace {
const QString kMarker = QStringLiteral("▶");

int leadingSpaces(const QString& s) {
    int n = 0;
    while (n < s.size() && s[n] == ' ') ++n;
    return n;
}
}  // namespace

PseudocodePanel::PseudocodePanel(QWidget* parent) : QWidget(parent) {
    setObjectName("pseudocodePanel");
    text_ = new QTextEdit(this);
    text_->setObjectName("pseudocodeText");
    text_->setAccessibleName(tr("Pseudo-code"));
    text_->setReadOnly(true);
    text_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text_->setFocusPolicy(Qt::NoFocus);
    text_->setLineWrapMode(QTextEdit::WidgetWidth);
    text_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    text_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(makePanelTitle(tr("Pseudo-code"), this));
    layout->addWidget(text_);
}

void PseudocodePanel::setLines(const std::vector<std::string>& lines) {
    lines_.clear();
    for (const auto& l : lines) lines_.push_back(QString::fromStdString(l));
    current_ = -1;
    render();
}

void PseudocodePanel::setCurrentLine(int line) {
    const int next = (line >= 0 && line < lineCount()) ? line : -1;
    if (next == current_) return;
    current_ = next;
    render();
}

int PseudocodePanel::lineCount() const { return static_cast<int>(lines_.size()); }

QString PseudocodePanel::lineText(int line) const {
    const QTextBlock block = text_->document()->findBlockByNumber(line);
    return block.isValid() ? block.text() : QString();
}

void PseudocodePanel::render() {
    // Seven lines of pseudo-code: rebuilding the whole document per step is cheaper than diffing it.
    const int scroll = text_->verticalScrollBar()->value();
    QTextDocument* doc = text_->document();
    doc->clear();
    const QFont font = text_->font();
    const qreal cw = QFontMetricsF(font).horizontalAdvance(' ');
    const bool dark = isDarkPalette(this);
    const int width = lineCount() >= 10 ? 2 : 1;
    QTextCursor cursor(doc);
    for (int i = 0; i < lineCount(); ++i) {
        const bool current = i == current_;
        const QString& code = lines_[static_cast<std::size_t>(i)];
        const QString prefix = QString("%1 %2  ").arg(current ? kMarker : " ").arg(i + 1, width);
        QTextBlockFormat block;
        const qreal hang = (prefix.size() + leadingSpaces(code) + 2) * cw;
        block.setLeftMargin(hang);
        block.setTextIndent(-hang);
        block.setTopMargin(1);
        block.setBottomMargin(1);
        QTextCharFormat chars;
        chars.setFont(font);
        chars.setFontWeight(current ? QFont::Bold : QFont::Normal);
        if (current) {
            block.setBackground(dark ? QColor(0x5a, 0x4a, 0x12) : QColor(0xff, 0xe8, 0x8c));
            chars.setForeground(dark ? QColor(0xff, 0xf4, 0xd0) : QColor(0x1d, 0x21, 0x27));
        }
        if (i == 0) {
            cursor.setBlockFormat(block);
            cursor.setBlockCharFormat(chars);
        } else {
            cursor.insertBlock(block, chars);
        }
        cursor.insertText(prefix + code, chars);
    }
    text_->verticalScrollBar()->setValue(scroll);
    if (current_ >= 0) {
        QTextCursor at(doc->findBlockByNumber(current_));
        text_->setTextCursor(at);
        text_->ensureCursorVisible();
    }
}

void PseudocodePanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) render();
}

}  // namespace stepwise::ui
