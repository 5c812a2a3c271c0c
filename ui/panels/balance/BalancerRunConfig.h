#pragma once
// What the load-balancer room's controls hold (as typed, not checked): the policy, the backends
// with their weights, the request count, the seed and the one slow-down the `balancer` item takes
// (a backend 8× slower from a request on). The room turns it into the item's options.
#include <QString>
#include <optional>
#include <vector>

#include "core/catalogue/Options.h"

namespace stepwise::ui {

struct BackendRow {
    QString name;
    QString weight = "1";  // as typed: validated when the run is built
};

/// From `at` requests on, `backend` serves 8 times slower.
struct SlowChange {
    std::size_t at = 0;
    QString backend;
};

struct BalancerRunConfig {
    static constexpr int maxRequests = 200000;

    QString policy = "round-robin";
    std::vector<BackendRow> backends = {{"a", "5"}, {"b", "1"}, {"c", "1"}};
    int requests = 300;
    quint64 seed = 7;
    std::optional<SlowChange> slow;

    /// As options of the `balancer` item (policy, backends "name:weight,...", requests, seed, slow, slow-at).
    catalogue::Options toOptions() const;
    static BalancerRunConfig fromOptions(const catalogue::Options& options);
};

}  // namespace stepwise::ui
