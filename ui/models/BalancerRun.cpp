#include "ui/models/BalancerRun.h"

#include "core/common/InputError.h"
#include "core/trace/Random.h"

namespace stepwise::ui {

namespace {

using Changes = std::vector<std::pair<std::size_t, std::pair<std::size_t, double>>>;

std::shared_ptr<const Changes> resolve(const std::vector<SlowChange>& slow,
                                       const std::vector<balance::Backend>& backends) {
    auto out = std::make_shared<Changes>();
    for (const auto& c : slow)
        for (std::size_t i = 0; i < backends.size(); ++i)
            if (QString::fromStdString(backends[i].name) == c.backend) out->push_back({c.at, {i, c.factor}});
    return out;
}

balance::BalancerSim makeSim(const BalancerRunConfig& c, const std::vector<balance::Backend>& backends) {
    return balance::BalancerSim(balance::makeBalancer(c.policy.toStdString(), backends), c.seed);
}

std::vector<std::uint64_t> sample(std::uint64_t seed) {
    Random random(seed ^ 0x51a7e5ULL);
    std::vector<std::uint64_t> keys(BalancerRun::sampleKeyCount);
    for (auto& k : keys) k = random.next();
    return keys;
}

}  // namespace

ScheduledBalancerSim::ScheduledBalancerSim(balance::BalancerSim sim, std::shared_ptr<const Changes> changes)
    : sim_(std::move(sim)), changes_(std::move(changes)) {
    applyDue();
}

void ScheduledBalancerSim::step() {
    sim_.step();
    applyDue();
}

void ScheduledBalancerSim::applyDue() {
    while (next_ < changes_->size() && (*changes_)[next_].first <= sim_.position()) {
        sim_.setSlowdown((*changes_)[next_].second.first, (*changes_)[next_].second.second);
        ++next_;
    }
}

std::vector<balance::Backend> BalancerRun::parseRows(const std::vector<BackendRow>& rows) {
    if (rows.empty()) throw InputError("there must be at least one backend");
    if (rows.size() > static_cast<std::size_t>(maxBackends))
        throw InputError("at most " + std::to_string(maxBackends) + " backends (got " +
                         std::to_string(rows.size()) + ")");
    std::string text;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const QString name = rows[i].name.trimmed();
        if (name.isEmpty()) throw InputError("backend " + std::to_string(i + 1) + " has no name");
        if (name.contains(',') || name.contains(':') || name.contains(' '))
            throw InputError("backend name \"" + name.toStdString() +
                             "\" may not contain spaces, ',' or ':'");
        const QString weight = rows[i].weight.trimmed();
        bool ok = false;
        const int w = weight.toInt(&ok);
        if (!ok || w < 1)
            throw InputError("backend " + name.toStdString() +
                             ": the weight must be a positive integer (got \"" + weight.toStdString() +
                             "\")");
        text += (text.empty() ? "" : ",") + name.toStdString() + ":" + std::to_string(w);
    }
    return balance::parseBackends(text);  // also rejects repeated names
}

BalancerRun::BalancerRun(const BalancerRunConfig& config)
    : config_(config),
      backends_(parseRows(config.backends)),
      ring_(backends_, 100),
      sampleKeys_(sample(config.seed)),
      timeline_(
          ScheduledBalancerSim(makeSim(config, backends_), resolve(config.slow, backends_)),
          config.requests >= 1 && config.requests <= maxRequests
              ? static_cast<std::size_t>(config.requests)
              : throw InputError("the request count must be between 1 and " + std::to_string(maxRequests) +
                                 " (got " + std::to_string(config.requests) + ")"),
          checkpointEvery) {}

}  // namespace stepwise::ui
