// The configuration readers: Resilience4j's names in JSON, the Spring YAML layout, and one clear
// message, with the file and line, for each kind of bad input.
#include <gtest/gtest.h>

#include "core/common/InputError.h"
#include "core/resilience/BreakerConfigReader.h"

namespace stepwise::resilience {
namespace {

/// The InputError `text` raises: its line and message. Fails the test when it reads fine.
InputError failure(const std::string& text, const std::string& instance = {}) {
    try {
        (void)readBreakerConfig(text, "conf", instance);
    } catch (const InputError& e) {
        EXPECT_EQ(e.file(), "conf");
        return e;
    }
    ADD_FAILURE() << "accepted:\n" << text;
    return InputError("accepted");
}

TEST(BreakerConfigJson, ReadsResilience4jNamesWithDurationsAsTextOrMilliseconds) {
    const auto c = readBreakerConfig(R"({
      "failureRateThreshold": 40, "slowCallRateThreshold": 80, "slowCallDurationThreshold": "1500ms",
      "slidingWindowType": "TIME_BASED", "slidingWindowSize": 5, "minimumNumberOfCalls": 3,
      "waitDurationInOpenState": 2000, "permittedNumberOfCallsInHalfOpenState": 2,
      "maxWaitDurationInHalfOpenState": "10s", "automaticTransitionFromOpenToHalfOpenEnabled": true })",
                                     "conf")
                         .config;
    EXPECT_EQ(c.failureRateThreshold, 40);
    EXPECT_EQ(c.slowCallRateThreshold, 80);
    EXPECT_EQ(c.slowCallDurationThreshold, 1500 * millisecond);
    EXPECT_EQ(c.slidingWindowType, WindowType::TimeBased);
    EXPECT_EQ(c.slidingWindowSize, 5u);
    EXPECT_EQ(c.minimumNumberOfCalls, 3u);
    EXPECT_EQ(c.waitDurationInOpenState, 2 * second);
    EXPECT_EQ(c.permittedNumberOfCallsInHalfOpenState, 2u);
    EXPECT_EQ(c.maxWaitDurationInHalfOpenState, 10 * second);
    EXPECT_TRUE(c.automaticTransitionFromOpenToHalfOpenEnabled);
}

TEST(BreakerConfigJson, KeysLeftOutKeepTheDefaults) {
    const auto c = readBreakerConfig(R"({"slidingWindowSize": 7})", "conf").config;
    EXPECT_EQ(c.slidingWindowSize, 7u);
    EXPECT_EQ(c.minimumNumberOfCalls, 100u);
    EXPECT_EQ(c.waitDurationInOpenState, 60 * second);
}

TEST(BreakerConfigJson, MalformedJsonNamesTheLine) {
    const InputError e = failure("{\n  \"slidingWindowSize\": 4,\n}\n");
    EXPECT_EQ(e.line(), 3);
    EXPECT_NE(e.message().find("malformed JSON"), std::string::npos) << e.what();
}

TEST(BreakerConfigJson, ANumberTooLargeIsAnErrorOnItsLineNotACrash) {
    // Found by the breaker_config fuzzer: nlohmann's overflow is out_of_range, not parse_error, and
    // escaped the reader (the CLI died in std::terminate).
    const InputError e = failure("{\n  \"slidingWindowSize\": 4,\n  \"failureRateThreshold\": 5e111112\n}\n");
    EXPECT_EQ(e.line(), 3);
    EXPECT_NE(e.message().find("malformed JSON: number overflow"), std::string::npos) << e.what();
    EXPECT_NE(e.message().find("5e111112"), std::string::npos) << e.what();
}

TEST(BreakerConfigJson, UnknownKeySuggestsTheClosestKnownOne) {
    const InputError e = failure("{\n  \"slidingWindowSize\": 4,\n  \"failureRateTreshold\": 30\n}");
    EXPECT_EQ(e.line(), 3);
    EXPECT_NE(e.message().find("'failureRateTreshold'"), std::string::npos) << e.what();
    EXPECT_NE(e.message().find("did you mean 'failureRateThreshold'"), std::string::npos) << e.what();
    EXPECT_EQ(closestConfigKey("waitDurationOpen"), "waitDurationInOpenState");
    EXPECT_EQ(closestConfigKey("minimum-calls"), "minimumNumberOfCalls");
}

TEST(BreakerConfigJson, OutOfRangeValuesNameTheKeyAndLine) {
    struct Case {
        const char* text;
        const char* key;
    };
    for (const Case c : {Case{"{\n\"failureRateThreshold\": 120}", "failureRateThreshold"},
                         Case{"{\n\"failureRateThreshold\": 0}", "failureRateThreshold"},
                         Case{"{\n\"slowCallRateThreshold\": -1}", "slowCallRateThreshold"},
                         Case{"{\n\"slidingWindowSize\": 0}", "slidingWindowSize"},
                         Case{"{\n\"slidingWindowSize\": -3}", "slidingWindowSize"},
                         Case{"{\n\"minimumNumberOfCalls\": 2.5}", "minimumNumberOfCalls"},
                         Case{"{\n\"waitDurationInOpenState\": 0}", "waitDurationInOpenState"},
                         Case{"{\n\"waitDurationInOpenState\": \"-5s\"}", "waitDurationInOpenState"},
                         Case{"{\n\"slowCallDurationThreshold\": \"soon\"}", "slowCallDurationThreshold"},
                         Case{"{\n\"slidingWindowType\": \"SIDEWAYS\"}", "slidingWindowType"},
                         Case{"{\n\"automaticTransitionFromOpenToHalfOpenEnabled\": 3}", "automatic"},
                         Case{"{\n\"slidingWindowSize\": [1, 2]}", "slidingWindowSize"}}) {
        const InputError e = failure(c.text);
        EXPECT_EQ(e.line(), 2) << c.text;
        EXPECT_NE(e.message().find(c.key), std::string::npos) << c.text << ": " << e.what();
    }
}

