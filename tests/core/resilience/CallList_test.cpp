// The call list and duration readers: what they accept, and a message naming the item for the rest.
#include <gtest/gtest.h>

#include "core/common/InputError.h"
#include "core/resilience/CallList.h"

namespace stepwise::resilience {
namespace {

TEST(CallList, ReadsCallsDurationsAdvancesAndTransitions) {
    const auto t = parseCallList("S, F,S/1500ms,F/20ms,+6s,+250ms,!forced-open,!reset,s,f/2s");
    ASSERT_EQ(t.size(), 10u);
    EXPECT_EQ(t[0].kind, CallToken::Kind::Call);
    EXPECT_FALSE(t[0].failed);
    EXPECT_TRUE(t[1].failed);
    EXPECT_EQ(t[2].duration, 1500 * millisecond);
    EXPECT_EQ(t[3].duration, 20 * millisecond);
    EXPECT_TRUE(t[3].failed);
    EXPECT_EQ(t[4].kind, CallToken::Kind::Advance);
    EXPECT_EQ(t[4].duration, 6 * second);
    EXPECT_EQ(t[5].duration, 250 * millisecond);
    EXPECT_EQ(t[6].kind, CallToken::Kind::Transition);
    EXPECT_EQ(t[6].target, BreakerState::ForcedOpen);
    EXPECT_EQ(t[7].kind, CallToken::Kind::Reset);
    EXPECT_EQ(t[9].duration, 2 * second);
}

TEST(CallList, WritesTokensBackAsTyped) {
    for (const char* text : {"S", "F", "S/1500ms", "F/2s", "+6s", "+250ms", "+2min", "+3h", "!forced-open", "!metrics-only", "!reset"})
        EXPECT_EQ(tokenText(parseCallList(text).front()), text);
}

TEST(CallList, EmptyTextIsNoCalls) {
    EXPECT_TRUE(parseCallList("").empty());
    EXPECT_TRUE(parseCallList("  ").empty());
}

TEST(CallList, MalformedItemsNameTheirPositionAndWhatWasExpected) {
    struct Case {
        const char* text;
        const char* item;
    };
    for (const Case c : {Case{"S,,F", "item 2"}, Case{"X", "item 1 'X'"}, Case{"S,S/abc", "item 2 'S/abc'"},
                         Case{"+", "item 1 '+'"}, Case{"+5x", "item 1 '+5x'"}, Case{"S,!sideways", "item 2"},
                         Case{"S/-5ms", "item 1"}, Case{"SS", "item 1 'SS'"}, Case{"F/", "item 1"},
                         Case{"+99999999999999h", "item 1"}, Case{"S,", "item 2"}}) {
        try {
            (void)parseCallList(c.text);
            ADD_FAILURE() << c.text << " was accepted";
        } catch (const InputError& e) {
            const std::string m = e.what();
            EXPECT_NE(m.find("--calls"), std::string::npos) << m;
            EXPECT_NE(m.find(c.item), std::string::npos) << c.text << ": " << m;
            EXPECT_NE(m.find("expected S, F"), std::string::npos) << m;
        }
    }
}

TEST(CallList, TooManyItemsAreRefusedWithTheLimit) {
    std::string text = "S";
    for (std::size_t i = 0; i < maxCallTokens; ++i) text += ",S";
    EXPECT_THROW((void)parseCallList(text), InputError);
}

TEST(Duration, UnitsAndBareMilliseconds) {
    EXPECT_EQ(parseDuration("5s"), 5 * second);
    EXPECT_EQ(parseDuration("1500ms"), 1500 * millisecond);
    EXPECT_EQ(parseDuration("250us"), 250);
    EXPECT_EQ(parseDuration("2m"), 120 * second);
    EXPECT_EQ(parseDuration("1h"), 3600 * second);
    EXPECT_EQ(parseDuration("1500"), 1500 * millisecond);
    EXPECT_EQ(parseDuration(" 7 s "), 7 * second);
    EXPECT_FALSE(parseDuration("-5s"));
    EXPECT_FALSE(parseDuration("5 parsecs"));
    EXPECT_FALSE(parseDuration(""));
    EXPECT_FALSE(parseDuration("ms"));
}

}  // namespace
}  // namespace stepwise::resilience
