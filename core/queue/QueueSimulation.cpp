#include "core/queue/QueueSimulation.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/common/InputError.h"

namespace stepwise::queue {

namespace {

bool autoscaling(const QueueConfig& c) { return c.maxWorkers > c.minWorkers; }

Time interval(double rate) {
    return std::max<Time>(1, static_cast<Time>(std::llround(static_cast<double>(sim::second) / rate)));
}

void checkFault(const sim::Fault& f, std::size_t jobs) {
    const std::string at = "fault at " + std::to_string(f.at / sim::millisecond) + " ms";
    if (f.at < 0) throw InputError(at + ": the time must not be negative");
    switch (f.kind) {
        case sim::FaultKind::FailureRate:
            if (!(f.value >= 0 && f.value <= 1))
                throw InputError(at + ": a failure rate must be between 0 and 1");
            return;
        case sim::FaultKind::JobKill:
        case sim::FaultKind::JobRetry:
            if (f.target >= jobs)
                throw InputError(at + ": there is no job " + std::to_string(f.target + 1) + " (jobs are 1 to " +
                                 std::to_string(jobs) + ")");
            return;
        case sim::FaultKind::WorkerKill:
        case sim::FaultKind::Redrive:
            return;
        case sim::FaultKind::BackendDown:
        case sim::FaultKind::BackendSlow:
        case sim::FaultKind::BackendRestore:
        case sim::FaultKind::CacheFlush:
        case sim::FaultKind::RateChange:
            break;
    }
    throw InputError(at + ": that fault is not one of the job queue's (failure-rate, kill-worker, kill-job, "
                          "retry-job, redrive)");
}

}  // namespace

void checkConfig(const QueueConfig& c) {
    if (c.workers == 0) throw InputError("a queue needs at least one worker");
    if (c.retry.maxReceives < minReceives || c.retry.maxReceives > maxReceivesLimit)
        throw InputError("maxReceiveCount must be between 1 and 1000 (SQS's range), not " +
                         std::to_string(c.retry.maxReceives));
    if (c.minWorkers == 0) throw InputError("the minimum number of workers must be at least 1");
    if (c.maxWorkers < c.minWorkers)
        throw InputError("the maximum number of workers (" + std::to_string(c.maxWorkers) +
                         ") is below the minimum (" + std::to_string(c.minWorkers) + ")");
    if (c.workers < c.minWorkers || c.workers > c.maxWorkers)
        throw InputError("the starting number of workers (" + std::to_string(c.workers) + ") must be within [" +
                         std::to_string(c.minWorkers) + ", " + std::to_string(c.maxWorkers) + "]");
    if (c.visibilityTimeout <= 0) throw InputError("the visibility timeout must be positive");
    if (c.meanService <= 0) throw InputError("the service time must be positive");
    if (c.retry.backoff.base <= 0) throw InputError("the backoff base must be positive");
    if (c.retry.backoff.cap < c.retry.backoff.base) throw InputError("the backoff cap is below its base");
    if (!(c.failureRate >= 0 && c.failureRate <= 1)) throw InputError("the failure rate must be between 0 and 1");
    if (!(c.rate > 0 && c.rate <= 1e6) || !(c.spikeRate > 0 && c.spikeRate <= 1e6))
        throw InputError("a rate must be above 0 and at most 1000000 jobs per second");
    if (c.burst == 0 || c.burstEvery <= 0) throw InputError("bursts need at least one job and a positive period");
    if (c.spikeAt < 0 || c.spikeFor <= 0) throw InputError("a spike needs a start >= 0 and a positive length");
    if (c.priorities == 0 || c.priorities > 16) throw InputError("priorities must be between 1 and 16");
    if (c.batch == 0 || c.batch > 10) throw InputError("a batch must be between 1 and 10 jobs (SQS receives at most 10)");
    if (c.targetBacklog == 0) throw InputError("the target backlog per worker must be at least 1");
    if (c.cooldown <= 0 || c.scaleEvery <= 0) throw InputError("the cool-down and the scaling period must be positive");
}

QueueSim::QueueSim(QueueConfig config) : config_(std::move(config)), engine_(config_.seed) {
    checkConfig(config_);
    for (const auto& f : config_.faults.entries()) checkFault(f, config_.jobs);
    jobs_.resize(config_.jobs);
    lanes_.resize(config_.priorities);
    failureRate_ = config_.failureRate;
    // Faults first: at equal times they run before anything else (scheduling order breaks ties).
    for (std::size_t i = 0; i < config_.faults.size(); ++i)
        engine_.schedule(config_.faults[i].at, {QueueEvent::Kind::Fault, static_cast<std::uint32_t>(i), 0});
    for (std::uint32_t w = 0; w < config_.workers; ++w) addWorker();
    if (config_.jobs > 0) engine_.schedule(0, {QueueEvent::Kind::Arrival, 0, 0});
    ensureScaler();
}

Time QueueSim::nextTime() const { return engine_.nextTime().value_or(sim::endOfTime); }

bool QueueSim::step() {
    last_.kind = QueueStep::Kind::None;
    last_.jobs.clear();
    return engine_.step([this](QueueEvent&& e) { handle(e); });
}

void QueueSim::handle(const QueueEvent& e) {
    last_ = QueueStep{};
    switch (e.kind) {
        case QueueEvent::Kind::Arrival:
            return arrive(e.index);
        case QueueEvent::Kind::Receive:
            return receive(e.index);
        case QueueEvent::Kind::Finish:
            return finish(e.index, e.receipt);
        case QueueEvent::Kind::Visibility:
            return visibility(e.index, e.receipt);
        case QueueEvent::Kind::BackoffEnd:
            return backoffEnd(e.index);
        case QueueEvent::Kind::Scale:
            return scale();
        case QueueEvent::Kind::Fault:
            return applyFault(e.index);
    }
}

Time QueueSim::arrivalAfter(Time t, std::uint64_t k) const {
    switch (config_.producer) {
        case Producer::Steady:
            return t + interval(config_.rate);
        case Producer::Bursts:
            return k % config_.burst == 0 ? t + config_.burstEvery : t;
        case Producer::Spike: {
            const bool in = t >= config_.spikeAt && t < config_.spikeAt + config_.spikeFor;
            return t + interval(in ? config_.spikeRate : config_.rate);
        }
    }
    return t + 1;
}

void QueueSim::arrive(std::uint32_t j) {
    Job& job = jobs_[j];
    job.enqueued = now();
    job.priority = config_.priorities > 1 ? static_cast<std::uint8_t>(engine_.random().below(config_.priorities)) : 0;
    ++submitted_;
    makeReady(j);
    last_.kind = QueueStep::Kind::Submitted;
    last_.job = j;
    if (submitted_ < config_.jobs)
        engine_.schedule(arrivalAfter(now(), submitted_), {QueueEvent::Kind::Arrival, j + 1, 0});
}

void QueueSim::makeReady(std::uint32_t j) {
    Job& job = jobs_[j];
    job.state = JobState::Ready;
    lanes_[job.priority].push_back(j);
    ++ready_;
    wakeIdle();
    ensureScaler();
}

void QueueSim::wakeIdle() {
    while (!idle_.empty() && pollsPending_ * config_.batch < ready_) {
        // The lowest-numbered idle worker: the lanes of the view fill from the top.
        const auto lowest = std::min_element(idle_.begin(), idle_.end());
        const std::uint32_t w = *lowest;
        idle_.erase(lowest);
        workers_[w].polling = true;
        workers_[w].finish = engine_.schedule(now(), {QueueEvent::Kind::Receive, w, 0});
        ++pollsPending_;
    }
}

void QueueSim::receive(std::uint32_t w) {
    Worker& worker = workers_[w];
    worker.polling = false;
    --pollsPending_;
    last_.kind = QueueStep::Kind::Received;
    last_.worker = w;
    for (auto& lane : lanes_) {
        while (!lane.empty() && last_.jobs.size() < config_.batch) {
            const std::uint32_t j = lane.front();
            lane.pop_front();
            Job& job = jobs_[j];
            job.state = JobState::InFlight;
            job.worker = w;
            ++job.receives;
            ++job.receipt;
            ++deliveries_;
            --ready_;
            ++inFlight_;
            job.timer = engine_.schedule(now() + config_.visibilityTimeout, {QueueEvent::Kind::Visibility, j, job.receipt});
            last_.jobs.push_back(j);
            worker.receipts.push_back(job.receipt);
        }
    }
    if (last_.jobs.empty()) {  // others took them first: wait for the next job
        idle_.push_back(w);
        return;
    }
    worker.batch = last_.jobs;
    worker.next = 0;
    worker.status = Worker::Status::Busy;
    startNext(w);
}

void QueueSim::startNext(std::uint32_t w) {
    Worker& worker = workers_[w];
    worker.started = now();
    // Exponential service time around the mean (at least 1 µs).
    const double u = engine_.random().unit();
    const auto service = std::max<Time>(
        1, static_cast<Time>(std::llround(-static_cast<double>(config_.meanService) * std::log1p(-u))));
    worker.finish = engine_.schedule(now() + service, {QueueEvent::Kind::Finish, w, worker.receipts[worker.next]});
}

void QueueSim::deadLetter(std::uint32_t j) {
    jobs_[j].state = JobState::Dead;
    dlq_.push_back(j);
    ++deadLetteredTotal_;
}

void QueueSim::finish(std::uint32_t w, std::uint32_t receipt) {
    Worker& worker = workers_[w];
    const std::uint32_t j = worker.batch[worker.next];
    Job& job = jobs_[j];
    bool failed = engine_.random().chance(failureRate_);  // drawn always: the draws stay in step
    if (j < config_.outcomes.size() && receipt >= 1 && receipt - 1 < config_.outcomes[j].size())
        failed = config_.outcomes[j][receipt - 1] == 'F';
    last_.job = j;
    last_.worker = w;
    last_.receipt = receipt;
    if (job.state != JobState::InFlight || job.receipt != receipt) {
        // Its delivery timed out (or it was killed by hand): the acknowledgement is refused.
        last_.kind = QueueStep::Kind::Stale;
        ++duplicates_;
    } else if (!failed) {
        engine_.cancel(job.timer);
        job.state = JobState::Done;
        --inFlight_;
        ++completed_;
        last_.kind = QueueStep::Kind::Succeeded;
    } else {
        engine_.cancel(job.timer);
        --inFlight_;
        last_.kind = QueueStep::Kind::Failed;
        const std::int64_t previous = job.previousSleep > 0 ? job.previousSleep : config_.retry.backoff.base;
        const RetryDecision d = config_.retry.afterFailure(job.receives, previous, engine_.random());
        if (d.deadLetter) {
            deadLetter(j);
            last_.deadLettered = true;
        } else {
            // ChangeMessageVisibility to the backoff: invisible until then, then ready.
            job.state = JobState::Delayed;
            job.previousSleep = d.delay;
            ++delayed_;
            ++retried_;
            job.timer = engine_.schedule(now() + d.delay, {QueueEvent::Kind::BackoffEnd, j, job.receipt});
            last_.delay = d.delay;
            last_.range = d.range;
        }
    }
    last_.receives = job.receives;
    if (++worker.next < worker.batch.size()) return startNext(w);
    worker.batch.clear();
    worker.receipts.clear();
    worker.next = 0;
    if (worker.draining) {
        worker.status = Worker::Status::Retired;
        worker.gone = now();
        return;
    }
    worker.status = Worker::Status::Idle;
    idle_.push_back(w);
    wakeIdle();
}

void QueueSim::visibility(std::uint32_t j, std::uint32_t receipt) {
    Job& job = jobs_[j];
    last_.kind = QueueStep::Kind::TimedOut;
    last_.job = j;
    last_.receipt = receipt;
    last_.worker = job.worker;
    const Worker& worker = workers_[job.worker];
    last_.workerAlive = worker.status == Worker::Status::Busy &&
                        std::find(worker.receipts.begin() + worker.next, worker.receipts.end(), receipt) !=
                            worker.receipts.end();
    --inFlight_;
    last_.receives = job.receives;
    if (config_.retry.deadLetterOnTimeout(job.receives)) {
        deadLetter(j);
        last_.deadLettered = true;
        return;
    }
    ++retried_;
    makeReady(j);
}

void QueueSim::backoffEnd(std::uint32_t j) {
    --delayed_;
    last_.kind = QueueStep::Kind::BackoffOver;
    last_.job = j;
    last_.receives = jobs_[j].receives;
    makeReady(j);
}

void QueueSim::ensureScaler() {
    if (!autoscaling(config_) || scalerPending_) return;
    scalerPending_ = true;
    const Time every = config_.scaleEvery;
    engine_.schedule((now() / every + 1) * every, {QueueEvent::Kind::Scale, 0, 0});
}

std::uint32_t QueueSim::addWorker() {
    const auto w = static_cast<std::uint32_t>(workers_.size());
    Worker worker;
    worker.born = now();
    workers_.push_back(std::move(worker));
    idle_.push_back(w);
    ++activeWorkers_;
    return w;
}

void QueueSim::retire(std::uint32_t w) {
    Worker& worker = workers_[w];
    --activeWorkers_;
    if (worker.status == Worker::Status::Busy) {
        worker.draining = true;  // it finishes its batch first
        return;
    }
    if (worker.polling) {
        engine_.cancel(worker.finish);
        worker.polling = false;
        --pollsPending_;
    } else {
        idle_.erase(std::find(idle_.begin(), idle_.end(), w));
    }
    worker.status = Worker::Status::Retired;
    worker.gone = now();
}

void QueueSim::scale() {
    scalerPending_ = false;
    last_.kind = QueueStep::Kind::Scaled;
    last_.backlog = ready_;
    const std::size_t wanted = (ready_ + config_.targetBacklog - 1) / config_.targetBacklog;
    const auto desired = static_cast<std::uint32_t>(
        std::clamp<std::size_t>(wanted, config_.minWorkers, config_.maxWorkers));
    last_.desired = desired;
    if (desired > activeWorkers_) {
        // Scale out at once: a growing backlog cannot wait out a cool-down.
        last_.workersAdded = static_cast<std::int32_t>(desired - activeWorkers_);
        while (activeWorkers_ < desired) addWorker();
        lastScale_ = now();
        wakeIdle();
    } else if (desired < activeWorkers_ && now() - lastScale_ >= config_.cooldown) {
        last_.workersAdded = -static_cast<std::int32_t>(activeWorkers_ - desired);
        // Idle workers first (the newest), then busy ones finish their batch and go.
        for (std::uint32_t w = static_cast<std::uint32_t>(workers_.size()); w-- > 0 && activeWorkers_ > desired;)
            if (workers_[w].status == Worker::Status::Idle) retire(w);
        for (std::uint32_t w = static_cast<std::uint32_t>(workers_.size()); w-- > 0 && activeWorkers_ > desired;)
            if (workers_[w].status == Worker::Status::Busy && !workers_[w].draining) retire(w);
        lastScale_ = now();
    }
    // Keep looking while there is work, or workers above the minimum to retire.
    if (submitted_ < config_.jobs || ready_ + delayed_ + inFlight_ > 0 || activeWorkers_ > config_.minWorkers)
        ensureScaler();
}

void QueueSim::leaveInFlight(std::uint32_t j) {
    Job& job = jobs_[j];
    switch (job.state) {
        case JobState::Ready: {
            auto& lane = lanes_[job.priority];
            lane.erase(std::find(lane.begin(), lane.end(), j));
            --ready_;
            break;
        }
        case JobState::Delayed:
            engine_.cancel(job.timer);
            --delayed_;
            break;
        case JobState::InFlight:
            engine_.cancel(job.timer);  // its worker runs on; its acknowledgement will be refused
            --inFlight_;
            break;
        default:
            break;
    }
}

void QueueSim::applyFault(std::size_t index) {
    const sim::Fault& f = config_.faults[index];
    last_.kind = QueueStep::Kind::Fault;
    last_.fault = index;
    switch (f.kind) {
        case sim::FaultKind::FailureRate:
            failureRate_ = f.value;
            last_.affected = 1;
            return;
        case sim::FaultKind::WorkerKill: {
            last_.worker = f.target;
            if (f.target >= workers_.size()) return;
            Worker& worker = workers_[f.target];
            if (worker.status == Worker::Status::Killed || worker.status == Worker::Status::Retired) return;
            if (!worker.draining) --activeWorkers_;
            if (worker.status == Worker::Status::Busy) {
                engine_.cancel(worker.finish);
                // Its unacknowledged jobs stay invisible until their visibility timeouts.
                for (std::size_t i = worker.next; i < worker.batch.size(); ++i) {
                    const Job& job = jobs_[worker.batch[i]];
                    if (job.state == JobState::InFlight && job.receipt == worker.receipts[i]) ++last_.affected;
                }
            } else if (worker.polling) {
                engine_.cancel(worker.finish);
                worker.polling = false;
                --pollsPending_;
            } else {
                idle_.erase(std::find(idle_.begin(), idle_.end(), f.target));
            }
            worker.status = Worker::Status::Killed;
            worker.gone = now();
            last_.workerAlive = false;
            wakeIdle();  // its poll's share of the ready jobs goes to another idle worker
            ensureScaler();
            return;
        }
        case sim::FaultKind::JobKill: {
            last_.job = f.target;
            const JobState s = jobs_[f.target].state;
            if (s != JobState::Ready && s != JobState::Delayed && s != JobState::InFlight) return;
            leaveInFlight(f.target);
            deadLetter(f.target);
            last_.deadLettered = true;
            last_.affected = 1;
            return;
        }
        case sim::FaultKind::JobRetry: {
            last_.job = f.target;
            Job& job = jobs_[f.target];
            if (job.state == JobState::Delayed) {
                leaveInFlight(f.target);
            } else if (job.state == JobState::Dead) {
                dlq_.erase(std::find(dlq_.begin(), dlq_.end(), f.target));
                job.receives = 0;
                job.previousSleep = 0;
                ++redriven_;
            } else {
                return;
            }
            last_.affected = 1;
            makeReady(f.target);
            return;
        }
        case sim::FaultKind::Redrive: {
            const std::vector<std::uint32_t> back = std::move(dlq_);
            dlq_.clear();
            for (const std::uint32_t j : back) {
                jobs_[j].receives = 0;  // a redriven message starts its count again
                jobs_[j].previousSleep = 0;
                makeReady(j);
            }
            redriven_ += back.size();
            last_.affected = back.size();
            return;
        }
        default:
            return;  // rejected by the constructor
    }
}

}  // namespace stepwise::queue
