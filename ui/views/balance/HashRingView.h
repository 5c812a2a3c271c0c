#pragma once
// The consistent-hash ring: every virtual node as a thin tick in its backend's colour (hundreds of
// them read as a barcode round the ring), a sample of keys placed at their hash in the colour and
// shape of the backend they map to (first node clockwise), the latest request's key, and — after a
// backend was added or removed — the keys that moved, ringed. Colours follow backend names
// (BackendColours), so removing one leaves the others' colours as they were.
#include <optional>
#include <set>
#include <vector>

#include "core/balance/LoadBalancer.h"

#include "ui/views/common/PaintedView.h"
#include "ui/views/common/ViewLegend.h"

class QPainter;

namespace stepwise::ui {

class HashRingView : public PaintedView {
    Q_OBJECT
  public:
    explicit HashRingView(QWidget* parent = nullptr);

    /// The ring and backends to draw, and the sample keys placed on it.
    /// `colours`: each backend's colour slot (BackendColours::assign); empty: their positions.
    void setRing(const balance::HashRing& ring, const std::vector<balance::Backend>& backends,
                 const std::vector<std::uint64_t>& keys, const std::vector<int>& colours = {});
    /// Keys to ring as "moved" (empty: none), with the note shown under the ring.
    void setMoved(std::set<std::uint64_t> moved, const QString& note);
    /// The latest request's key (shown with a line to its owner), or none.
    void setLatest(std::optional<std::uint64_t> key);

    const std::set<std::uint64_t>& moved() const { return moved_; }
    /// The colour slot backend `index` is drawn in.
    int colourSlot(std::size_t index) const;
    /// The looks drawn now ("tick", "key", "moved", "latest"), with the legend's ids.
    QStringList paintedLooks() const;
    /// Where the note under the ring is drawn and the rectangle its text needs, at `size`.
    std::pair<QRectF, QRectF> noteGeometry(const QSizeF& size) const;
    QString note() const { return note_; }

    QSize sizeHint() const override { return {360, 360}; }
    QSize minimumSizeHint() const override { return {220, 220}; }

  protected:
    void paintContent(QPainter& p, const QSizeF& size) override;

  private:
    std::vector<std::pair<std::uint64_t, std::uint32_t>> points_;
    std::vector<std::pair<std::uint64_t, std::size_t>> keys_;  // (hash, owner)
    std::vector<QString> names_;
    std::vector<int> colours_;
    std::vector<std::size_t> nodesOf_;  // virtual nodes per backend
    std::set<std::uint64_t> moved_;
    std::set<std::uint64_t> movedHashes_;
    QString note_;
    std::optional<std::pair<std::uint64_t, std::size_t>> latest_;
    std::optional<balance::HashRing> ring_;
};

/// The colour of moved keys and of the note saying which moved (text contrast on the base colour).
QColor movedKeyColour(const QPalette& palette);

/// The ring's legend: ticks, key marks, moved keys, the latest request.
std::vector<LegendEntry> hashRingLegend();
/// A key's mark in backend colour slot `slot`: the shape differs by slot, so owners differ by more
/// than colour (circle, square, triangle, diamond, ...).
void drawKeyMark(QPainter& p, const QPointF& at, double radius, int slot);

}  // namespace stepwise::ui
