#pragma once
// The algorithm's pseudo-code, one row per line, with the line of the current step lit:
// a marker (▶) and bold text as well as a background, so it does not rely on colour alone. Long
// lines wrap with a hanging indent that keeps the code's own indentation readable.
#include <QWidget>
#include <string>
#include <vector>

class QTextEdit;

namespace stepwise::ui {

class PseudocodePanel : public QWidget {
    Q_OBJECT
public:
    explicit PseudocodePanel(QWidget* parent = nullptr);

    void setLines(const std::vector<std::string>& lines);
    /// 0-based line to light, or -1 for none.
    void setCurrentLine(int line);
    int currentLine() const { return current_; }
    int lineCount() const;
    /// The text shown for a line (marker included), for tests and accessibility.
    QString lineText(int line) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    QTextEdit* text_;
    std::vector<QString> lines_;
    int current_ = -1;
};

}  // namespace stepwise::ui
