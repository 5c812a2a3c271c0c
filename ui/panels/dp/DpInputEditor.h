#pragma once
// The input side of the DP room: the problem, its inputs (two strings; weights, values and
// capacity; an array and a method; coins and an amount), a seeded random-input button, Run, and the
// message line under the inputs where a run without the trace is offered. The problems are the
// catalogue's; each keeps its own fields, so switching problems loses nothing.
#include <QMap>
#include <QWidget>
#include <optional>

#include "core/catalogue/Options.h"
#include "core/dp/DpProblem.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace stepwise::ui {

class DpInputEditor : public QWidget {
    Q_OBJECT
public:
    explicit DpInputEditor(QWidget* parent = nullptr);

    QString problemId() const;
    /// Shows that problem's fields (an unknown id is ignored).
    void setProblemId(const QString& id);

    /// The current problem's fields as the catalogue item's options, named as its option specs
    /// ("a", "weights", "method"): text as typed, lists with commas. Checking them is the core's.
    catalogue::Options options() const;
    /// Fills the fields of problem `id` from its options (a preset, or what was typed before).
    void setOptions(const QString& id, const catalogue::Options& options);
    /// Fills the fields of problem `id` from `input` (the fields that problem uses).
    void setInput(const QString& id, const dp::DpInput& input);

    /// A random input for the current problem from `seed` (same seed, same input).
    static dp::DpInput randomInput(const QString& problemId, std::uint64_t seed);
    std::uint64_t seed() const;
    void setSeed(std::uint64_t seed);

    /// A neutral message with a button that asks for a run without the trace.
    void offerUntracedRun(const QString& message);
    void showInfo(const QString& message);
    void clearMessage();
    QString messageText() const;
    bool untracedOffered() const;

public Q_SLOTS:
    /// Generates from the seed, fills the fields, advances the seed, and asks for a run.
    void randomize();

Q_SIGNALS:
    /// Run, Ctrl+Return, Return in a field, a random input.
    void runRequested();
    /// The user picked another problem in the list.
    void problemChosen(const QString& id);
    void untracedRunRequested();

private:
    struct Fields {
        QLineEdit* a = nullptr;
        QLineEdit* b = nullptr;
        QLineEdit* weights = nullptr;
        QLineEdit* values = nullptr;
        QLineEdit* capacity = nullptr;
        QLineEdit* coins = nullptr;
        QLineEdit* amount = nullptr;
        QComboBox* method = nullptr;
    };
    QWidget* buildPage(const QString& id, Fields& fields);
    QLineEdit* addField(QFormLayout* form, const QString& label, const QString& name, const QString& placeholder,
                        const QString& tip);
    void setMessage(const QString& message, bool offer);

    QComboBox* problem_;
    QStackedWidget* pages_;
    QMap<QString, Fields> fields_;
    QSpinBox* seed_;
    QPushButton* randomButton_;
    QLabel* message_;
    QPushButton* untracedButton_;
    QPushButton* runButton_;
};

}  // namespace stepwise::ui
