#pragma once
// How exported drawings look: the light palette (or the one chosen) and the bundled DejaVu fonts, so
// a study sheet prints well and looks the same on every machine. DejaVu Sans and DejaVu Sans Mono
// come from Debian's fonts-dejavu-core at build time and are compiled into the resources (:/fonts);
// their licence (Bitstream Vera, public-domain changes) allows that.
#include <QFont>
#include <QPalette>

#include "ui/app/Theme.h"

class QWidget;

namespace stepwise::ui {

/// DejaVu Sans at `pointSize` (loaded from the resources once).
QFont exportFont(qreal pointSize = 9);
/// DejaVu Sans Mono at `pointSize`, for pseudo-code.
QFont exportMonoFont(qreal pointSize = 9);

/// While it lives, `widget` (a room, with its views) has the export's palette and, when asked, the
/// bundled font; the widget's own palette and font come back after (inherited ones stay inherited).
class ExportLook {
  public:
    ExportLook(QWidget* widget, Theme theme, bool bundledFont);
    ~ExportLook();
    ExportLook(const ExportLook&) = delete;
    ExportLook& operator=(const ExportLook&) = delete;

  private:
    QWidget* widget_;
    QPalette palette_;
    QFont font_;
    bool ownPalette_ = false;
    bool ownFont_ = false;
    bool fontChanged_ = false;
};

}  // namespace stepwise::ui
