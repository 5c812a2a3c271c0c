#pragma once
// The input side of the graph room: the graph as editable text (or loaded from a file, or generated
// from a seed), the algorithm, source and target, and a Run button. It holds text and choices only;
// the room parses and runs, and reports bad input in its banner.
#include <QStringList>
#include <QWidget>

#include "ui/panels/RandomGraphDialog.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace stepwise::ui {

class LineNumberEdit;

class GraphInputEditor : public QWidget {
    Q_OBJECT
public:
    explicit GraphInputEditor(QWidget* parent = nullptr);

    /// Replaces the text. `origin` names where it came from (a file path, "random G(..)"), shown above
    /// the editor; `fileName` is what errors name (the path for a file, "editor" otherwise).
    void setGraphText(const QString& text, const QString& origin, const QString& fileName);
    QString graphText() const;
    /// Marks the line a parse error names (1-based; 0 clears the mark, as the room does once the
    /// text parses again). The editor shows line numbers in its gutter.
    void setErrorLine(int line);
    int errorLine() const;
    LineNumberEdit* textEdit() const { return text_; }
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

Q_SIGNALS:
    /// The user asked for a (recorded) run: Run, Ctrl+Return, a new algorithm, source or target, a
    /// loaded file, a generated graph.
    void runRequested();
    /// A file that cannot be read, a random graph that cannot be made: for the room's banner.
    void inputFailed(const QString& message);

private:
    void chooseFile();
    void chooseRandomGraph();
    void markEdited();

    QLabel* origin_;
    LineNumberEdit* text_;
    QPushButton* loadButton_;
    QPushButton* randomButton_;
    QComboBox* algorithm_;
    QComboBox* source_;
    QComboBox* target_;
    QPushButton* runButton_;
    QString fileName_ = "editor";
    bool settingText_ = false;
    RandomGraphRequest lastRandom_;
};

}  // namespace stepwise::ui
