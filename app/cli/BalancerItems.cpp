// `stepwise-cli run balancer`: routes N requests through a policy under the load model of
// core/balance/BalancerSimulation.h and prints each request's backend and the counts.
#include <sstream>

#include "app/cli/NumberList.h"
#include "app/cli/RunItem.h"
#include "core/balance/BalancerSimulation.h"
#include "core/common/InputError.h"

namespace stepwise::cli {
namespace {

RunOutput runBalancer(const RunOptions& o) {
    const std::string policy = o.require("policy", "a policy name");
    auto backends = balance::parseBackends(o.require("backends", "a list like a:5,b:1,c:1"));
    const auto requests = parseInteger("requests", o.require("requests", "a number of requests"));
    if (requests < 0 || requests > 10'000'000) throw InputError("--requests: expected 0 to 10000000, got " + std::to_string(requests));
    const auto seed = o.get("seed") ? parseInteger("seed", *o.get("seed")) : 1;
    if (auto latency = o.get("latency")) {
        const auto l = parseInteger("latency", *latency);
        if (l <= 0) throw InputError("--latency: expected a positive number of ticks");
        for (auto& b : backends) b.latency = static_cast<double>(l);
    }
    balance::BalancerSim sim(balance::makeBalancer(policy, backends), static_cast<std::uint64_t>(seed));
    if (auto slow = o.get("slow")) {
        bool found = false;
        for (std::size_t i = 0; i < backends.size(); ++i)
            if (backends[i].name == *slow) sim.setSlowdown(i, 8.0), found = true;
        if (!found) throw InputError("--slow: no backend named '" + *slow + "'");
    }
    RunOutput out;
    nlohmann::json picks = nlohmann::json::array();
    for (std::int64_t i = 0; i < requests; ++i) {
        sim.step();
        const auto& p = sim.lastPick();
        const auto& name = backends[p.backend].name;
        picks.push_back(name);
        if (o.trace) {
            std::string text = "request " + std::to_string(p.request + 1) + " → " + name;
            if (p.other != 0xFFFFFFFFu)
                text += " (" + std::to_string(sim.active()[p.backend] - 1) + " active, vs " + backends[p.other].name + " with " +
                        std::to_string(sim.active()[p.other]) + ")";
            text += ", done at tick " + std::to_string(p.finish);
            out.traceSteps.push_back({static_cast<std::size_t>(i + 1), 0, text});
        }
    }
    nlohmann::json counts = nlohmann::json::object();
    std::ostringstream text;
    text << policy << ", " << requests << " requests\n";
    for (std::size_t i = 0; i < backends.size(); ++i) {
        counts[backends[i].name] = sim.counts()[i];
        text << backends[i].name << "  " << sim.counts()[i] << "\n";
    }
    out.result["policy"] = policy;
    out.result["picks"] = picks;
    out.result["counts"] = counts;
    out.steps = static_cast<std::size_t>(requests);
    out.text = text.str();
    return out;
}

}  // namespace

std::vector<RunItem> balancerRunItems() {
    std::string policies;
    for (const auto& p : balance::balancerNames()) policies += (policies.empty() ? "" : "|") + p;
    RunItem item;
    item.name = "balancer";
    item.summary = "a load-balancing policy over N requests: the backend of each request and per-backend counts";
    item.usage = "--policy " + policies + " --backends a:5,b:1,c:1 --requests N [--seed S] [--latency T] [--slow NAME]";
    item.options = {{"policy", policies, "round-robin, weighted-round-robin (nginx smooth), least-connections, power-of-two, consistent-hash", true},
                    {"backends", "LIST", "name:weight pairs, weight defaults to 1", true},
                    {"requests", "N", "how many requests, one per tick", true},
                    {"seed", "S", "seed for keys, power-of-two and service times (default 1)", false},
                    {"latency", "T", "mean service time in ticks for every backend (default 4)", false},
                    {"slow", "NAME", "make one backend 8 times slower", false}};
    item.details = "Load model: one request per tick; a backend serves a request in an exponentially distributed time\n"
                   "around its latency; active connections are the requests still in service.\n";
    item.handler = runBalancer;
    return {item};
}

}  // namespace stepwise::cli
