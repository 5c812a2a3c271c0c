#include "ui/export/ExportLook.h"

#include <QFontDatabase>
#include <QWidget>

namespace stepwise::ui {
namespace {

struct Families {
    QString sans, mono;
};

const Families& families() {
    static const Families f = [] {
        auto load = [](const char* file, const char* fallback) {
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
            const QStringList names = id >= 0 ? QFontDatabase::applicationFontFamilies(id) : QStringList();
            return names.isEmpty() ? QString::fromLatin1(fallback) : names.front();
        };
        return Families{load(":/fonts/DejaVuSans.ttf", "Sans Serif"), load(":/fonts/DejaVuSansMono.ttf", "Monospace")};
    }();
    return f;
}

}  // namespace

QFont exportFont(qreal pointSize) {
    QFont f(families().sans);
    f.setPointSizeF(pointSize);
    return f;
}

QFont exportMonoFont(qreal pointSize) {
    QFont f(families().mono);
    f.setStyleHint(QFont::Monospace);
    f.setPointSizeF(pointSize);
    return f;
}

ExportLook::ExportLook(QWidget* widget, Theme theme, bool bundledFont) : widget_(widget) {
    if (!widget_) return;
    ownPalette_ = widget_->testAttribute(Qt::WA_SetPalette);
    ownFont_ = widget_->testAttribute(Qt::WA_SetFont);
    palette_ = widget_->palette();
    font_ = widget_->font();
    widget_->setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
    if (bundledFont) {
        QFont f = exportFont(font_.pointSizeF() > 0 ? font_.pointSizeF() : 9);
        widget_->setFont(f);
        fontChanged_ = true;
    }
}

ExportLook::~ExportLook() {
    if (!widget_) return;
    widget_->setPalette(ownPalette_ ? palette_ : QPalette());
    if (fontChanged_) widget_->setFont(ownFont_ ? font_ : QFont());
}

}  // namespace stepwise::ui
