#include "ui/export/PdfDate.h"

#include <QDateTime>
#include <QTimeZone>

namespace stepwise::ui {

QByteArray withSourceDate(QByteArray pdf) {
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (!ok || epoch < 0) return pdf;
    // Qt writes "/CreationDate (D:YYYYMMDDHHmmSS" then "Z" or "+HH'mm'" / "-HH'mm'".
    const QByteArray key = "/CreationDate (D:";
    const qsizetype at = pdf.indexOf(key);
    if (at < 0) return pdf;
    const qsizetype digits = at + key.size();
    const qsizetype close = pdf.indexOf(')', digits);
    if (close < digits + 14) return pdf;
    const QByteArray zone = pdf.mid(digits + 14, close - digits - 14);
    qint64 offset = 0;
    if (zone.size() >= 6 && (zone[0] == '+' || zone[0] == '-'))
        offset = (zone[0] == '-' ? -1 : 1) * (zone.mid(1, 2).toLongLong() * 3600 + zone.mid(4, 2).toLongLong() * 60);
    const QByteArray stamp =
        QDateTime::fromSecsSinceEpoch(epoch + offset, QTimeZone::utc()).toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    if (stamp.size() != 14) return pdf;
    pdf.replace(digits, 14, stamp);
    return pdf;
}

}  // namespace stepwise::ui
