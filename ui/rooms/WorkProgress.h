#pragma once
// The strip a room shows while long work runs off the GUI thread (a big graph's layout, a long
// traced run): what is being done, a progress bar (busy when the amount is unknown) and Cancel.
// It only shows; the room that started the work stops it when cancelled() fires.
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace stepwise::ui {

class WorkProgress : public QWidget {
    Q_OBJECT
  public:
    explicit WorkProgress(QWidget* parent = nullptr);

    /// Shows the strip with `what` ("Laying out 3,000 vertices…") and a busy bar.
    void start(const QString& what);
    /// Done so far, 0..1; a negative value shows a busy bar.
    void setFraction(double done);
    /// Hides the strip.
    void finish();

    bool isWorking() const { return working_; }
    QString text() const;
    QPushButton* cancelButton() const { return cancel_; }
    QProgressBar* bar() const { return bar_; }

  Q_SIGNALS:
    void cancelled();

  private:
    QLabel* label_;
    QProgressBar* bar_;
    QPushButton* cancel_;
    bool working_ = false;
};

}  // namespace stepwise::ui
