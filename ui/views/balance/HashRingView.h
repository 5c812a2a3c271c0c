#pragma once
// The consistent-hash ring: every virtual node as a tick coloured by its backend, a sample of keys
// placed at their hash and coloured by the backend they map to (first node clockwise), the latest
// request's key, and — after a backend was added or removed — the keys that moved, ringed.
#include <optional>
#include <set>
#include <vector>

#include "core/balance/LoadBalancer.h"

#include "ui/views/common/PaintedView.h"

namespace stepwise::ui {

class HashRingView : public PaintedView {
    Q_OBJECT
  public:
    explicit HashRingView(QWidget* parent = nullptr);

    /// The ring and backends to draw, and the sample keys placed on it.
    void setRing(const balance::HashRing& ring, const std::vector<balance::Backend>& backends,
                 const std::vector<std::uint64_t>& keys);
    /// Keys to ring as "moved" (empty: none), with the note shown under the ring.
    void setMoved(std::set<std::uint64_t> moved, const QString& note);
    /// The latest request's key (shown with a line to its owner), or none.
    void setLatest(std::optional<std::uint64_t> key);

    const std::set<std::uint64_t>& moved() const { return moved_; }
    QString note() const { return note_; }

    QSize sizeHint() const override { return {360, 360}; }
    QSize minimumSizeHint() const override { return {220, 220}; }

  protected:
    void paintContent(QPainter& p, const QSizeF& size) override;

  private:
    std::vector<std::pair<std::uint64_t, std::uint32_t>> points_;
    std::vector<std::pair<std::uint64_t, std::size_t>> keys_;  // (hash, owner)
    std::vector<QString> names_;
    std::set<std::uint64_t> moved_;
    std::set<std::uint64_t> movedHashes_;
    QString note_;
    std::optional<std::pair<std::uint64_t, std::size_t>> latest_;
    std::optional<balance::HashRing> ring_;
};

}  // namespace stepwise::ui
