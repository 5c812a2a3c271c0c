#pragma once
// Help → Keyboard shortcuts: every shortcut the window has, read from the window itself (its
// actions, and the QShortcuts of its panels, whose whatsThis says what they do), so the list
// cannot fall behind the code.
#include <QDialog>
#include <QList>
#include <QString>

namespace stepwise::ui {

struct ShortcutEntry {
    QString keys;  // "Ctrl+O", or "Ctrl++, Ctrl+=" for several
    QString what;  // "Open graph"
};

class ShortcutsDialog : public QDialog {
    Q_OBJECT
  public:
    explicit ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);

    /// The window's shortcuts: menu actions first (in menu order), then panel shortcuts, each once.
    /// A QShortcut without a whatsThis is listed under its object name (a test keeps that from happening).
    static QList<ShortcutEntry> collect(const QWidget* window);
};

}  // namespace stepwise::ui
