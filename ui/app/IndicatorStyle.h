#pragma once

#include <QProxyStyle>

namespace stepwise::ui {

/// Fusion, with check box and radio button outlines that can be seen. Fusion strokes them in the
/// window colour darkened a little, which is about 1.1:1 on our dark base and window and under 2:1 in
/// the light palette; an unticked box then looks like nothing. This redraws only that outline, in the
/// palette's placeholder colour (held at 4.5:1 on the base, the window and the alternate base), over
/// Fusion's own indicator. Item view check boxes are drawn through PE_IndicatorCheckBox, so they follow.
class IndicatorStyle : public QProxyStyle {
    Q_OBJECT
  public:
    IndicatorStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};

}  // namespace stepwise::ui
