#include "core/queue/QueueItemRun.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "core/queue/JitterReport.h"
#include "core/queue/QueueNarration.h"

namespace stepwise::queue {

namespace {

double ms(sim::Time t) { return static_cast<double>(t) / sim::millisecond; }

std::string_view stateName(JobState s) {
    switch (s) {
        case JobState::Unsubmitted: return "unsubmitted";
        case JobState::Ready: return "ready";
        case JobState::InFlight: return "in_flight";
        case JobState::Delayed: return "delayed";
        case JobState::Dead: return "dead_lettered";
        case JobState::Done: return "completed";
    }
    return "";
}

/// The q-quantile (nearest rank) of sorted values; 0 for none.
sim::Time quantile(const std::vector<sim::Time>& sorted, double q) {
    if (sorted.empty()) return 0;
    const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}

std::vector<sim::Time> latencies(const std::vector<JobHistory>& h) {
    std::vector<sim::Time> out;
    for (const auto& j : h)
        if (j.done >= 0) out.push_back(j.done - j.submitted);
    std::sort(out.begin(), out.end());
    return out;
}

std::string historyLine(std::size_t id, const JobHistory& h, JobState state) {
    std::string line = "job " + std::to_string(id + 1) + "  " + std::string(stateName(state)) + ":";
    for (const auto& a : h.attempts) {
        line += "  w" + std::to_string(a.worker + 1) + " " + momentText(a.received) + " " +
                std::string(outcomeName(a.outcome));
        if (a.backoff >= 0) line += ", backoff " + durationText(a.backoff);
        if (a.deadLettered) line += ", dead letter";
        line += ";";
    }
    if (!line.empty() && line.back() == ';') line.pop_back();
    return line;
}

}  // namespace

std::string_view outcomeName(Outcome o) {
    switch (o) {
        case Outcome::Running: return "running";
        case Outcome::Succeeded: return "succeeded";
        case Outcome::Failed: return "failed";
        case Outcome::TimedOut: return "timed out";
        case Outcome::Late: return "late";
        case Outcome::Killed: return "killed";
    }
    return "";
}

std::vector<JobHistory> recordHistories(QueueSim& sim, const std::function<void(const QueueSim&)>& onStep) {
    std::vector<JobHistory> h(sim.config().jobs);
    // The attempt a receipt names: receipts count deliveries from 1.
    auto attempt = [&](std::uint32_t j, std::uint32_t receipt) -> Attempt& { return h[j].attempts[receipt - 1]; };
    std::size_t step = 0;
    while (sim.step()) {
        ++step;
        const QueueStep& l = sim.last();
        const sim::Time now = sim.now();
        switch (l.kind) {
            case QueueStep::Kind::Submitted:
                h[l.job].submitted = now;
                h[l.job].priority = sim.jobs()[l.job].priority;
                h[l.job].submittedStep = step;
                break;
            case QueueStep::Kind::Received:
                for (const std::uint32_t j : l.jobs) {
                    Attempt& a = h[j].attempts.emplace_back();
                    a.worker = l.worker;
                    a.received = now;
                    a.receivedStep = step;
                }
                break;
            case QueueStep::Kind::Succeeded:
            case QueueStep::Kind::Failed: {
                Attempt& a = attempt(l.job, l.receipt);
                a.ended = now;
                a.endedStep = step;
                a.outcome = l.kind == QueueStep::Kind::Succeeded ? Outcome::Succeeded : Outcome::Failed;
                a.deadLettered = l.deadLettered;
                if (l.kind == QueueStep::Kind::Failed && !l.deadLettered) {
                    a.backoff = l.delay;
                    a.backoffRange = l.range;
                }
                if (l.kind == QueueStep::Kind::Succeeded) {
                    h[l.job].done = now;
                    h[l.job].doneStep = step;
                }
                break;
            }
            case QueueStep::Kind::TimedOut: {
                Attempt& a = attempt(l.job, l.receipt);
                a.ended = now;
                a.endedStep = step;
                a.outcome = Outcome::TimedOut;
                a.deadLettered = l.deadLettered;
                a.ranPastTimeout = l.workerAlive;
                break;
            }
            case QueueStep::Kind::Stale: {
                // Its worker finished after all: a timed-out delivery ran late (killed ones stay so).
                Attempt& a = attempt(l.job, l.receipt);
                if (a.outcome == Outcome::TimedOut) {
                    a.outcome = Outcome::Late;
                    a.lateStep = step;
                }
                break;
            }
            case QueueStep::Kind::Fault: {
                const sim::Fault& f = sim.config().faults[l.fault];
                if (f.kind == sim::FaultKind::JobKill && l.deadLettered) {
                    auto& attempts = h[f.target].attempts;
                    if (!attempts.empty() && attempts.back().outcome == Outcome::Running) {
                        attempts.back().outcome = Outcome::Killed;
                        attempts.back().ended = now;
                        attempts.back().endedStep = step;
                        attempts.back().deadLettered = true;
                    }
                }
                break;
            }
            default:
                break;
        }
        if (onStep) onStep(sim);
    }
    return h;
}

std::vector<JobHistory> historiesAt(const std::vector<JobHistory>& histories, std::size_t step) {
    std::vector<JobHistory> out = histories;
    for (JobHistory& h : out) {
        if (h.submittedStep > step) {
            h.submitted = -1;
            h.submittedStep = 0;
        }
        if (h.doneStep > step) {
            h.done = -1;
            h.doneStep = 0;
        }
        std::erase_if(h.attempts, [step](const Attempt& a) { return a.receivedStep > step; });
        for (Attempt& a : h.attempts) {
            if (a.endedStep > step) {  // still running then
                Attempt running;
                running.worker = a.worker;
                running.received = a.received;
                running.receivedStep = a.receivedStep;
                a = running;
            }
            if (a.lateStep > step) {
                a.outcome = Outcome::TimedOut;
                a.lateStep = 0;
            }
        }
    }
    return out;
}

nlohmann::json QueueItemRun::resultSoFar() const {
    if (atEnd()) return result();
    return queueResult(sim(), historiesAt(histories_, step()));
}

nlohmann::json queueResult(const QueueSim& s, const std::vector<JobHistory>& histories) {
    nlohmann::json r;
    r["submitted"] = s.submitted();
    r["completed"] = s.completed();
    r["retried"] = s.retried();
    r["dead_lettered"] = s.dead();
    r["queued"] = s.ready() + s.delayed();
    r["in_flight"] = s.inFlight();
    r["dead_lettered_total"] = s.deadLettered();
    r["redriven"] = s.redriven();
    r["deliveries"] = s.deliveries();
    r["duplicates"] = s.duplicates();
    const auto lat = latencies(histories);
    r["latency_ms"] = {{"p50", ms(quantile(lat, 0.50))}, {"p99", ms(quantile(lat, 0.99))}};
    r["end_ms"] = ms(s.now());
    r["workers"] = s.workers().size();
    nlohmann::json jobs = nlohmann::json::array();
    for (std::size_t j = 0; j < histories.size(); ++j) {
        const JobHistory& h = histories[j];
        nlohmann::json attempts = nlohmann::json::array();
        for (const Attempt& a : h.attempts) {
            nlohmann::json one = {{"worker", a.worker + 1},
                                  {"received_ms", ms(a.received)},
                                  {"outcome", outcomeName(a.outcome)}};
            one["ended_ms"] = a.ended >= 0 ? nlohmann::json(ms(a.ended)) : nlohmann::json(nullptr);
            if (a.backoff >= 0) {
                one["backoff_ms"] = ms(a.backoff);
                one["backoff_range_ms"] = {ms(a.backoffRange.low), ms(a.backoffRange.high)};
            }
            if (a.deadLettered) one["dead_lettered"] = true;
            attempts.push_back(std::move(one));
        }
        jobs.push_back({{"id", j + 1},
                        {"priority", h.priority},
                        {"state", stateName(s.jobs()[j].state)},
                        {"attempts", std::move(attempts)}});
    }
    r["jobs"] = std::move(jobs);
    return r;
}

std::string queueResultText(const QueueSim& s, const std::vector<JobHistory>& histories) {
    const QueueConfig& c = s.config();
    std::ostringstream out;
    out << "queue: " << c.jobs << " jobs, " << c.workers << " workers";
    if (c.maxWorkers > c.minWorkers) out << " (autoscaled " << c.minWorkers << "-" << c.maxWorkers << ")";
    out << ", failure rate " << c.failureRate * 100 << " %, maxReceiveCount " << c.retry.maxReceives << ", "
        << "backoff with " << backoffLabel(c.retry.backoff.kind) << "\n";
    out << "submitted " << s.submitted() << "  completed " << s.completed() << "  retried " << s.retried()
        << "  dead-lettered " << s.dead() << "  queued " << s.ready() + s.delayed() << "  in flight "
        << s.inFlight() << "\n";
    const auto lat = latencies(histories);
    out << "latency p50 " << durationText(quantile(lat, 0.5)) << "  p99 " << durationText(quantile(lat, 0.99))
        << "  deliveries " << s.deliveries() << "  late acknowledgements " << s.duplicates() << "  ended at "
        << momentText(s.now()) << "\n";
    // Every job's history for a small run; otherwise the ones that did not simply succeed at once.
    constexpr std::size_t most = 50;
    std::size_t shown = 0, eligible = 0;
    for (std::size_t j = 0; j < histories.size(); ++j) {
        const bool plain = s.jobs()[j].state == JobState::Done && histories[j].attempts.size() == 1;
        if (histories.size() > most && plain) continue;
        ++eligible;
        if (shown < most) {
            out << historyLine(j, histories[j], s.jobs()[j].state) << "\n";
            ++shown;
        }
    }
    if (eligible > shown) out << "(" << eligible - shown << " more job histories in --json)\n";
    return out.str();
}

struct QueueItemRun::Prepared {
    run::RunInfo info;
    QueueSim start;
    std::vector<JobHistory> histories;
    std::size_t steps = 0;
    sim::Time end = 0;
    QueueMetrics metrics;
};

namespace {

QueueItemRun::Prepared prepare(const QueueConfig& config) {
    // Built first, on its own: GCC 12 destroys members twice when a braced initializer throws.
    QueueSim first(config);
    QueueItemRun::Prepared p{{}, std::move(first), {}, 0, 0, {}};
    run::RunInfo& info = p.info;
    info.itemId = "queue";
    info.title = "Job queue (backoff with " + backoffLabel(config.retry.backoff.kind) + ")";
    info.pseudocode = queuePseudocode(config);
    info.intro = std::to_string(config.jobs) + " jobs for " + std::to_string(config.workers) +
                 " workers; each attempt fails with probability " + std::to_string(static_cast<int>(std::lround(config.failureRate * 100))) +
                 " %, a job is delivered at most " + std::to_string(config.retry.maxReceives) +
                 " times before the dead-letter queue, backoff with " + backoffLabel(config.retry.backoff.kind) +
                 " between tries. Each step is one event in virtual time.";
    // One pass to the end: the result, the step count, the histories, the groups (virtual seconds).
    QueueSim sim = p.start;
    std::size_t step = 0;
    sim::Time groupSecond = -1;
    QueueMetricsRecorder recorder(config.jobs);
    p.histories = recordHistories(sim, [&](const QueueSim& s) {
        recorder.record(s);
        ++step;
        const sim::Time second = s.now() / sim::second;
        if (second != groupSecond) {
            info.groups.push_back({"t = " + std::to_string(second) + "–" + std::to_string(second + 1) + " s", step, step});
            groupSecond = second;
        } else {
            info.groups.back().last = step;
        }
    });
    p.steps = step;
    p.end = sim.now();
    p.metrics = recorder.finish(sim);
    info.result = queueResult(sim, p.histories);
    info.resultText = queueResultText(sim, p.histories);
    return p;
}

/// Copies of the simulation kept for stepping back: about 64 MB of them at most.
std::size_t checkpointInterval(const QueueConfig& c, std::size_t steps) {
    const std::size_t copyBytes = c.jobs * sizeof(Job) + 64 * 1024;
    const std::size_t copies = std::clamp<std::size_t>((std::size_t{64} << 20) / copyBytes, 16, 16384);
    return std::max(QueueItemRun::checkpointEvery, (steps + copies - 1) / copies);
}

}  // namespace

QueueItemRun::QueueItemRun(const QueueConfig& config, bool withJitter) : QueueItemRun(config, prepare(config)) {
    if (!withJitter) return;
    jitter_.push_back(queue::compareJitter(config));
    // Both runs of the comparison belong to the result: the CLI prints them after the main run.
    info_.result["compare"] = jitterJson(jitter_.front(), config);
    info_.resultText += jitterText(jitter_.front(), config);
}

std::vector<BackoffWait> QueueItemRun::waits() const {
    std::vector<BackoffWait> out;
    const auto& jobs = sim().jobs();
    for (std::uint32_t j = 0; j < jobs.size(); ++j) {
        const Job& job = jobs[j];
        if (job.state != JobState::Delayed || job.receipt == 0 || job.receipt > histories_[j].attempts.size()) continue;
        // Its last delivery (receipts count them from 1) failed and drew the sleep it is in.
        const Attempt& a = histories_[j].attempts[job.receipt - 1];
        out.push_back({j, job.receives, a.ended, a.ended + a.backoff, a.backoff, a.backoffRange});
    }
    std::sort(out.begin(), out.end(), [](const BackoffWait& x, const BackoffWait& y) {
        return x.failedAt != y.failedAt ? x.failedAt < y.failedAt : x.job < y.job;
    });
    return out;
}

std::size_t QueueItemRun::jitterShown(bool full) const {
    const JitterComparison* j = jitter();
    if (!j) return 0;
    return (full ? j->full : j->none).countAt(sim().now(), atEnd());
}

std::string QueueItemRun::metricsCsv() const {
    std::string out = metrics_.csv(metricsShown());
    if (const JitterComparison* j = jitter()) {
        // The comparison's retry arrivals over the same virtual time (both runs on one bucket width).
        const std::size_t none = jitterShown(false), full = jitterShown(true);
        out += "\ntime_s,retries_per_s_no_jitter,retries_per_s_full_jitter\n";
        char cell[64];
        for (std::size_t k = 0; k < std::max(none, full); ++k) {
            std::snprintf(cell, sizeof cell, "%g,",
                          static_cast<double>(static_cast<sim::Time>(k + 1) * j->none.bucket) / sim::second);
            out += cell;
            if (k < none) {
                std::snprintf(cell, sizeof cell, "%g", j->none.retries[k].value);
                out += cell;
            }
            out += ',';
            if (k < full) {
                std::snprintf(cell, sizeof cell, "%g", j->full.retries[k].value);
                out += cell;
            }
            out += '\n';
        }
    }
    return out;
}

QueueItemRun::QueueItemRun(const QueueConfig& config, Prepared p)
    : CheckpointRun(std::move(p.info), Timeline(p.start, p.steps, checkpointInterval(config, p.steps)),
                    [](const QueueSim& s) { return queueLine(s); },
                    [](const QueueSim& s) { return queueSentence(s); }),
      config_(config),
      histories_(std::move(p.histories)),
      endTime_(p.end),
      metrics_(std::move(p.metrics)) {}

}  // namespace stepwise::queue
