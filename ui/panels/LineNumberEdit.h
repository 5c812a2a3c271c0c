#pragma once
// A plain-text editor with line numbers in a gutter on its left and one line that can be marked as
// the one an error names (a tinted band across the text and a marker in the gutter, so it shows
// without colour too). The graph editor uses it: a parse error's line is marked until the text
// parses again.
#include <QPlainTextEdit>

namespace stepwise::ui {

class LineNumberEdit : public QPlainTextEdit {
  public:  // no Q_OBJECT: no signals of its own
    explicit LineNumberEdit(QWidget* parent = nullptr);

    /// Marks 1-based `line` as the one an error names; 0 (or a line past the end) clears the mark.
    void setErrorLine(int line);
    int errorLine() const { return errorLine_; }

    /// The gutter's width: room for the largest line number and the error marker.
    int gutterWidth() const;
    QWidget* gutter() const { return gutter_; }
    /// Paints the gutter (called by the gutter widget's paint event).
    void paintGutter(QPaintEvent* event);

  protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    void updateGutterWidth();
    void updateGutter(const QRect& rect, int dy);
    void highlightErrorLine();

    QWidget* gutter_;
    int errorLine_ = 0;
};

}  // namespace stepwise::ui
