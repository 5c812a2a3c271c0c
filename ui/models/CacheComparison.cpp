#include "ui/models/CacheComparison.h"

#include <algorithm>

#include "core/cache/CacheSimulation.h"
#include "core/cache/KeySequence.h"
#include "core/common/InputError.h"
#include "core/sim/Workload.h"

namespace stepwise::ui {

QString defaultWorkloadText(CacheWorkloadKind kind) {
    switch (kind) {
        case CacheWorkloadKind::Zipf:
            return "zipf:0.9:40";
        case CacheWorkloadKind::Uniform:
            return "uniform:20";
        case CacheWorkloadKind::Scan:
            return "scan:12";
        case CacheWorkloadKind::Burst:
            return "burst:40:6:30";
        case CacheWorkloadKind::Trace:
            return "trace:";
        case CacheWorkloadKind::Typed:
            return "a,b,c,d,a,b,e,a,b,c,d,e,a,f,a,b";
    }
    return {};
}

namespace {

cache::CacheOptions optionsFor(const CacheRunConfig& c) {
    cache::CacheOptions o;
    o.capacity = static_cast<std::size_t>(c.capacity);
    o.seed = c.seed;
    return o;
}

void checkPolicy(const QString& name) {
    // withCache names the known policies in its message; let it.
    (void)cache::withCache(name.toStdString(), cache::CacheOptions{}, [](auto&) { return 0; });
}

}  // namespace

CacheComparison::Keys CacheComparison::loadKeys(const CacheRunConfig& c) {
    if (c.capacity < 1)
        throw InputError("capacity must be at least 1 (got " + std::to_string(c.capacity) + ")");
    if (c.capacity > maxCapacity)
        throw InputError("capacity " + std::to_string(c.capacity) +
                         " is more than the view can show (at most " + std::to_string(maxCapacity) + ")");
    if (c.ttl < 0)
        throw InputError("TTL must be 0 (no expiry) or a positive number of ticks (got " +
                         std::to_string(c.ttl) + ")");
    checkPolicy(c.policyA);
    checkPolicy(c.policyB);
    Keys out;
    if (c.kind == CacheWorkloadKind::Typed) {
        cache::KeySequence seq = cache::parseKeyList(c.workload.toStdString());
        if (seq.keys.empty())
            throw InputError("the access sequence is empty: type keys separated by commas (a,b,c,a)");
        if (seq.keys.size() > static_cast<std::size_t>(maxRequests))
            throw InputError("the access sequence has " + std::to_string(seq.keys.size()) +
                             " items, more than " + std::to_string(maxRequests));
        out.keys = std::make_shared<const std::vector<cache::Key>>(std::move(seq.keys));
        out.names = std::move(seq.names);
        return out;
    }
    if (c.requests < 1 || c.requests > maxRequests)
        throw InputError("the request count must be between 1 and " + std::to_string(maxRequests) + " (got " +
                         std::to_string(c.requests) + ")");
    const sim::Workload w = sim::parseWorkload(c.workload.trimmed().toStdString());
    out.keys = std::make_shared<const std::vector<cache::Key>>(
        sim::generateKeys(w, static_cast<std::size_t>(c.requests), c.seed));
    return out;
}

CacheComparison::CacheComparison(const CacheRunConfig& config) : CacheComparison(config, loadKeys(config)) {}

CacheComparison::CacheComparison(const CacheRunConfig& config, Keys keys)
    : config_(config),
      keys_(std::move(keys.keys)),
      names_(std::move(keys.names)),
      timeline_(Sides{sim::CacheRunSim(config.policyA.toStdString(), optionsFor(config), keys_, config.ttl),
                      sim::CacheRunSim(config.policyB.toStdString(), optionsFor(config), keys_, config.ttl)},
                keys_->size(), checkpointEvery) {
    const std::size_t n = keys_->size();
    const std::size_t every = std::max<std::size_t>(1, (n + maxChartPoints - 1) / maxChartPoints);
    hitRatioA_ = hitRatioSeries(left(), every);
    hitRatioB_ = hitRatioSeries(right(), every);

    // Sizes 1 .. 2 × capacity, at most 24 of them: enough for the curve's shape, cheap to compute.
    std::vector<std::size_t> sizes;
    const std::size_t top = 2 * static_cast<std::size_t>(config.capacity);
    const std::size_t stride = std::max<std::size_t>(1, (top + 23) / 24);
    for (std::size_t s = 1; s <= top; s += stride) sizes.push_back(s);
    if (sizes.back() != top) sizes.push_back(top);
    mrcA_ =
        cache::missRatioCurve(config.policyA.toStdString(), optionsFor(config), *keys_, sizes, config.ttl);
    mrcB_ =
        cache::missRatioCurve(config.policyB.toStdString(), optionsFor(config), *keys_, sizes, config.ttl);
}

sim::TimeSeries CacheComparison::hitRatioSeries(const sim::CacheRunSim& initial, std::size_t every) {
    sim::CacheRunSim run = initial;
    sim::TimeSeries series("hit ratio");
    while (!run.done()) {
        run.step();
        if (run.position() % every == 0 || run.done())
            series.append(static_cast<std::int64_t>(run.position()), run.hitRatio());
    }
    return series;
}

std::size_t CacheComparison::samplesUpTo(std::size_t step) const {
    const auto& s = hitRatioA_.samples();
    return static_cast<std::size_t>(
        std::upper_bound(s.begin(), s.end(), static_cast<std::int64_t>(step),
                         [](std::int64_t at, const sim::Sample& x) { return at < x.at; }) -
        s.begin());
}

QString CacheComparison::keyName(cache::Key k) const {
    if (k < names_.size()) return QString::fromStdString(names_[k]);
    return QString::number(k);
}

}  // namespace stepwise::ui
