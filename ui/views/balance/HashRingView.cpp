#include "ui/views/balance/HashRingView.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>
#include <algorithm>
#include <cmath>

#include "ui/charts/ChartStyle.h"
#include "ui/panels/PanelTitle.h"
#include "ui/views/common/ViewFonts.h"

namespace stepwise::ui {

namespace {

/// A ring position as an angle in radians, 0 at the top, growing clockwise.
double angleOf(std::uint64_t position) {
    return 2.0 * M_PI * (static_cast<double>(position) / 18446744073709551616.0);
}

QPointF onCircle(const QPointF& centre, double radius, double angle) {
    return {centre.x() + radius * std::sin(angle), centre.y() - radius * std::cos(angle)};
}

bool isDark(const QPalette& pal) {
    return pal.color(QPalette::Window).lightness() < 128;
}

QColor movedColourFor(bool dark) {
    return dark ? QColor(0xff, 0xd1, 0x4a) : QColor(0xb3, 0x56, 0x00);
}

constexpr double kTickLength = 12;  // the barcode band's width

}  // namespace

QColor movedKeyColour(const QPalette& palette) {
    return movedColourFor(isDark(palette));
}

void drawKeyMark(QPainter& p, const QPointF& at, double r, int slot) {
    const int shape = ((slot % 6) + 6) % 6;
    QPainterPath path;
    auto polygon = [&](int corners, double turn) {
        for (int k = 0; k < corners; ++k) {
            const double a = turn + 2.0 * M_PI * k / corners;
            const QPointF q(at.x() + r * 1.2 * std::sin(a), at.y() - r * 1.2 * std::cos(a));
            if (k == 0)
                path.moveTo(q);
            else
                path.lineTo(q);
        }
        path.closeSubpath();
    };
    switch (shape) {
        case 0: path.addEllipse(at, r, r); break;
        case 1: path.addRect(QRectF(at.x() - r * 0.9, at.y() - r * 0.9, r * 1.8, r * 1.8)); break;
        case 2: polygon(3, 0); break;
        case 3: polygon(4, 0); break;
        case 4: polygon(3, M_PI); break;
        default: polygon(6, M_PI / 6); break;
    }
    p.drawPath(path);
}

HashRingView::HashRingView(QWidget* parent) : PaintedView(parent) {
    setObjectName("hashRingView");
    setAccessibleName(tr("Consistent-hash ring"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HashRingView::setRing(const balance::HashRing& ring, const std::vector<balance::Backend>& backends,
                           const std::vector<std::uint64_t>& keys, const std::vector<int>& colours) {
    ring_ = ring;
    points_ = ring.ring();
    names_.clear();
    for (const auto& b : backends) names_.push_back(QString::fromStdString(b.name));
    colours_ = colours;
    nodesOf_.assign(backends.size(), 0);
    for (const auto& point : points_)
        if (point.second < nodesOf_.size()) ++nodesOf_[point.second];
    keys_.clear();
    movedHashes_.clear();
    if (ring.points() > 0)
        for (auto k : keys) {
            keys_.push_back({balance::HashRing::hashKey(k), ring.owner(k)});
            if (moved_.count(k)) movedHashes_.insert(balance::HashRing::hashKey(k));
        }
    update();
}

int HashRingView::colourSlot(std::size_t index) const {
    return index < colours_.size() ? colours_[index] : static_cast<int>(index);
}

QStringList HashRingView::paintedLooks() const {
    QStringList out;
    if (!points_.empty()) out << "tick";
    if (!keys_.empty()) out << "key";
    if (!movedHashes_.empty()) out << "moved";
    if (latest_) out << "latest";
    return out;
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

std::pair<QRectF, QRectF> HashRingView::noteGeometry(const QSizeF& size) const {
    if (note_.isEmpty()) return {};
    QFont f = font();
    f.setBold(true);
    const double width = std::max(40.0, size.width() - 16);
    // Measured, not guessed: a long note wraps to three lines on a narrow ring (issue 8: cut off).
    const QRectF needed = QFontMetricsF(f).boundingRect(QRectF(0, 0, width, 10000),
                                                        Qt::AlignCenter | Qt::TextWordWrap, note_);
    const double height = needed.height() + 4;
    const QRectF box(8, size.height() - height - 6, width, height);
    return {box, QRectF(box.center().x() - needed.width() / 2, box.top() + 2, needed.width(), needed.height())};
}

void HashRingView::paintContent(QPainter& p, const QSizeF& size) {
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const bool dark = isDarkPalette(this);
    p.fillRect(QRectF(QPointF(), size), pal.color(QPalette::Base));
    const QColor text = pal.color(QPalette::Text), dim = pal.color(QPalette::PlaceholderText);
    const QColor movedColour = movedColourFor(dark);
    const QFont small = scaledFont(font(), 0.9);
    QFont bold = font();
    bold.setBold(true);

    p.setFont(bold);
    p.setPen(text);
    p.drawText(QRectF(8, 4, size.width() - 16, 20), Qt::AlignLeft | Qt::AlignVCenter, tr("Hash ring"));
    p.setFont(small);
    p.setPen(dim);
    p.drawText(QRectF(8, 4, size.width() - 16, 20), Qt::AlignRight | Qt::AlignVCenter,
               tr("%1 virtual nodes · %2 sample keys").arg(points_.size()).arg(keys_.size()));

    const QRectF noteBox = noteGeometry(size).first;
    const double noteHeight = note_.isEmpty() ? 0 : noteBox.height() + 6;
    const QRectF area = QRectF(QPointF(), size).adjusted(16, 30, -16, -10 - noteHeight);
    // Room outside the barcode for the latest request's marker, clear of the names in the middle.
    const double radius = std::max(30.0, std::min(area.width(), area.height()) / 2 - kTickLength - 12);
    const QPointF centre = area.center();

    // The barcode: one thin tick per virtual node, outward from the ring line.
    p.setPen(QPen(dim, 1));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(centre, radius, radius);
    p.setRenderHint(QPainter::Antialiasing, false);
    for (const auto& [position, backend] : points_) {
        const double a = angleOf(position);
        QPen tick(seriesColour(colourSlot(backend), dark), 1.0);
        tick.setCosmetic(true);
        p.setPen(tick);
        p.drawLine(onCircle(centre, radius + 1, a), onCircle(centre, radius + kTickLength, a));
    }
    p.setRenderHint(QPainter::Antialiasing, true);

    for (const auto& [hash, owner] : keys_) {
        const double a = angleOf(hash);
        const QPointF at = onCircle(centre, radius - 14, a);
        const bool moved = movedHashes_.count(hash) > 0;
        if (moved) {
            // Ringed: the mark says "moved" by its shape, not only by its colour.
            p.setPen(QPen(movedColour, 2.5));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(at, 9.0, 9.0);
        }
        p.setPen(QPen(pal.color(QPalette::Base), 1));
        p.setBrush(seriesColour(colourSlot(owner), dark));
        drawKeyMark(p, at, 4.5, colourSlot(owner));
    }
    if (latest_) {
        const double a = angleOf(latest_->first);
        const QPointF at = onCircle(centre, radius + kTickLength + 7, a);
        const QColor c = seriesColour(colourSlot(latest_->second), dark);
        p.setPen(QPen(c, 2));
        p.drawLine(at, onCircle(centre, radius - 8, a));
        p.setBrush(pal.color(QPalette::Base));
        p.drawEllipse(at, 7, 7);
        p.setBrush(c);
        p.drawEllipse(at, 3.5, 3.5);
    }

    // Backends in the middle of the ring: mark, name and how many nodes it has.
    p.setFont(small);
    const QFontMetricsF sm(small);
    const double line = sm.height() + 2;
    const std::size_t shown = std::min<std::size_t>(names_.size(), 12);
    double y = centre.y() - line * static_cast<double>(shown + 1) / 2;
    double widest = sm.horizontalAdvance(tr("key → first node clockwise"));
    std::vector<QString> rows;
    for (std::size_t i = 0; i < shown; ++i) {
        rows.push_back(tr("%1 · %n nodes", nullptr, static_cast<int>(nodesOf_[i])).arg(names_[i]));
        widest = std::max(widest, sm.horizontalAdvance(rows.back()) + 18);
    }
    p.setPen(dim);
    p.drawText(QRectF(centre.x() - widest / 2, y, widest, line), Qt::AlignCenter, tr("key → first node clockwise"));
    y += line;
    const double left = centre.x() - widest / 2;
    for (std::size_t i = 0; i < shown; ++i, y += line) {
        p.setPen(Qt::NoPen);
        p.setBrush(seriesColour(colourSlot(i), dark));
        drawKeyMark(p, QPointF(left + 6, y + line / 2), 4.5, colourSlot(i));
        p.setPen(text);
        p.drawText(QRectF(left + 18, y, widest, line), Qt::AlignLeft | Qt::AlignVCenter, rows[i]);
    }

    if (!note_.isEmpty()) {
        p.setPen(movedColour);
        QFont f = font();
        f.setBold(true);
        p.setFont(f);
        p.drawText(noteBox, Qt::AlignCenter | Qt::TextWordWrap, note_);
    }
}

std::vector<LegendEntry> hashRingLegend() {
    auto ticks = [](QPainter& p, const QRectF& r, const QPalette& pal) {
        const bool dark = isDark(pal);
        for (int k = 0; k < 9; ++k) {
            QPen pen(seriesColour(k % 3 == 2 ? 1 : 0, dark), 1);
            pen.setCosmetic(true);
            p.setPen(pen);
            const double x = r.left() + 2 + k * 2.3 + (k % 2);
            p.drawLine(QPointF(x, r.top() + 5), QPointF(x, r.bottom() - 5));
        }
    };
    auto key = [](QPainter& p, const QRectF& r, const QPalette& pal) {
        const bool dark = isDark(pal);
        p.setPen(Qt::NoPen);
        p.setBrush(seriesColour(0, dark));
        drawKeyMark(p, QPointF(r.left() + 6, r.center().y()), 4, 0);
        p.setBrush(seriesColour(1, dark));
        drawKeyMark(p, QPointF(r.right() - 6, r.center().y()), 4, 1);
    };
    auto moved = [](QPainter& p, const QRectF& r, const QPalette& pal) {
        const bool dark = isDark(pal);
        p.setPen(QPen(movedColourFor(dark), 2.5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r.center(), 8.5, 8.5);
        p.setPen(Qt::NoPen);
        p.setBrush(seriesColour(0, dark));
        drawKeyMark(p, r.center(), 4, 0);
    };
    auto latest = [](QPainter& p, const QRectF& r, const QPalette& pal) {
        const QColor c = seriesColour(0, isDark(pal));
        p.setPen(QPen(c, 2));
        p.drawLine(QPointF(r.left() + 8, r.center().y()), QPointF(r.right() - 1, r.center().y()));
        p.setBrush(pal.color(QPalette::Base));
        p.drawEllipse(QPointF(r.left() + 8, r.center().y()), 6, 6);
        p.setBrush(c);
        p.drawEllipse(QPointF(r.left() + 8, r.center().y()), 3, 3);
    };
    return {{"tick", HashRingView::tr("ring ticks: virtual nodes, a barcode in backend colours"), ticks},
            {"key", HashRingView::tr("marks inside: sample keys, shape and colour of their backend"), key},
            {"moved", HashRingView::tr("ringed key: it moved to another backend"), moved},
            {"latest", HashRingView::tr("dot with a line: the latest request's key"), latest}};
}

}  // namespace stepwise::ui
