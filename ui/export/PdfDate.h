#pragma once
// Reproducible PDFs: Qt stamps every PDF with the time it was written and has no way to set it.
// With SOURCE_DATE_EPOCH set (the reproducible-builds convention), the creation date becomes that
// time instead, so the same input makes the same bytes.
#include <QByteArray>

namespace stepwise::ui {

/// `pdf` with its /CreationDate set to SOURCE_DATE_EPOCH (in the time zone Qt wrote, so no byte
/// moves and the cross-reference table stays right); unchanged when the variable is unset or bad.
QByteArray withSourceDate(QByteArray pdf);

}  // namespace stepwise::ui
