#include "ui/views/balance/HashRingView.h"

#include <QPainter>
#include <QtMath>
#include <algorithm>
#include <cmath>

#include "ui/charts/ChartStyle.h"
#include "ui/panels/PanelTitle.h"

namespace stepwise::ui {

namespace {

/// A ring position as an angle in radians, 0 at the top, growing clockwise.
double angleOf(std::uint64_t position) {
    return 2.0 * M_PI * (static_cast<double>(position) / 18446744073709551616.0);
}

QPointF onCircle(const QPointF& centre, double radius, double angle) {
    return {centre.x() + radius * std::sin(angle), centre.y() - radius * std::cos(angle)};
}

}  // namespace

HashRingView::HashRingView(QWidget* parent) : PaintedView(parent) {
    setObjectName("hashRingView");
    setAccessibleName(tr("Consistent-hash ring"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HashRingView::setRing(const balance::HashRing& ring, const std::vector<balance::Backend>& backends,
                           const std::vector<std::uint64_t>& keys) {
    ring_ = ring;
    points_ = ring.ring();
    names_.clear();
    for (const auto& b : backends) names_.push_back(QString::fromStdString(b.name));
    keys_.clear();
    movedHashes_.clear();
    if (ring.points() > 0)
        for (auto k : keys) {
            keys_.push_back({balance::HashRing::hashKey(k), ring.owner(k)});
            if (moved_.count(k)) movedHashes_.insert(balance::HashRing::hashKey(k));
        }
    update();
}

void HashRingView::setMoved(std::set<std::uint64_t> moved, const QString& note) {
    moved_ = std::move(moved);
    note_ = note;
    movedHashes_.clear();
    for (auto k : moved_) movedHashes_.insert(balance::HashRing::hashKey(k));
    setAccessibleDescription(note_);
    update();
}

void HashRingView::setLatest(std::optional<std::uint64_t> key) {
    if (key && ring_ && ring_->points() > 0)
        latest_ = std::pair{balance::HashRing::hashKey(*key), ring_->owner(*key)};
    else
        latest_.reset();
    update();
}

void HashRingView::paintContent(QPainter& p, const QSizeF& size) {
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const bool dark = isDarkPalette(this);
    p.fillRect(QRectF(QPointF(), size), pal.color(QPalette::Base));
    const QColor text = pal.color(QPalette::Text), dim = pal.color(QPalette::PlaceholderText);
    const QColor movedColour = dark ? QColor(0xff, 0xd1, 0x4a) : QColor(0xe0, 0x6c, 0x00);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    QFont bold = font();
    bold.setBold(true);

    p.setFont(bold);
    p.setPen(text);
    p.drawText(QRectF(8, 4, size.width() - 16, 20), Qt::AlignLeft | Qt::AlignVCenter, tr("Hash ring"));
    p.setFont(small);
    p.setPen(dim);
    p.drawText(QRectF(8, 4, size.width() - 16, 20), Qt::AlignRight | Qt::AlignVCenter,
               tr("%1 virtual nodes · %2 sample keys").arg(points_.size()).arg(keys_.size()));

    const double noteHeight = note_.isEmpty() ? 0 : 36;
    const QRectF area = QRectF(QPointF(), size).adjusted(16, 30, -16, -10 - noteHeight);
    const double radius = std::max(30.0, std::min(area.width(), area.height()) / 2 - 14);
    const QPointF centre = area.center();

    p.setPen(QPen(dim, 1));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(centre, radius, radius);
    for (const auto& [position, backend] : points_) {
        const double a = angleOf(position);
        p.setPen(QPen(seriesColour(static_cast<int>(backend), dark), 2));
        p.drawLine(onCircle(centre, radius - 6, a), onCircle(centre, radius + 6, a));
    }
    for (const auto& [hash, owner] : keys_) {
        const double a = angleOf(hash);
        const QPointF at = onCircle(centre, radius - 20, a);
        const bool moved = movedHashes_.count(hash) > 0;
        p.setPen(moved ? QPen(movedColour, 2.5) : QPen(pal.color(QPalette::Base), 1));
        p.setBrush(seriesColour(static_cast<int>(owner), dark));
        p.drawEllipse(at, moved ? 6.0 : 4.0, moved ? 6.0 : 4.0);
    }
    if (latest_) {
        const double a = angleOf(latest_->first);
        const QPointF at = onCircle(centre, radius - 34, a);
        const QColor c = seriesColour(static_cast<int>(latest_->second), dark);
        p.setPen(QPen(c, 2));
        p.drawLine(at, onCircle(centre, radius - 8, a));
        p.setBrush(pal.color(QPalette::Base));
        p.drawEllipse(at, 7, 7);
        p.setBrush(c);
        p.drawEllipse(at, 3.5, 3.5);
    }

    // Legend in the middle of the ring: one line per backend.
    p.setFont(small);
    const double line = QFontMetricsF(small).height() + 2;
    double y = centre.y() - line * static_cast<double>(names_.size() + 1) / 2;
    p.setPen(dim);
    p.drawText(QRectF(centre.x() - radius * 0.6, y, radius * 1.2, line), Qt::AlignCenter,
               tr("key → first node clockwise"));
    y += line;
    for (std::size_t i = 0; i < names_.size() && i < 12; ++i, y += line) {
        p.setPen(Qt::NoPen);
        p.setBrush(seriesColour(static_cast<int>(i), dark));
        p.drawRoundedRect(QRectF(centre.x() - 40, y + line / 2 - 5, 10, 10), 2, 2);
        p.setPen(text);
        p.drawText(QPointF(centre.x() - 24, y + line - 5), names_[i]);
    }

    if (!note_.isEmpty()) {
        p.setPen(movedColour);
        QFont f = font();
        f.setBold(true);
        p.setFont(f);
        p.drawText(QRectF(8, size.height() - noteHeight - 6, size.width() - 16, noteHeight),
                   Qt::AlignCenter | Qt::TextWordWrap, note_);
    }
}

}  // namespace stepwise::ui
