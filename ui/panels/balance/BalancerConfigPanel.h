#pragma once
// The load-balancer room's controls: the policy, the backends (name, weight, slow) with add and
// remove, request count and seed. It shows a BalancerRunConfig and reports what the user asked for;
// the room decides (and may refuse, with a message in its banner).
#include <QWidget>

#include "ui/panels/balance/BalancerRunConfig.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace stepwise::ui {

class BalancerConfigPanel : public QWidget {
    Q_OBJECT
  public:
    explicit BalancerConfigPanel(QWidget* parent = nullptr);

    /// Fills the controls (no signals). `slowNow` says which backends are slow from here on.
    void setConfig(const BalancerRunConfig& config, const std::vector<bool>& slowNow);
    /// The rows as the table shows them (typed text included).
    std::vector<BackendRow> rows() const;

    QComboBox* policyCombo() const { return policy_; }
    QTableWidget* table() const { return table_; }
    QSpinBox* requestsSpin() const { return requests_; }
    QSpinBox* seedSpin() const { return seed_; }
    /// The panel's header: "Consistent hashing" for that policy, "Load balancer" otherwise.
    QString title() const;

  Q_SIGNALS:
    void policyChosen(const QString& policy);
    void rowsEdited();
    void addRequested();
    void removeRequested(int row);
    void slowToggled(int row, bool slow);
    void requestsChosen(int requests);
    void seedChosen(int seed);

  private:
    QLabel* title_;
    QComboBox* policy_;
    QTableWidget* table_;
    QPushButton* add_;
    QPushButton* remove_;
    QSpinBox* requests_;
    QSpinBox* seed_;
    bool filling_ = false;
};

}  // namespace stepwise::ui
