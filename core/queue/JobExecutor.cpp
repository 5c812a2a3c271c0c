#include "core/queue/JobExecutor.h"

#include <concurrentqueue/blockingconcurrentqueue.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <queue>
#include <stdexcept>
#include <string>
#include <thread>
#include <unordered_map>

// ThreadSanitizer does not model the standalone fences moodycamel's lock-free queue is built on
// (GCC refuses them under -fsanitize=thread), so a TSan build carries the jobs in a plain mutex
// queue instead; what TSan then checks is the executor's own synchronisation: the free-slot
// semaphore, the counters, drain(), the timers and the dead-letter list.
#if defined(__SANITIZE_THREAD__)
#define STEPWISE_EXECUTOR_MUTEX_QUEUE 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define STEPWISE_EXECUTOR_MUTEX_QUEUE 1
#endif
#endif

namespace stepwise::queue {

namespace {

using Clock = std::chrono::steady_clock;

struct Task {
    std::uint64_t id = 0;
    std::uint32_t receives = 0;
    std::uint32_t priority = 0;
    std::int64_t previousSleep = 0;
    bool holdsSlot = false;  // came through submit(): its dequeue frees a slot of the bound
};

struct Delayed {
    Clock::time_point due;
    Task task;
    bool operator>(const Delayed& o) const { return due > o.due; }
};

constexpr std::size_t bulk = 64;  // jobs a worker takes from the queue at once

#ifdef STEPWISE_EXECUTOR_MUTEX_QUEUE
/// The priority lanes with a mutex (TSan builds only).
class Lanes {
  public:
    struct Token {
        explicit Token(Lanes&) {}
    };
    explicit Lanes(std::size_t count) : lanes_(count) {}
    void enqueue(const Task& task) {
        {
            std::lock_guard lock(mutex_);
            lanes_[task.priority].push_back(task);
            ++size_;
        }
        ready_.notify_one();
    }
    /// Up to `max` ready jobs, the highest lane first; waits up to timeoutUs for one.
    std::size_t dequeue(Token&, Task* out, std::size_t max, std::int64_t timeoutUs) {
        std::unique_lock lock(mutex_);
        if (!ready_.wait_for(lock, std::chrono::microseconds(timeoutUs), [&] { return size_ > 0; })) return 0;
        std::size_t n = 0;
        for (auto& lane : lanes_)
            for (; n < max && !lane.empty(); ++n) {
                out[n] = lane.front();
                lane.pop_front();
                --size_;
            }
        return n;
    }

  private:
    std::mutex mutex_;
    std::condition_variable ready_;
    std::vector<std::deque<Task>> lanes_;
    std::size_t size_ = 0;
};
#else
/// The priority lanes: a lock-free queue per lane and one semaphore counting the jobs in all of
/// them (BlockingConcurrentQueue's own design, with several queues behind the semaphore).
class Lanes {
  public:
    struct Token {
        explicit Token(Lanes& lanes) {
            for (auto& lane : lanes.lanes_) tokens.emplace_back(*lane);
        }
        std::vector<moodycamel::ConsumerToken> tokens;
    };
    explicit Lanes(std::size_t count) {
        for (std::size_t i = 0; i < count; ++i) lanes_.push_back(std::make_unique<moodycamel::ConcurrentQueue<Task>>());
    }
    void enqueue(const Task& task) {
        lanes_[task.priority]->enqueue(task);
        items_.signal();
    }
    std::size_t dequeue(Token& token, Task* out, std::size_t max, std::int64_t timeoutUs) {
        const auto n = static_cast<std::size_t>(
            std::max<moodycamel::LightweightSemaphore::ssize_t>(0, items_.waitMany(static_cast<moodycamel::LightweightSemaphore::ssize_t>(max), timeoutUs)));
        // The semaphore holds n jobs for this worker; take them, the highest lane first (an enqueue
        // becomes visible just after its signal at worst: spin over the lanes until all n are in).
        std::size_t got = 0;
        while (got < n)
            for (std::size_t lane = 0; lane < lanes_.size() && got < n; ++lane)
                got += lanes_[lane]->try_dequeue_bulk(token.tokens[lane], out + got, n - got);
        return n;
    }

  private:
    std::vector<std::unique_ptr<moodycamel::ConcurrentQueue<Task>>> lanes_;
    moodycamel::LightweightSemaphore items_;
};
#endif

}  // namespace

struct JobExecutor::State {
    /// A delivery whose handler is running, while a visibility timeout is set.
    struct InFlight {
        Task task;
    };

