#include "core/cache/CacheItemRun.h"

#include <algorithm>
#include <sstream>

#include "core/cache/CachePseudocode.h"
#include "core/cache/CacheSimulation.h"

namespace stepwise::cache {

namespace {

using Names = std::shared_ptr<const std::vector<std::string>>;

std::string nameOf(const std::vector<std::string>& names, Key k) {
    return k < names.size() ? names[k] : std::to_string(k);
}

/// One pass over the accesses on one cache: the counts and lists of the result, the events per
/// request (for the step schedule) and the hit-ratio series.
struct SideSummary {
    std::size_t hits = 0, misses = 0;
    std::vector<Key> evictions, expirations;
    std::vector<std::size_t> events;  // per request
    sim::TimeSeries series{"hit ratio"};
};

SideSummary summarise(sim::CacheRunSim run, std::size_t every) {
    SideSummary s;
    s.events.reserve(run.keys()->size());
    while (!run.done()) {
        run.step();
        for (const auto& e : run.lastEvents()) {
            if (const auto* ev = std::get_if<cache_event::Evict>(&e))
                s.evictions.push_back(ev->key);
            else if (const auto* ex = std::get_if<cache_event::Expire>(&e))
                s.expirations.push_back(ex->key);
        }
        s.events.push_back(run.lastEvents().size());
        if (run.position() % every == 0 || run.done())
            s.series.append(static_cast<std::int64_t>(run.position()), run.hitRatio());
    }
    s.hits = run.hits();
    s.misses = run.misses();
    return s;
}

nlohmann::json sideResult(const std::string& policy, const CacheRunSpec& spec, const SideSummary& s) {
    auto names = [&](const std::vector<Key>& keys) {
        std::vector<std::string> list;
        for (auto k : keys) list.push_back(nameOf(spec.names, k));
        return list;
    };
    nlohmann::json r;
    r["policy"] = policy;
    r["capacity"] = spec.options.capacity;
    r["hits"] = s.hits;
    r["misses"] = s.misses;
    r["hit_ratio"] =
        spec.keys.empty() ? 0.0 : static_cast<double>(s.hits) / static_cast<double>(spec.keys.size());
    r["evictions"] = names(s.evictions);
    r["expirations"] = names(s.expirations);
    return r;
}

std::string sideText(const std::string& policy, const CacheRunSpec& spec, const SideSummary& s) {
    std::ostringstream text;
    text << policy << ", capacity " << spec.options.capacity << ": " << s.hits << " hits, " << s.misses
         << " misses\n";
    text << "evicted:";
    for (auto k : s.evictions) text << " " << nameOf(spec.names, k);
    text << "\n";
    if (spec.ttl > 0) {
        text << "expired:";
        for (auto k : s.expirations) text << " " << nameOf(spec.names, k);
        text << "\n";
    }
    return text.str();
}

std::vector<std::string> pseudocodeFor(const CacheRunSpec& spec) {
    if (spec.compare.empty()) return cachePseudocode(spec.policy);
    std::vector<std::string> lines;
    for (const auto& policy : {spec.policy, spec.compare}) {
        const auto& mine = cachePseudocode(policy);
        lines.push_back(policy + ": " + mine.front());
        lines.insert(lines.end(), mine.begin() + 1, mine.end());
    }
    return lines;
}

std::string introFor(const CacheRunSpec& spec) {
    const std::string requests =
        std::to_string(spec.keys.size()) + (spec.keys.size() == 1 ? " request" : " requests");
    const std::string capacity = "capacity " + std::to_string(spec.options.capacity);
    std::string ttl =
        spec.ttl > 0 ? " Every key lives " + std::to_string(spec.ttl) + " ticks after it is written." : "";
    if (spec.compare.empty())
        return spec.policy + ", " + capacity + ", " + requests + " (one per tick): the cache starts empty." +
               ttl + " Each step is one event: a hit or a miss, an eviction, an insert, an expiry.";
    return spec.policy + " and " + spec.compare + " side by side, " + capacity + ", " + requests +
           " (one per tick): both caches start empty." + ttl +
           " Each step is one event; each request shows " + spec.policy + "'s events first, then " +
           spec.compare + "'s.";
}

}  // namespace

struct CacheItemRun::Prepared {
    run::RunInfo info;
    Timeline timeline;
    LineOf lineOf;
    Explain explain;
    std::vector<sim::TimeSeries> series;
};

namespace {

CacheItemRun::Timeline makeTimeline(sim::CacheRunSim left, std::optional<sim::CacheRunSim> right,
                                    std::vector<std::size_t> starts, std::size_t steps) {
    // A checkpoint copies whole caches: one every max(64, slots) events keeps their memory within
    // about a slot per event, and at most 16k of them bound it for very long runs. Going back
    // replays at most that many events.
    const std::size_t slots = left.capacity() + (right ? right->capacity() : 0);
    const std::size_t every = std::max({CacheItemRun::checkpointEvery, slots, steps / 16384});
    auto shared = std::make_shared<const std::vector<std::size_t>>(std::move(starts));
    return CacheItemRun::Timeline(CacheEventSim(std::move(left), std::move(right), std::move(shared)), steps,
                                  every);
}

}  // namespace

CacheItemRun::CacheItemRun(const CacheRunSpec& spec, const catalogue::RunLimits& limits)
    : CacheItemRun(spec, [&] {
          auto keys = std::make_shared<const std::vector<Key>>(spec.keys);
          sim::CacheRunSim left(spec.policy, spec.options, keys, spec.ttl);
          std::optional<sim::CacheRunSim> right;
          if (!spec.compare.empty()) right.emplace(spec.compare, spec.options, keys, spec.ttl);
          const std::size_t n = spec.keys.size();
          const std::size_t every = std::max<std::size_t>(1, (n + maxChartPoints - 1) / maxChartPoints);

          std::vector<SideSummary> sides;
          sides.push_back(summarise(left, every));
          if (right) sides.push_back(summarise(*right, every));
          std::vector<std::size_t> starts(n + 1, 0);
          for (std::size_t r = 0; r < n; ++r) {
              starts[r + 1] = starts[r] + sides[0].events[r];
              if (right) starts[r + 1] += sides[1].events[r];
          }
          const std::size_t total = starts[n];
          const std::size_t steps = std::min(total, limits.eventLimit);

          run::RunInfo info;
          info.itemId = "cache";
          info.title = spec.compare.empty() ? "Cache (" + spec.policy + ")"
                                            : "Cache: " + spec.policy + " vs " + spec.compare;
          info.pseudocode = pseudocodeFor(spec);
          info.intro = introFor(spec);
          info.result = sideResult(spec.policy, spec, sides[0]);
          info.resultText = sideText(spec.policy, spec, sides[0]);
          if (right) {
              info.result["compare"] = sideResult(spec.compare, spec, sides[1]);
              info.resultText += sideText(spec.compare, spec, sides[1]);
          }
          if (steps < total)
              info.warnings.push_back("the trace stops after " + std::to_string(steps) + " of " +
                                      std::to_string(total) + " events (the event limit)");
          for (std::size_t r = 0; r < n && starts[r] < steps; ++r)
              info.groups.push_back(
                  {"tick " + std::to_string(r + 1), starts[r] + 1, std::min(starts[r + 1], steps)});

          // Line and sentence of a step, from the event it took (the second cache's lines follow the
          // first's).
          const std::string first = spec.policy, second = spec.compare;
          const int offset = static_cast<int>(cachePseudocode(first).size());
          LineOf lineOf = [first, second, offset](const CacheEventSim& s) {
              return s.side() == 0 ? cacheLine(first, s.event()) : offset + cacheLine(second, s.event());
          };
          Names names = std::make_shared<const std::vector<std::string>>(spec.names);
          Explain explain = [first, second, names](const CacheEventSim& s) {
              std::string head = "tick " + std::to_string(s.requests());
              if (!second.empty()) head += ", " + (s.side() == 0 ? first : second);
              return head + ": " + explainCacheEvent(s.event(), [&](Key k) { return nameOf(*names, k); });
          };
          std::vector<sim::TimeSeries> series;
          for (auto& side : sides) series.push_back(std::move(side.series));
          return Prepared{std::move(info),
                          makeTimeline(std::move(left), std::move(right), std::move(starts), steps),
                          std::move(lineOf), std::move(explain), std::move(series)};
      }()) {}

CacheItemRun::CacheItemRun(CacheRunSpec spec, Prepared p)
    : CheckpointRun(std::move(p.info), std::move(p.timeline), std::move(p.lineOf), std::move(p.explain)),
      spec_(std::move(spec)),
      series_(std::move(p.series)) {}

const sim::CacheRunSim& CacheItemRun::cacheAt(std::size_t side) const {
    return side == 0 || !state().right() ? state().left() : *state().right();
}

std::optional<CacheEventWords> CacheItemRun::currentEvent() const {
    if (atStart()) return std::nullopt;
    return eventWords(state().event());
}

std::string CacheItemRun::keyName(Key k) const {
    return nameOf(spec_.names, k);
}

RequestWords CacheItemRun::requestWords(std::size_t side) const {
    RequestWords w;
    if (requestsServed() == 0) return w;
    const auto& c = cacheAt(side);
    w.key = requestKey(requestsServed());
    w.name = keyName(w.key);
    w.hit = c.lastWasHit();
    for (const auto& e : c.lastEvents()) {
        const CacheEventWords words = eventWords(e);
        if (words.kind == CacheEventKind::Insert) w.inserted = true;
        if (words.kind == CacheEventKind::Evict || words.kind == CacheEventKind::Expire)
            w.leaving.push_back(
                {words.key, keyName(words.key), words.why, words.kind == CacheEventKind::Expire});
    }
    return w;
}

std::vector<SlotWords> CacheItemRun::slots(std::size_t side) const {
    const auto& c = cacheAt(side);
    const auto now = static_cast<Tick>(c.position());  // request i is served at tick i + 1
    std::optional<Key> hit, inserted;
    for (const auto& e : c.lastEvents()) {
        if (const auto* h = std::get_if<cache_event::Hit>(&e)) hit = h->key;
        if (const auto* i = std::get_if<cache_event::Insert>(&e)) inserted = i->key;
    }
    std::vector<SlotWords> out;
    for (const auto& s : c.slotViews()) {
        SlotWords w;
        w.key = s.key;
        w.name = keyName(s.key);
        w.detail = slotDetail(c.policy(), s, now);
        w.hit = hit && *hit == s.key;
        w.inserted = inserted && *inserted == s.key;
        w.hand = c.policy() == "clock" && s.queue == 1;
        if (c.ttl() > 0) {
            const Tick when = c.visit([&](const auto& cache) { return cache.expiry(s.key); });
            if (when > 0) w.ttlLeft = std::max<std::int64_t>(0, when - now);
        }
        out.push_back(std::move(w));
    }
    return out;
}

PolicyStructure CacheItemRun::structure(std::size_t side) const {
    return cacheAt(side).visit([](const auto& cache) {
        if constexpr (requires { cache.policy().structure(); })
            return cache.policy().structure();
        else
            return PolicyStructure{};
    });
}

std::size_t CacheItemRun::samplesUpTo(std::size_t requests) const {
    const auto& s = series_[0].samples();
    return static_cast<std::size_t>(
        std::upper_bound(s.begin(), s.end(), static_cast<std::int64_t>(requests),
                         [](std::int64_t at, const sim::Sample& x) { return at < x.at; }) -
        s.begin());
}

std::vector<MissRatioPoint> CacheItemRun::missRatioCurve(std::size_t side) const {
    // Enough sizes for the curve's shape, cheap to compute (as the cache room drew it).
    std::vector<std::size_t> sizes;
    const std::size_t top = 2 * spec_.options.capacity;
    const std::size_t stride = std::max<std::size_t>(1, (top + 23) / 24);
    for (std::size_t s = 1; s <= top; s += stride) sizes.push_back(s);
    if (sizes.back() != top) sizes.push_back(top);
    return cache::missRatioCurve(policy(side), spec_.options, spec_.keys, sizes, spec_.ttl);
}

nlohmann::json CacheItemRun::resultSoFar() const {
    if (atEnd()) return result();
    auto side = [&](std::size_t k) {
        const sim::CacheRunSim& c = cacheAt(k);
        return nlohmann::json{{"policy", policy(k)},          {"requests", c.position()},
                              {"hits", c.hits()},             {"misses", c.misses()},
                              {"evictions", c.evictions()},   {"expirations", c.expirations()},
                              {"hit_ratio", c.hitRatio()}};
    };
    nlohmann::json r = side(0);
    if (comparing()) r["compare"] = side(1);
    return r;
}

}  // namespace stepwise::cache
