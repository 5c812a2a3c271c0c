#include "ui/panels/LineNumberEdit.h"

#include <QCoreApplication>
#include <QPainter>
#include <QTextBlock>

#include "ui/panels/PanelTitle.h"

namespace stepwise::ui {
namespace {

class Gutter : public QWidget {
  public:
    explicit Gutter(LineNumberEdit* editor) : QWidget(editor), editor_(editor) {
        setObjectName("lineNumbers");
        setAccessibleName(QCoreApplication::translate("stepwise::ui::LineNumberEdit", "Line numbers"));
    }
    QSize sizeHint() const override { return {editor_->gutterWidth(), 0}; }

  protected:
    void paintEvent(QPaintEvent* event) override { editor_->paintGutter(event); }

  private:
    LineNumberEdit* editor_;
};

/// a·(1−t) + b·t.
QColor mix(const QColor& a, const QColor& b, qreal t) {
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

}  // namespace

LineNumberEdit::LineNumberEdit(QWidget* parent) : QPlainTextEdit(parent), gutter_(new Gutter(this)) {
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { updateGutterWidth(); });
    connect(this, &QPlainTextEdit::updateRequest, this, &LineNumberEdit::updateGutter);
    updateGutterWidth();
}

int LineNumberEdit::gutterWidth() const {
    int digits = 1;
    for (int n = std::max(1, blockCount()); n >= 10; n /= 10) ++digits;
    digits = std::max(digits, 2);
    // Digits, the marker's room on the left, a gap before the text.
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits + fontMetrics().height() / 2 + 12;
}

void LineNumberEdit::setErrorLine(int line) {
    if (line < 0 || line > blockCount()) line = 0;
    if (line == errorLine_) return;
    errorLine_ = line;
    highlightErrorLine();
    gutter_->update();
}

void LineNumberEdit::updateGutterWidth() {
    setViewportMargins(gutterWidth(), 0, 0, 0);
    // A line the error named may be gone after an edit.
    if (errorLine_ > blockCount()) setErrorLine(0);
}

void LineNumberEdit::updateGutter(const QRect& rect, int dy) {
    if (dy)
        gutter_->scroll(0, dy);
    else
        gutter_->update(0, rect.y(), gutter_->width(), rect.height());
}

void LineNumberEdit::resizeEvent(QResizeEvent* event) {
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    gutter_->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
}

void LineNumberEdit::changeEvent(QEvent* event) {
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        updateGutterWidth();
        highlightErrorLine();
        gutter_->update();
    }
}

void LineNumberEdit::highlightErrorLine() {
    QList<QTextEdit::ExtraSelection> marks;
    if (errorLine_ > 0) {
        QTextEdit::ExtraSelection mark;
        // A light tint of the error colour: the text on it keeps AA contrast in both themes.
        const QColor error = isDarkPalette(this) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
        mark.format.setBackground(mix(palette().color(QPalette::Base), error, 0.18));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.cursor = QTextCursor(document()->findBlockByNumber(errorLine_ - 1));
        mark.cursor.clearSelection();
        marks << mark;
    }
    setExtraSelections(marks);
}

void LineNumberEdit::paintGutter(QPaintEvent* event) {
    QPainter p(gutter_);
    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    p.fillRect(event->rect(), mix(base, text, 0.05));
    const bool dark = isDarkPalette(this);
    const QColor error = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    const QColor number = mix(text, base, 0.35);  // quieter than the text, still AA on the gutter
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int width = gutter_->width();
    const int h = fontMetrics().height();
    p.setFont(font());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            const bool wrong = line == errorLine_;
            if (wrong) {
                // A marker as well as a colour: a bar and a bold number.
                p.fillRect(QRect(0, top, 3, height), error);
                QFont bold = font();
                bold.setBold(true);
                p.setFont(bold);
            }
            p.setPen(wrong ? error : number);
            p.drawText(QRect(0, top, width - 8, h), Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
            if (wrong) p.setFont(font());
        }
        block = block.next();
        top += height;
    }
}

}  // namespace stepwise::ui
