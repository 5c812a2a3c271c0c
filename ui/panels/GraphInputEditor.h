#pragma once
// The input side of the graph room: the graph as editable text (or loaded from a file, or generated
// from a seed), the algorithm, source and target, a Run button, and the message line under the
// editor where bad input is reported (with file and line) or a trace-less run is offered.
// It holds text and choices only; the room parses and runs.
#include <QStringList>
#include <QWidget>

#include "ui/panels/RandomGraphDialog.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace stepwise::ui {

class GraphInputEditor : public QWidget {
    Q_OBJECT
public:
    explicit GraphInputEditor(QWidget* parent = nullptr);

    /// Replaces the text. `origin` names where it came from (a file path, "random G(..)"), shown above
    /// the editor; `fileName` is what errors name (the path for a file, "editor" otherwise).
    void setGraphText(const QString& text, const QString& origin, const QString& fileName);
    QString graphText() const;
    /// What parse errors should name: the file while its text is unedited, "editor" after an edit.
    QString fileName() const { return fileName_; }

    /// Reads a file into the editor. Returns false with `error` set when it cannot be read.
    bool loadFile(const QString& path, QString* error);

    void setAlgorithms(const QList<QPair<QString, QString>>& idAndTitle);
    QString algorithmId() const;
    void setAlgorithmId(const QString& id);
    /// Enables the source/target choices the algorithm uses.
    void setEndpointNeeds(bool source, bool target);

    /// The vertex names offered in the source and target lists (the text can name others).
    void setVertexNames(const QStringList& names);
    QString sourceName() const;
    QString targetName() const;  // empty for "no target"
    void setSourceName(const QString& name);
    void setTargetName(const QString& name);

    /// A red message under the editor (bad input). Plain text, wrapped.
    void showError(const QString& message);
    /// A neutral message with a button that asks for a run without the trace.
    void offerUntracedRun(const QString& message);
    void showInfo(const QString& message);
    void clearMessage();
    QString messageText() const;
    bool messageIsError() const { return messageIsError_; }

Q_SIGNALS:
    /// The user asked for a (recorded) run: Run, Ctrl+Return, a new algorithm, source or target, a
    /// loaded file, a generated graph.
    void runRequested();
    void untracedRunRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void paintMessage();
    void chooseFile();
    void chooseRandomGraph();
    void setMessage(const QString& message, bool error, bool offer);
    void markEdited();

    QLabel* origin_;
    QPlainTextEdit* text_;
    QPushButton* loadButton_;
    QPushButton* randomButton_;
    QLabel* message_;
    QPushButton* untracedButton_;
    QComboBox* algorithm_;
    QComboBox* source_;
    QComboBox* target_;
    QPushButton* runButton_;
    QString fileName_ = "editor";
    bool settingText_ = false;
    bool messageIsError_ = false;
    RandomGraphRequest lastRandom_;
};

}  // namespace stepwise::ui
