#pragma once
// Whether views should keep still: a view's small animations (the breaker's transitions) are off
// when the user asked for reduced motion. Qt 6.4 has no such hint, so in this order:
// STEPWISE_REDUCED_MOTION (1 or true: reduce; 0 or false: animate); GTK 3's gtk-enable-animations
// in settings.ini; KDE's AnimationDurationFactor 0 in kdeglobals. Otherwise views animate.
namespace stepwise::ui {

bool reducedMotion();

}  // namespace stepwise::ui
