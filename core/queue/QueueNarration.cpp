#include "core/queue/QueueNarration.h"

#include <cmath>
#include <cstdio>

#include "core/queue/QueueFaults.h"

namespace stepwise::queue {

namespace {

std::string fixed(double v, int digits) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return buf;
}

std::string jobName(std::uint32_t j) { return "job " + std::to_string(j + 1); }
std::string workerName(std::uint32_t w) { return "worker " + std::to_string(w + 1); }

std::string stateWords(JobState s) {
    switch (s) {
        case JobState::Unsubmitted: return "not submitted yet";
        case JobState::Ready: return "ready";
        case JobState::InFlight: return "in flight again";
        case JobState::Delayed: return "waiting out a backoff";
        case JobState::Dead: return "in the dead-letter queue";
        case JobState::Done: return "done";
    }
    return "";
}

}  // namespace

std::string durationText(sim::Time t) {
    if (t < sim::second) return fixed(static_cast<double>(t) / sim::millisecond, t % sim::millisecond ? 1 : 0) + " ms";
    if (t < 60 * sim::second) return fixed(static_cast<double>(t) / sim::second, 2) + " s";
    const sim::Time minutes = t / (60 * sim::second);
    return std::to_string(minutes) + " min " + fixed(static_cast<double>(t - minutes * 60 * sim::second) / sim::second, 0) + " s";
}

std::string momentText(sim::Time t) { return fixed(static_cast<double>(t) / sim::second, 2) + " s"; }

std::string backoffFormula(BackoffKind kind) {
    switch (kind) {
        case BackoffKind::None: return "expo(n) = min(cap, base × 2^n)";
        case BackoffKind::Full: return "U(0, expo(n))";
        case BackoffKind::Equal: return "expo(n)/2 + U(0, expo(n)/2)";
        case BackoffKind::Decorrelated: return "min(cap, U(base, 3 × previous sleep))";
    }
    return "";
}

std::string priorityName(std::uint32_t p, std::uint32_t lanes) {
    if (lanes <= 1) return "";
    if (lanes == 2) return p == 0 ? "high" : "low";
    if (lanes == 3) return p == 0 ? "high" : p == 1 ? "normal" : "low";
    return "p" + std::to_string(p);
}

std::vector<std::string> queuePseudocode(const QueueConfig& c) {
    return {
        "on submit(job): append job to lane[job.priority]            // ready",
        "worker polls: receive up to " + std::to_string(c.batch) + " ready jobs, highest priority first",
        "  each: receiveCount += 1; invisible until now + " + durationText(c.visibilityTimeout),
        "run job; on success: delete it (acknowledge)                 // done",
        "on failure: if receiveCount >= " + std::to_string(c.retry.maxReceives) + ": move it to the dead-letter queue",
        "  else: sleep = " + backoffFormula(c.retry.backoff.kind) + "; invisible for sleep   // delayed",
        "backoff over: the job is visible again                       // ready",
        "visibility timeout: not acknowledged in time: visible again (dead letter at " +
            std::to_string(c.retry.maxReceives) + ")",
        "late acknowledgement: refused, the delivery had timed out (at least once: it may run twice)",
        "every " + durationText(c.scaleEvery) + ": desired = clamp(ceil(ready / " + std::to_string(c.targetBacklog) +
            "), " + std::to_string(c.minWorkers) + ", " + std::to_string(c.maxWorkers) + "); scale in after " +
            durationText(c.cooldown),
        "fault: failure rate | kill worker | kill job | retry job | redrive the dead letters",
    };
}

int queueLine(const QueueSim& s) {
    const QueueStep& l = s.last();
    switch (l.kind) {
        case QueueStep::Kind::None:
        case QueueStep::Kind::Submitted: return 0;
        case QueueStep::Kind::Received: return l.jobs.empty() ? 1 : 2;
        case QueueStep::Kind::Succeeded: return 3;
        case QueueStep::Kind::Failed: return l.deadLettered ? 4 : 5;
        case QueueStep::Kind::BackoffOver: return 6;
        case QueueStep::Kind::TimedOut: return 7;
        case QueueStep::Kind::Stale: return 8;
        case QueueStep::Kind::Scaled: return 9;
        case QueueStep::Kind::Fault: return 10;
    }
    return 0;
}

