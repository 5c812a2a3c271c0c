#include "core/trace/Timeline.h"

#include <gtest/gtest.h>

#include <variant>

#include "core/trace/Random.h"

namespace stepwise::trace {
namespace {

// A toy area: an array of counters; events add to one counter or swap two.
struct Add { int index; int delta; };
struct Swap { int a; int b; };
struct CounterArea {
    using State = std::vector<int>;
    using Event = std::variant<Add, Swap>;
    static void apply(State& s, const Event& e, const Trace<Event>&) {
        if (auto* x = std::get_if<Add>(&e)) s[x->index] += x->delta;
        else { auto* y = std::get_if<Swap>(&e); std::swap(s[y->a], s[y->b]); }
    }
    static void revert(State& s, const Event& e, const Trace<Event>&) {
        if (auto* x = std::get_if<Add>(&e)) s[x->index] -= x->delta;
        else { auto* y = std::get_if<Swap>(&e); std::swap(s[y->a], s[y->b]); }
    }
};

Trace<CounterArea::Event> randomTrace(std::uint64_t seed, int length) {
    Random r(seed);
    RecordingTracer<CounterArea::Event> tracer;
    for (int i = 0; i < length; ++i) {
        if (r.chance(0.5)) tracer.emit(Add{static_cast<int>(r.below(8)), static_cast<int>(r.between(-5, 5))});
        else tracer.emit(Swap{static_cast<int>(r.below(8)), static_cast<int>(r.below(8))});
    }
    return tracer.take();
}

}  // namespace

TEST(Timeline, SeekEqualsSingleStepsAndBackRestoresStart) {
    for (std::uint64_t seed = 0; seed < 50; ++seed) {
        const std::vector<int> start(8, 0);
        Timeline<CounterArea> stepped(start, randomTrace(seed, 200));
        Timeline<CounterArea> sought(start, randomTrace(seed, 200));
        Random r(seed);
        for (int probe = 0; probe < 20; ++probe) {
            const auto k = r.below(201);
            sought.seek(k);
            while (stepped.step() < k) stepped.forward();
            while (stepped.step() > k) stepped.back();
            ASSERT_EQ(sought.state(), stepped.state()) << "seed " << seed << " step " << k;
        }
        sought.seek(sought.stepCount());
        EXPECT_TRUE(sought.atEnd());
        sought.seek(0);
        EXPECT_EQ(sought.state(), start);
    }
}

TEST(Timeline, ForwardAndBackStopAtTheEnds) {
    Timeline<CounterArea> t(std::vector<int>(8, 0), randomTrace(3, 2));
    EXPECT_FALSE(t.back());
    EXPECT_TRUE(t.forward());
    EXPECT_TRUE(t.forward());
    EXPECT_FALSE(t.forward());
    t.seek(1000);
    EXPECT_EQ(t.step(), 2u);
}

TEST(RecordingTracer, StopsAtItsLimitAndSaysSo) {
    RecordingTracer<CounterArea::Event> tracer(3);
    for (int i = 0; i < 5; ++i) tracer.emit(Add{0, 1});
    EXPECT_TRUE(tracer.truncated());
    EXPECT_EQ(tracer.trace().size(), 3u);
}

}  // namespace stepwise::trace
