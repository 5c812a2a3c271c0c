#pragma once
// The sentence that says what the current step did, in a larger font, under a "step k of n" line.
#include <QWidget>

class QLabel;

namespace stepwise::ui {

class ExplanationPanel : public QWidget {
    Q_OBJECT
public:
    explicit ExplanationPanel(QWidget* parent = nullptr);

    /// `where` is the small caption ("Step 3 of 40 · line 6"); `sentence` the explanation.
    void setExplanation(const QString& where, const QString& sentence);
    QString sentence() const;
    QString where() const;

private:
    QLabel* where_;
    QLabel* sentence_;
};

}  // namespace stepwise::ui
