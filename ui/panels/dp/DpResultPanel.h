#pragma once
// What a DP run computes (the value and the edit script, the chosen items, the subsequence or the
// coins), as rich text. During the traceback, the parts it has already walked through are marked
// (bold, a ◀ and the traceback colour), so the script grows as the path walks back from the corner.
#include <QWidget>
#include <optional>

#include "core/dp/DpProblem.h"

class QTextBrowser;

namespace stepwise::ui {

class DpResultPanel : public QWidget {
    Q_OBJECT
public:
    /// Lists stop after this many entries.
    static constexpr std::size_t maxRows = 300;

    explicit DpResultPanel(QWidget* parent = nullptr);

    void showResult(const QString& problemId, const dp::DpInput& input, const dp::DpResult& result, const QString& heading);
    /// How many traceback cells the current step has reached (0 before the traceback).
    void setTracebackProgress(std::size_t cells);
    /// Whether the current step has filled the table (the value is known), and how far the fill is:
    /// before that the panel says the answer is not known yet instead of showing the final one.
    void setFillProgress(bool valueKnown, std::size_t filled, std::size_t total);
    void clear();
    /// The panel's text without markup, for tests and accessibility.
    QString text() const;
    /// How many entries (script operations, items) are marked as reached by the traceback.
    int markedCount() const { return marked_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    QTextBrowser* text_;
    QString problemId_;
    dp::DpInput input_;
    std::optional<dp::DpResult> result_;
    QString heading_;
    std::size_t progress_ = 0;
    bool valueKnown_ = true;
    std::size_t filled_ = 0, fillTotal_ = 0;
    int marked_ = 0;
};

}  // namespace stepwise::ui
