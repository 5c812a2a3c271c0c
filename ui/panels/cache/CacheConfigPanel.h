#pragma once
// The cache room's controls: the two policies, capacity, TTL, the workload (Zipf, uniform, scan,
// bursts, a trace file, or a typed access sequence), request count and seed. Combos and spin boxes
// apply at once; the workload text applies on Enter or "Run". Bad input is shown here, in words.
#include <QWidget>

#include "ui/panels/cache/CacheRunConfig.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace stepwise::ui {

class CacheConfigPanel : public QWidget {
    Q_OBJECT
  public:
    /// What the form lets one step through comfortably.
    static constexpr int maxCapacity = 4096;
    static constexpr int maxRequests = 200000;

    explicit CacheConfigPanel(QWidget* parent = nullptr);

    CacheRunConfig config() const;
    /// Fills the controls without emitting applyRequested.
    void setConfig(const CacheRunConfig& config);

    QComboBox* policyACombo() const { return policyA_; }
    QComboBox* policyBCombo() const { return policyB_; }
    QSpinBox* capacitySpin() const { return capacity_; }
    QSpinBox* ttlSpin() const { return ttl_; }
    QComboBox* workloadCombo() const { return kind_; }
    QLineEdit* workloadEdit() const { return workload_; }
    QSpinBox* requestsSpin() const { return requests_; }
    QSpinBox* seedSpin() const { return seed_; }
    QPushButton* runButton() const { return run_; }

  Q_SIGNALS:
    void applyRequested();

  private:
    void onKindChanged();
    void chooseTraceFile();
    void syncKindHelp();

    QComboBox* policyA_;
    QComboBox* policyB_;
    QSpinBox* capacity_;
    QSpinBox* ttl_;
    QComboBox* kind_;
    QLineEdit* workload_;
    QPushButton* browse_;
    QLabel* kindHelp_;
    QSpinBox* requests_;
    QSpinBox* seed_;
    QPushButton* run_;
    bool filling_ = false;
};

}  // namespace stepwise::ui
