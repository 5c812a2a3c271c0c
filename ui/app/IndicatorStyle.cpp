#include "ui/app/IndicatorStyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace stepwise::ui {

IndicatorStyle::IndicatorStyle() : QProxyStyle(QStyleFactory::create("Fusion")) {}

void IndicatorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                   const QWidget* widget) const {
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton) return;
    // Fusion's keyboard-focus outline is the highlight colour, already visible: keep it.
    if (option->state.testFlag(State_HasFocus) && option->state.testFlag(State_KeyboardFocusChange)) return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(option->palette.color(QPalette::PlaceholderText));
    const QRect rect = option->rect;
    if (element == PE_IndicatorCheckBox) {
        // Fusion's square: half a pixel in, so the 1px line covers whole pixels.
        painter->translate(0.5, 0.5);
        painter->drawRect(rect.adjusted(0, 0, -1, -1));
    } else {
        // Fusion's circle, with its centre and radius.
        const QPointF centre = rect.center() + QPoint(1, 1);
        const qreal radius = (rect.width() + (rect.width() + 1) % 2) / 2.0 - 1;
        painter->drawEllipse(centre, radius, radius);
    }
    painter->restore();
}

}  // namespace stepwise::ui
