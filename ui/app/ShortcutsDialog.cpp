#include "ui/app/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace stepwise::ui {

namespace {

QString keysText(const QList<QKeySequence>& keys) {
    QStringList parts;
    for (const auto& k : keys) parts << k.toString(QKeySequence::NativeText);
    return parts.join(", ");
}

/// "&Open graph…" → "Open graph".
QString plainText(QString text) {
    text.remove('&');
    if (text.endsWith(QChar(0x2026))) text.chop(1);
    if (text.endsWith("...")) text.chop(3);
    return text;
}

void collectActions(const QList<QAction*>& actions, QList<ShortcutEntry>& out, QList<const QAction*>& seen) {
    for (const QAction* a : actions) {
        if (seen.contains(a)) continue;
        seen << a;
        if (a->menu())
            collectActions(a->menu()->actions(), out, seen);
        else if (!a->shortcuts().isEmpty())
            out.append({keysText(a->shortcuts()), plainText(a->text())});
    }
}

}  // namespace

QList<ShortcutEntry> ShortcutsDialog::collect(const QWidget* window) {
    QList<ShortcutEntry> out;
    QList<const QAction*> seen;
    if (const auto* mw = qobject_cast<const QMainWindow*>(window); mw && mw->menuWidget())
        if (const auto* bar = qobject_cast<const QMenuBar*>(mw->menuWidget()))
            collectActions(bar->actions(), out, seen);
    collectActions(window->findChildren<QAction*>(), out, seen);
    for (const QShortcut* s : window->findChildren<QShortcut*>()) {
        const QString keys = keysText(s->keys());
        if (keys.isEmpty()) continue;
        const QString what = s->whatsThis().isEmpty() ? s->objectName() : s->whatsThis();
        const bool known = std::any_of(
            out.begin(), out.end(), [&](const ShortcutEntry& e) { return e.keys == keys && e.what == what; });
        if (!known) out.append({keys, what});
    }
    return out;
}

ShortcutsDialog::ShortcutsDialog(QWidget* window, QWidget* parent) : QDialog(parent) {
    setObjectName("shortcutsDialog");
    setWindowTitle(tr("Keyboard shortcuts"));
    const auto entries = collect(window);
    auto* table = new QTableWidget(static_cast<int>(entries.size()), 2, this);
    table->setObjectName("shortcutsTable");
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int i = 0; i < entries.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(entries[i].keys));
        table->setItem(i, 1, new QTableWidgetItem(entries[i].what));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(table->fontMetrics().averageCharWidth() * 60,
           table->fontMetrics().height() * (static_cast<int>(entries.size()) + 6));
}

}  // namespace stepwise::ui
