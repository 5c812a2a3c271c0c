// The catalogue's `balancer` item: N requests through a load-balancing policy under the load model
// of BalancerSimulation.h, with an optional slow backend.
#include <algorithm>
#include <limits>

#include "core/balance/BalancerItemRun.h"
#include "core/balance/PickNarration.h"
#include "core/catalogue/Catalogue.h"
#include "core/common/InputError.h"
#include "core/common/Limits.h"

namespace stepwise::catalogue {
namespace {

constexpr auto maxRequests = static_cast<std::int64_t>(limits::balancerRequests);

/// The example's values: the GUI's balancer room opens on them.
const std::vector<std::pair<std::string, std::string>>& exampleValues() {
    static const std::vector<std::pair<std::string, std::string>> values = {
        {"policy", "least-connections"},
        {"backends", "web-1:2,web-2:1,web-3:1"},
        {"requests", "300"},
        {"seed", "7"}};
    return values;
}

/// Without --backends the example runs; options given besides override it. An option still at its
/// default counts as not given.
Options withExample(const Options& given, const std::vector<OptionSpec>& specs) {
    if (given.has("backends")) return given;
    return overlayGiven(exampleValues(), given, specs);
}

std::unique_ptr<run::Run> build(const Options& given, const std::vector<OptionSpec>& specs) {
    const Options o = withExample(given, specs);
    balance::BalancerRunSpec spec;
    spec.policy = o.text("policy", "round-robin");
    try {
        spec.backends = balance::parseBackends(*o.get("backends"));
    } catch (const InputError& e) {
        throw InputError("--backends: " + e.message());
    }
    spec.requests = static_cast<std::size_t>(o.integer("requests", 300));
    spec.seed = static_cast<std::uint64_t>(o.integer("seed", 1));
    if (o.has("latency"))
        for (auto& b : spec.backends) b.latency = static_cast<double>(o.integer("latency"));
    if (const auto slow = o.get("slow")) {
        for (std::size_t i = 0; i < spec.backends.size(); ++i)
            if (spec.backends[i].name == *slow) spec.slowBackend = i;
        if (!spec.slowBackend) throw InputError("--slow: no backend named '" + *slow + "'");
        spec.slowAt = static_cast<std::size_t>(o.integer("slow-at", 0));
    } else if (o.has("slow-at") && o.integer("slow-at") != 0) {
        throw InputError("--slow-at: needs --slow NAME (which backend slows down)");
    }
    return std::make_unique<balance::BalancerItemRun>(spec);
}

}  // namespace

std::vector<CatalogueItem> balancerItems() {
    CatalogueItem item;
    item.id = "balancer";
    item.area = Area::LoadBalancing;
    item.title = "Load balancer";
    item.summary =
        "a load-balancing policy over N requests: the backend of each request and per-backend counts";
    constexpr auto most = std::numeric_limits<std::int64_t>::max();
    const OptionSpec policy = option("policy", OptionKind::Choice, "POLICY",
                                     "round-robin, weighted-round-robin (nginx smooth), least-connections, "
                                     "power-of-two, consistent-hash")
                                  .oneOf(balance::balancerNames())
                                  .byDefault("round-robin");
    item.options = {
        policy,
        option("backends", OptionKind::Text, "LIST", "name:weight pairs, weight defaults to 1"),
        integerOption("requests", "N", "how many requests, one per tick (default 300)", 0, maxRequests)
            .byDefault("300")
            .because(limits::balancerRequestsWhy),
        integerOption("seed", "S", "seed for keys, power-of-two and service times (default 1)", 0, most)
            .byDefault("1"),
        integerOption("latency", "T", "mean service time in ticks for every backend (default 4)", 1, most),
        option("slow", OptionKind::Text, "NAME", "make one backend 8 times slower"),
        integerOption("slow-at", "N", "with --slow: slow from request N + 1 on (default 0: from the start)",
                      0, maxRequests)
            .byDefault("0"),
    };
    item.pseudocode = balance::balancerPseudocode("round-robin");
    item.details =
        "Load model: one request per tick; a backend serves a request in an exponentially distributed time\n"
        "around its latency; active connections are the requests still in service.\n";
    for (const auto& p : balance::balancerNames()) {
        item.details += "\nPseudo-code (" + p + "):\n";
        for (const auto& line : balance::balancerPseudocode(p)) item.details += "  " + line + "\n";
    }
    item.example = {"load-balancer", "Load balancer", exampleValues()};
    item.presets = {{"consistent-hash",
                     "Consistent hashing ring",
                     {{"policy", "consistent-hash"},
                      {"backends", "cache-1:1,cache-2:1,cache-3:1,cache-4:1"},
                      {"requests", "300"},
                      {"seed", "7"}}}};
    const auto specs = item.options;
    item.build = [specs](const Options& o, const RunLimits&) { return build(o, specs); };
    return {item};
}

}  // namespace stepwise::catalogue
