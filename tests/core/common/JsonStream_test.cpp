// JsonWriter must print exactly what nlohmann's dump(2, ' ', false, replace) prints: the CLI's
// --json output goes through it, and today's documents must not change by a byte.
#include "core/common/JsonStream.h"

#include <gtest/gtest.h>

#include <random>
#include <sstream>

namespace stepwise {
namespace {

using nlohmann::json;

std::string written(const json& value) {
    std::ostringstream out;
    {
        JsonWriter writer(out);
        writer.value(value);
    }
    return out.str();
}

std::string dumped(const json& value) {
    return value.dump(2, ' ', false, json::error_handler_t::replace);
}

json randomValue(std::mt19937& random, int depth) {
    const int kind = static_cast<int>(random() % (depth > 3 ? 6 : 8));
    switch (kind) {
        case 0:
            return nullptr;
        case 1:
            return random() % 2 == 0;
        case 2:
            return static_cast<std::int64_t>(random()) - (1LL << 31);
        case 3:
            return static_cast<double>(random() % 100000) / 7.0;
        case 4:
            return static_cast<std::uint64_t>(random()) << 20;
        case 5: {
            // Plain ASCII, escapes, control characters, UTF-8 and invalid bytes.
            static const std::vector<std::string> pieces = {
                "a", "Harbor", "\"", "\\", "\n", "\t", "\x01", "→", "∞", "\xff", "\xc3", "/", " ", "\x7f"};
            std::string s;
            for (int i = static_cast<int>(random() % 5); i > 0; --i) s += pieces[random() % pieces.size()];
            return s;
        }
        case 6: {
            json a = json::array();
            for (int i = static_cast<int>(random() % 4); i > 0; --i)
                a.push_back(randomValue(random, depth + 1));
            return a;
        }
        default: {
            json o = json::object();
            for (int i = static_cast<int>(random() % 4); i > 0; --i)
                o["k" + std::to_string(random() % 20) + (random() % 3 == 0 ? "→" : "")] =
                    randomValue(random, depth + 1);
            return o;
        }
    }
}

TEST(JsonWriter, PrintsWhatNlohmannDumpPrintsForRandomDocuments) {
    std::mt19937 random(12);
    for (int i = 0; i < 2000; ++i) {
        const json value = randomValue(random, 0);
        ASSERT_EQ(written(value), dumped(value)) << dumped(value);
    }
}

TEST(JsonWriter, EmptyContainersAndNestingMatch) {
    const json value = {{"a", json::object()}, {"b", json::array()}, {"c", {{"d", {1, 2, json::array()}}}}};
    EXPECT_EQ(written(value), dumped(value));
}

TEST(JsonWriter, CallsInOrderGiveAnOrderedDocument) {
    std::ostringstream out;
    {
        JsonWriter w(out);
        w.beginObject();
        w.key("step");
        w.unsignedInteger(3);
        w.key("line");
        w.integer(-1);
        w.key("text");
        w.string("a→b");
        w.endObject();
    }
    nlohmann::ordered_json expected;
    expected["step"] = 3;
    expected["line"] = -1;
    expected["text"] = "a→b";
    EXPECT_EQ(out.str(), expected.dump(2));
}

TEST(JsonBuilder, BuildsTheValueTheCallsDescribe) {
    std::mt19937 random(5);
    for (int i = 0; i < 500; ++i) {
        const json value = randomValue(random, 0);
        JsonBuilder builder;
        builder.JsonSink::value(value);
        ASSERT_EQ(builder.take(), value);
    }
}

}  // namespace
}  // namespace stepwise