    ExecutorConfig config;
    Handler handler;
    Lanes queue;
    moodycamel::LightweightSemaphore freeSlots;
    std::atomic<std::uint64_t> submitted{0}, completed{0}, retried{0}, dead{0}, attempts{0};
    std::atomic<std::uint64_t> timedOut{0}, lateAcks{0};
    std::atomic<std::uint64_t> outstanding{0};
    std::atomic<bool> stopping{false};
    std::mutex doneMutex;
    std::condition_variable doneCv;
    mutable std::mutex deadMutex;
    std::vector<std::uint64_t> deadLetters;
    std::vector<std::thread> threads;

    // The visibility timeout's books: deliveries running, by receipt, and their deadlines (a
    // min-heap that may hold receipts answered since; the watchdog skips those).
    std::mutex flightMutex;
    std::condition_variable flightCv;
    std::unordered_map<std::uint64_t, InFlight> flying;
    std::priority_queue<std::pair<Clock::time_point, std::uint64_t>,
                        std::vector<std::pair<Clock::time_point, std::uint64_t>>, std::greater<>>
        deadlines;
    std::uint64_t nextReceipt = 0;
    bool stopWatchdog = false;
    std::thread watchdog;

    State(ExecutorConfig c, Handler h)
        : config(std::move(c)),
          handler(std::move(h)),
          queue(config.priorities),
          freeSlots(static_cast<moodycamel::LightweightSemaphore::ssize_t>(config.capacity)) {}

    void finishOne() {
        if (outstanding.fetch_sub(1, std::memory_order_acq_rel) == 1) {
            std::lock_guard lock(doneMutex);  // pairs with drain()'s wait: no lost wake-up
            doneCv.notify_all();
        }
    }

    void deadLetter(std::uint64_t id) {
        {
            std::lock_guard lock(deadMutex);
            deadLetters.push_back(id);
        }
        dead.fetch_add(1, std::memory_order_relaxed);
        finishOne();
    }

    /// Registers a delivery about to run; its receipt.
    std::uint64_t startDelivery(const Task& task) {
        const auto due = Clock::now() + std::chrono::microseconds(config.visibilityTimeout);
        bool earliest = false;
        std::uint64_t receipt = 0;
        {
            std::lock_guard lock(flightMutex);
            receipt = ++nextReceipt;
            flying.emplace(receipt, InFlight{task});
            earliest = deadlines.empty() || due < deadlines.top().first;
            deadlines.emplace(due, receipt);
        }
        if (earliest) flightCv.notify_one();
        return receipt;
    }
    /// The delivery's handler returned: false when it had timed out (its answer is refused).
    bool endDelivery(std::uint64_t receipt) {
        std::lock_guard lock(flightMutex);
        return flying.erase(receipt) == 1;
    }

    /// Takes back deliveries past their deadline: visible again at once (to any worker), or
    /// dead-lettered when they used the last receive.
    void watch() {
        std::vector<Task> expired;
        std::unique_lock lock(flightMutex);
        while (!stopWatchdog) {
            if (deadlines.empty()) {
                flightCv.wait(lock);
                continue;
            }
            const auto due = deadlines.top().first;
            if (due > Clock::now()) {
                flightCv.wait_until(lock, due);
                continue;
            }
            while (!deadlines.empty() && deadlines.top().first <= Clock::now()) {
                const auto it = flying.find(deadlines.top().second);
                deadlines.pop();
                if (it == flying.end()) continue;  // answered in time
                expired.push_back(it->second.task);
                flying.erase(it);
            }
            lock.unlock();
            for (Task& t : expired) {
                timedOut.fetch_add(1, std::memory_order_relaxed);
                if (config.retry.deadLetterOnTimeout(t.receives)) {
                    deadLetter(t.id);
                } else {
                    retried.fetch_add(1, std::memory_order_relaxed);
                    t.holdsSlot = false;  // beyond the bound, so the watchdog never blocks on it
                    queue.enqueue(t);
                }
            }
            expired.clear();
            lock.lock();
        }
    }