std::string queueSentence(const QueueSim& s) {
    const QueueStep& l = s.last();
    const QueueConfig& c = s.config();
    const std::string max = std::to_string(c.retry.maxReceives);
    std::string out = momentText(s.now()) + ": ";
    switch (l.kind) {
        case QueueStep::Kind::None:
            return out + "nothing happens";
        case QueueStep::Kind::Submitted: {
            const std::string p = priorityName(s.jobs()[l.job].priority, c.priorities);
            return out + jobName(l.job) + " submitted" + (p.empty() ? "" : " (priority " + p + ")") + ": " +
                   std::to_string(s.ready()) + " ready, " + std::to_string(s.submitted()) + " of " +
                   std::to_string(c.jobs) + " submitted";
        }
        case QueueStep::Kind::Received: {
            if (l.jobs.empty()) return out + workerName(l.worker) + " polls: nothing ready (others took it), it waits";
            std::string names;
            for (std::size_t i = 0; i < l.jobs.size(); ++i)
                names += (i == 0 ? "" : ", ") + std::to_string(l.jobs[i] + 1);
            const Job& first = s.jobs()[l.jobs.front()];
            if (l.jobs.size() == 1)
                return out + workerName(l.worker) + " receives " + jobName(l.jobs.front()) + " (receive " +
                       std::to_string(first.receives) + " of " + max + "), invisible until " +
                       momentText(s.now() + c.visibilityTimeout);
            return out + workerName(l.worker) + " receives jobs " + names + " in one batch, each invisible until " +
                   momentText(s.now() + c.visibilityTimeout);
        }
        case QueueStep::Kind::Succeeded:
            return out + workerName(l.worker) + " finishes " + jobName(l.job) + ": success, acknowledged (deleted); " +
                   std::to_string(s.completed()) + " done";
        case QueueStep::Kind::Failed:
            if (l.deadLettered)
                return out + workerName(l.worker) + ": " + jobName(l.job) + " fails on receive " +
                       std::to_string(l.receives) + " of " + max + ": moved to the dead-letter queue (" +
                       std::to_string(s.dead()) + " there)";
            return out + workerName(l.worker) + ": " + jobName(l.job) + " fails (receive " + std::to_string(l.receives) +
                   " of " + max + "); " + "backoff (" + backoffLabel(c.retry.backoff.kind) + ") sleeps " +
                   durationText(l.delay) +
                   (c.retry.backoff.kind == BackoffKind::Decorrelated || c.retry.backoff.kind == BackoffKind::None
                        ? ""
                        : " (of up to " + durationText(c.retry.backoff.expo(l.receives - 1)) + ")") +
                   ", back at " + momentText(s.now() + l.delay);
        case QueueStep::Kind::BackoffOver:
            return out + jobName(l.job) + "'s backoff is over: ready again (receive count " +
                   std::to_string(l.receives) + " of " + max + ")";
        case QueueStep::Kind::TimedOut: {
            const std::string why = l.workerAlive ? " (" + workerName(l.worker) + " is still running it: it may run twice)"
                                                  : " (" + workerName(l.worker) + " is gone)";
            const std::string head = out + jobName(l.job) + " was not acknowledged within " +
                                     durationText(c.visibilityTimeout) + why;
            if (l.deadLettered)
                return head + ": it has had " + max + " receives, moved to the dead-letter queue";
            return head + ": visible again, receive count " + std::to_string(l.receives) + " of " + max;
        }
        case QueueStep::Kind::Stale:
            return out + workerName(l.worker) + " finishes " + jobName(l.job) +
                   ", but that delivery had timed out: the acknowledgement is refused (the job is " +
                   stateWords(s.jobs()[l.job].state) + ")";
        case QueueStep::Kind::Scaled: {
            const std::uint32_t had = s.activeWorkers() - static_cast<std::uint32_t>(l.workersAdded);
            std::string head = out + "autoscaler: " + std::to_string(l.backlog) + " ready over " + std::to_string(had) +
                               " workers (target " + std::to_string(c.targetBacklog) + " each): desired " +
                               std::to_string(l.desired);
            if (l.workersAdded > 0) return head + ", adds " + std::to_string(l.workersAdded) + " worker(s)";
            if (l.workersAdded < 0) return head + ", retires " + std::to_string(-l.workersAdded) + " worker(s) after the cool-down";
            if (l.desired < had) return head + ", keeps " + std::to_string(had) + " until the cool-down ends";
            return head + ", no change";
        }
        case QueueStep::Kind::Fault: {
            const sim::Fault& f = c.faults[l.fault];
            out += "fault " + faultText(f) + ": ";
            switch (f.kind) {
                case sim::FaultKind::FailureRate:
                    return out + "the failure rate becomes " + fixed(f.value * 100, 0) + " %";
                case sim::FaultKind::WorkerKill:
                    if (l.workerAlive) return out + "no effect: there is no live " + workerName(f.target);
                    return out + workerName(f.target) + " killed; " + std::to_string(l.affected) +
                           " unacknowledged job(s) reappear after their visibility timeout";
                case sim::FaultKind::JobKill:
                    if (!l.deadLettered) return out + "no effect: " + jobName(f.target) + " is " + stateWords(s.jobs()[f.target].state);
                    return out + jobName(f.target) + " killed by hand: moved to the dead-letter queue";
                case sim::FaultKind::JobRetry:
                    if (l.affected == 0) return out + "no effect: " + jobName(f.target) + " is " + stateWords(s.jobs()[f.target].state);
                    return out + jobName(f.target) + " retried by hand: ready now";
                case sim::FaultKind::Redrive:
                    return out + std::to_string(l.affected) + " dead letter(s) redriven to the queue, receive counts reset";
                default:
                    return out;
            }
        }
    }
    return out;
}

}  // namespace stepwise::queue