TEST(BreakerConfigJson, ARootThatIsNoMapIsRefused) {
    EXPECT_NE(failure("[1, 2]").message().find("expected a map"), std::string::npos);
    EXPECT_NE(failure("   ").message().find("empty"), std::string::npos);
}

constexpr const char* spring = R"(resilience4j:
  circuitbreaker:
    configs:
      default:
        sliding-window-size: 20
        minimumNumberOfCalls: 10
        registerHealthIndicator: true
      strict:
        failureRateThreshold: 20
    instances:
      backendA:
        waitDurationInOpenState: 5s
      backendB:
        baseConfig: strict
        slidingWindowType: TIME_BASED
)";

TEST(BreakerConfigYaml, SpringInstancesStartFromConfigsDefaultOrTheirBaseConfig) {
    const auto a = readBreakerConfig(spring, "conf", "backendA");
    EXPECT_EQ(a.instance, "backendA");
    EXPECT_EQ(a.config.slidingWindowSize, 20u);
    EXPECT_EQ(a.config.minimumNumberOfCalls, 10u);
    EXPECT_EQ(a.config.waitDurationInOpenState, 5 * second);
    ASSERT_EQ(a.warnings.size(), 1u);
    EXPECT_NE(a.warnings[0].find("conf:7: registerHealthIndicator"), std::string::npos) << a.warnings[0];

    const auto b = readBreakerConfig(spring, "conf", "backendB");
    EXPECT_EQ(b.config.failureRateThreshold, 20);
    EXPECT_EQ(b.config.slidingWindowSize, 100u) << "baseConfig replaces configs.default";
    EXPECT_EQ(b.config.slidingWindowType, WindowType::TimeBased);
}

TEST(BreakerConfigYaml, SeveralInstancesNeedOneNamedAndAnUnknownOneIsListed) {
    const InputError several = failure(spring);
    EXPECT_NE(several.message().find("backendA, backendB"), std::string::npos) << several.what();
    EXPECT_NE(several.message().find("--instance"), std::string::npos);
    const InputError unknown = failure(spring, "backendC");
    EXPECT_NE(unknown.message().find("backendC"), std::string::npos) << unknown.what();
    EXPECT_NE(unknown.message().find("backendA"), std::string::npos) << unknown.what();
}

TEST(BreakerConfigYaml, OneInstanceIsTakenWithoutNamingIt) {
    const auto c = readBreakerConfig("resilience4j:\n  circuitbreaker:\n    instances:\n      payments:\n"
                                     "        failure-rate-threshold: 25\n",
                                     "conf");
    EXPECT_EQ(c.instance, "payments");
    EXPECT_EQ(c.config.failureRateThreshold, 25);
}

TEST(BreakerConfigYaml, AFlatMapOfNamesIsReadToo) {
    const auto c = readBreakerConfig("slidingWindowSize: 4\nwaitDurationInOpenState: 1500ms\n", "conf").config;
    EXPECT_EQ(c.slidingWindowSize, 4u);
    EXPECT_EQ(c.waitDurationInOpenState, 1500 * millisecond);
}

TEST(BreakerConfigYaml, ErrorsCarryTheirLine) {
    EXPECT_EQ(failure("slidingWindowSize: 4\nfailureRateThreshold: 101\n").line(), 2);
    const InputError unknown = failure("resilience4j:\n  circuitbreaker:\n    instances:\n      a:\n"
                                       "        slidingWindowSize: 4\n        waitDuration: 5s\n");
    EXPECT_EQ(unknown.line(), 6);
    EXPECT_NE(unknown.message().find("did you mean 'waitDurationInOpenState'"), std::string::npos) << unknown.what();
    const InputError base = failure("resilience4j:\n  circuitbreaker:\n    instances:\n      a:\n        baseConfig: nope\n");
    EXPECT_EQ(base.line(), 5);
    EXPECT_NE(base.message().find("nope"), std::string::npos);
    const InputError badKey = failure("resilience4j:\n  circuitbreaker:\n    instance:\n      a: {}\n");
    EXPECT_EQ(badKey.line(), 3);
}

TEST(BreakerConfigYaml, MalformedYamlNamesTheLine) {
    const InputError e = failure("slidingWindowSize: 4\nminimumNumberOfCalls: [1, 2\n");
    EXPECT_GE(e.line(), 2);
    EXPECT_NE(e.message().find("malformed YAML"), std::string::npos) << e.what();
    EXPECT_NE(failure("a: b: c\n").message().find("YAML"), std::string::npos);
}

}  // namespace
}  // namespace stepwise::resilience
