#include <gtest/gtest.h>

#include <filesystem>

TEST(Cli, BinaryIsBuilt) { EXPECT_TRUE(std::filesystem::exists(STEPWISE_CLI)); }
