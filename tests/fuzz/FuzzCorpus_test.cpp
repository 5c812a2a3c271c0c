// Replays every input in tests/fuzz/corpus/<target>/ (the seeds, and every crash or hang a fuzzer
// found, kept under its own name) through the same entry functions the libFuzzer targets call: a
// defect found once stays fixed, in the normal suite, built with g++.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/fuzz/FuzzTargets.h"
#include "TestPaths.h"

namespace stepwise::fuzz {
namespace {

namespace fs = std::filesystem;

std::string bytesOf(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST(FuzzCorpus, EveryTargetHasASeedCorpus) {
    for (const auto& target : targets()) {
        const fs::path dir = fs::path(STEPWISE_SOURCE_DIR) / "tests/fuzz/corpus" / target.name;
        ASSERT_TRUE(fs::is_directory(dir)) << dir;
        EXPECT_FALSE(fs::is_empty(dir)) << dir;
    }
}

TEST(FuzzCorpus, EveryInputRunsToAnAnswerOrAnInputError) {
    std::size_t replayed = 0;
    for (const auto& target : targets()) {
        const fs::path dir = fs::path(STEPWISE_SOURCE_DIR) / "tests/fuzz/corpus" / target.name;
        for (const auto& entry : fs::directory_iterator(dir)) {
            const std::string bytes = bytesOf(entry.path());
            SCOPED_TRACE(entry.path().string());
            // Anything but an InputError escapes the entry function and fails here.
            EXPECT_NO_THROW(target.run(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
            ++replayed;
        }
    }
    EXPECT_GT(replayed, 0u);
}

TEST(FuzzCorpus, EmptyAndOddInputsAreFine) {
    const std::string odd[] = {"", "\n", std::string(1, '\0'), "\xff\xfe", "#", "@", "--", "{", "\""};
    for (const auto& target : targets())
        for (const auto& bytes : odd)
            EXPECT_NO_THROW(target.run(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()))
                << target.name;
}

}  // namespace
}  // namespace stepwise::fuzz