    void run(std::uint32_t w) {
        Random random(config.seed + w);
        Lanes::Token token(queue);
        std::priority_queue<Delayed, std::vector<Delayed>, std::greater<>> timers;
        Task batch[bulk];
        const bool visibility = config.visibilityTimeout > 0;
        auto attempt = [&](Task task) {
            ++task.receives;
            attempts.fetch_add(1, std::memory_order_relaxed);
            const std::uint64_t receipt = visibility ? startDelivery(task) : 0;
            bool ok = false;
            try {
                ok = handler(task.id, task.receives);
            } catch (...) {
                ok = false;  // a handler that throws has failed this attempt
            }
            if (visibility && !endDelivery(receipt)) {
                lateAcks.fetch_add(1, std::memory_order_relaxed);  // taken back already: refused
                return;
            }
            if (ok) {
                completed.fetch_add(1, std::memory_order_relaxed);
                finishOne();
                return;
            }
            const std::int64_t previous = task.previousSleep > 0 ? task.previousSleep : config.retry.backoff.base;
            const RetryDecision d = config.retry.afterFailure(task.receives, previous, random);
            if (d.deadLetter) {
                deadLetter(task.id);
                return;
            }
            retried.fetch_add(1, std::memory_order_relaxed);
            task.previousSleep = d.delay;
            const auto wait = std::chrono::microseconds(
                static_cast<std::int64_t>(std::llround(static_cast<double>(d.delay) * config.timeScale)));
            timers.push({Clock::now() + wait, task});
        };
        for (;;) {
            // Retries that are due first: they have waited longest.
            while (!timers.empty() && timers.top().due <= Clock::now()) {
                const Task t = timers.top().task;
                timers.pop();
                attempt(t);
            }
            std::int64_t waitUs = 1000;  // also how soon a stop is noticed
            if (!timers.empty())
                waitUs = std::clamp<std::int64_t>(
                    std::chrono::duration_cast<std::chrono::microseconds>(timers.top().due - Clock::now()).count(), 0,
                    waitUs);
            const std::size_t n = queue.dequeue(token, batch, bulk, waitUs);
            int slots = 0;
            for (std::size_t i = 0; i < n; ++i) slots += batch[i].holdsSlot ? 1 : 0;
            if (slots > 0) freeSlots.signal(slots);
            for (std::size_t i = 0; i < n; ++i) attempt(batch[i]);
            if (n == 0 && timers.empty() && stopping.load(std::memory_order_acquire)) return;
        }
    }
};

JobExecutor::JobExecutor(ExecutorConfig config, Handler handler) {
    if (config.workers == 0) throw std::invalid_argument("JobExecutor: at least one worker");
    if (config.capacity == 0) throw std::invalid_argument("JobExecutor: the capacity must be positive");
    if (config.retry.maxReceives < minReceives || config.retry.maxReceives > maxReceivesLimit)
        throw std::invalid_argument("JobExecutor: maxReceives must be between 1 and 1000");
    if (!(config.timeScale >= 0)) throw std::invalid_argument("JobExecutor: the time scale must not be negative");
    if (config.priorities < 1 || config.priorities > 16)
        throw std::invalid_argument("JobExecutor: priorities must be between 1 and 16");
    if (config.visibilityTimeout < 0)
        throw std::invalid_argument("JobExecutor: the visibility timeout must not be negative");
    state_ = std::make_unique<State>(std::move(config), std::move(handler));
    if (state_->config.visibilityTimeout > 0) state_->watchdog = std::thread([s = state_.get()] { s->watch(); });
    for (std::uint32_t w = 0; w < state_->config.workers; ++w)
        state_->threads.emplace_back([s = state_.get(), w] { s->run(w); });
}

JobExecutor::~JobExecutor() {
    drain();
    state_->stopping.store(true, std::memory_order_release);
    for (auto& t : state_->threads) t.join();
    if (state_->watchdog.joinable()) {
        {
            std::lock_guard lock(state_->flightMutex);
            state_->stopWatchdog = true;
        }
        state_->flightCv.notify_all();
        state_->watchdog.join();
    }
}

void JobExecutor::submit(std::uint64_t id, std::uint32_t priority) {
    State& s = *state_;
    if (priority >= s.config.priorities)
        throw std::invalid_argument("JobExecutor: priority " + std::to_string(priority) + " is not below the " +
                                    std::to_string(s.config.priorities) + " lanes");
    s.freeSlots.wait();
    s.outstanding.fetch_add(1, std::memory_order_acq_rel);
    s.submitted.fetch_add(1, std::memory_order_relaxed);
    s.queue.enqueue(Task{id, 0, priority, 0, true});
}

void JobExecutor::drain() {
    State& s = *state_;
    std::unique_lock lock(s.doneMutex);
    s.doneCv.wait(lock, [&] { return s.outstanding.load(std::memory_order_acquire) == 0; });
}

ExecutorStats JobExecutor::stats() const {
    const State& s = *state_;
    return {s.submitted.load(), s.completed.load(), s.retried.load(), s.dead.load(),
            s.attempts.load(), s.timedOut.load(), s.lateAcks.load()};
}

std::vector<std::uint64_t> JobExecutor::deadLetters() const {
    std::lock_guard lock(state_->deadMutex);
    return state_->deadLetters;
}

}  // namespace stepwise::queue
