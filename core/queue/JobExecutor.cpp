#include "core/queue/JobExecutor.h"

#include <concurrentqueue/blockingconcurrentqueue.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <queue>
#include <stdexcept>
#include <thread>

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
    std::int64_t previousSleep = 0;
};

struct Delayed {
    Clock::time_point due;
    Task task;
    bool operator>(const Delayed& o) const { return due > o.due; }
};

constexpr std::size_t bulk = 64;  // jobs a worker takes from the queue at once

#ifdef STEPWISE_EXECUTOR_MUTEX_QUEUE
/// The part of BlockingConcurrentQueue the executor uses, with a mutex (TSan builds only).
template <class T>
class MutexQueue {
  public:
    struct Token {
        explicit Token(MutexQueue&) {}
    };
    explicit MutexQueue(std::size_t) {}
    void enqueue(T item) {
        {
            std::lock_guard lock(mutex_);
            items_.push_back(item);
        }
        ready_.notify_one();
    }
    std::size_t wait_dequeue_bulk_timed(Token&, T* out, std::size_t max, std::int64_t timeoutUs) {
        std::unique_lock lock(mutex_);
        if (!ready_.wait_for(lock, std::chrono::microseconds(timeoutUs), [&] { return !items_.empty(); })) return 0;
        std::size_t n = 0;
        for (; n < max && !items_.empty(); ++n) {
            out[n] = items_.front();
            items_.pop_front();
        }
        return n;
    }

  private:
    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<T> items_;
};
using TaskQueue = MutexQueue<Task>;
using TaskToken = TaskQueue::Token;
#else
using TaskQueue = moodycamel::BlockingConcurrentQueue<Task>;
using TaskToken = moodycamel::ConsumerToken;
#endif

}  // namespace

struct JobExecutor::State {
    ExecutorConfig config;
    Handler handler;
    TaskQueue queue;
    moodycamel::LightweightSemaphore freeSlots;
    std::atomic<std::uint64_t> submitted{0}, completed{0}, retried{0}, dead{0}, attempts{0};
    std::atomic<std::uint64_t> outstanding{0};
    std::atomic<bool> stopping{false};
    std::mutex doneMutex;
    std::condition_variable doneCv;
    mutable std::mutex deadMutex;
    std::vector<std::uint64_t> deadLetters;
    std::vector<std::thread> threads;

    State(ExecutorConfig c, Handler h)
        : config(std::move(c)),
          handler(std::move(h)),
          queue(config.capacity),
          freeSlots(static_cast<moodycamel::LightweightSemaphore::ssize_t>(config.capacity)) {}

    void finishOne() {
        if (outstanding.fetch_sub(1, std::memory_order_acq_rel) == 1) {
            std::lock_guard lock(doneMutex);  // pairs with drain()'s wait: no lost wake-up
            doneCv.notify_all();
        }
    }

    void run(std::uint32_t w) {
        Random random(config.seed + w);
        TaskToken token(queue);
        std::priority_queue<Delayed, std::vector<Delayed>, std::greater<>> timers;
        Task batch[bulk];
        auto attempt = [&](Task task) {
            ++task.receives;
            attempts.fetch_add(1, std::memory_order_relaxed);
            bool ok = false;
            try {
                ok = handler(task.id, task.receives);
            } catch (...) {
                ok = false;  // a handler that throws has failed this attempt
            }
            if (ok) {
                completed.fetch_add(1, std::memory_order_relaxed);
                finishOne();
                return;
            }
            const std::int64_t previous = task.previousSleep > 0 ? task.previousSleep : config.retry.backoff.base;
            const RetryDecision d = config.retry.afterFailure(task.receives, previous, random);
            if (d.deadLetter) {
                {
                    std::lock_guard lock(deadMutex);
                    deadLetters.push_back(task.id);
                }
                dead.fetch_add(1, std::memory_order_relaxed);
                finishOne();
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
            const std::size_t n = queue.wait_dequeue_bulk_timed(token, batch, bulk, waitUs);
            if (n > 0) freeSlots.signal(static_cast<int>(n));
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
    state_ = std::make_unique<State>(std::move(config), std::move(handler));
    for (std::uint32_t w = 0; w < state_->config.workers; ++w)
        state_->threads.emplace_back([s = state_.get(), w] { s->run(w); });
}

JobExecutor::~JobExecutor() {
    drain();
    state_->stopping.store(true, std::memory_order_release);
    for (auto& t : state_->threads) t.join();
}

void JobExecutor::submit(std::uint64_t id) {
    State& s = *state_;
    s.freeSlots.wait();
    s.outstanding.fetch_add(1, std::memory_order_acq_rel);
    s.submitted.fetch_add(1, std::memory_order_relaxed);
    s.queue.enqueue(Task{id, 0, 0});
}

void JobExecutor::drain() {
    State& s = *state_;
    std::unique_lock lock(s.doneMutex);
    s.doneCv.wait(lock, [&] { return s.outstanding.load(std::memory_order_acquire) == 0; });
}

ExecutorStats JobExecutor::stats() const {
    const State& s = *state_;
    return {s.submitted.load(), s.completed.load(), s.retried.load(), s.dead.load(), s.attempts.load()};
}

std::vector<std::uint64_t> JobExecutor::deadLetters() const {
    std::lock_guard lock(state_->deadMutex);
    return state_->deadLetters;
}

}  // namespace stepwise::queue
