// Workload generators against their theoretical distributions, determinism from the seed, and every
// malformed workload string and trace file.
#include "core/sim/Workload.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "core/common/InputError.h"
#include "core/sim/ZipfGenerator.h"

namespace stepwise::sim {
namespace {

/// Pearson's chi-square statistic of observed counts against expected probabilities, and the number
/// of cells it used: cells expecting fewer than 5 samples are pooled (the usual validity rule), so a
/// steep Zipf's long tail becomes one cell.
std::pair<double, std::size_t> chiSquare(const std::vector<std::uint64_t>& observed,
                                         const std::vector<double>& p, double total) {
    double chi = 0.0, pooledObserved = 0.0, pooledExpected = 0.0;
    std::size_t cells = 0;
    auto add = [&](double o, double e) {
        chi += (o - e) * (o - e) / e;
        ++cells;
    };
    for (std::size_t i = 0; i < observed.size(); ++i) {
        const double expected = p[i] * total;
        if (expected < 5.0) {
            pooledObserved += static_cast<double>(observed[i]);
            pooledExpected += expected;
        } else {
            add(static_cast<double>(observed[i]), expected);
        }
    }
    if (pooledExpected > 0.0) add(pooledObserved, pooledExpected);
    return {chi, cells};
}

/// A generous but failable bound: the mean of chi-square plus six of its standard deviations.
bool chiSquareFits(const std::pair<double, std::size_t>& result) {
    const double df = static_cast<double>(result.second - 1);
    const bool fits = result.first < df + 6.0 * std::sqrt(2.0 * df);
    if (!fits) ADD_FAILURE() << "chi-square " << result.first << " over " << df << " degrees of freedom";
    return fits;
}

std::vector<double> zipfProbabilities(std::uint64_t n, double s) {
    std::vector<double> p(n);
    double sum = 0.0;
    for (std::uint64_t k = 1; k <= n; ++k) sum += p[k - 1] = std::pow(static_cast<double>(k), -s);
    for (auto& x : p) x /= sum;
    return p;
}

std::vector<std::uint64_t> histogram(const std::vector<std::uint64_t>& keys, std::uint64_t n) {
    std::vector<std::uint64_t> counts(n, 0);
    for (auto k : keys) {
        EXPECT_LT(k, n);
        if (k < n) ++counts[k];
    }
    return counts;
}

Workload zipf(double s, std::uint64_t n) {
    Workload w;
    w.kind = WorkloadKind::Zipf;
    w.zipfS = s;
    w.keys = n;
    return w;
}

TEST(Workload, ZipfFrequenciesMatchTheTheoreticalDistribution) {
    const std::size_t samples = 1'000'000;
    for (double s : {0.0, 0.5, 0.99, 1.0, 1.5, 3.0}) {
        for (std::uint64_t n : {2ULL, 10ULL, 100ULL, 1000ULL}) {
            const auto keys = generateKeys(zipf(s, n), samples, 17);
            EXPECT_TRUE(chiSquareFits(chiSquare(histogram(keys, n), zipfProbabilities(n, s), samples)))
                << "s " << s << ", n " << n;
        }
    }
}

TEST(Workload, ZipfChiSquareTellsNearbyExponentsApart) {
    // The check above would catch a generator off by 0.02 in the exponent.
    const auto keys = generateKeys(zipf(0.97, 100), 1'000'000, 17);
    const auto result = chiSquare(histogram(keys, 100), zipfProbabilities(100, 0.99), 1e6);
    EXPECT_GT(result.first, 99 + 6 * std::sqrt(2 * 99.0));
}

TEST(Workload, ZipfOverAMillionKeysHasTheExpectedHeadFrequencies) {
    const std::uint64_t n = 1'000'000;
    const double s = 0.99;
    const std::size_t samples = 2'000'000;
    const auto keys = generateKeys(zipf(s, n), samples, 5);
    double harmonic = 0.0;
    for (std::uint64_t k = n; k >= 1; --k) harmonic += std::pow(static_cast<double>(k), -s);
    std::vector<std::uint64_t> head(20, 0);
    std::uint64_t tail = 0;  // keys in the lower half of the ranks
    for (auto k : keys) {
        ASSERT_LT(k, n);
        if (k < head.size()) ++head[k];
        if (k >= n / 2) ++tail;
    }
    for (std::uint64_t k = 0; k < head.size(); ++k) {
        const double p = std::pow(static_cast<double>(k + 1), -s) / harmonic;
        const double sigma = std::sqrt(samples * p * (1 - p));
        EXPECT_NEAR(static_cast<double>(head[k]), samples * p, 5 * sigma) << "rank " << k + 1;
    }
    double pTail = 0.0;
    for (std::uint64_t k = n / 2 + 1; k <= n; ++k) pTail += std::pow(static_cast<double>(k), -s);
    pTail /= harmonic;
    EXPECT_NEAR(static_cast<double>(tail), samples * pTail, 5 * std::sqrt(samples * pTail));
}

TEST(Workload, UniformKeysAreEquallyLikely) {
    Workload w;
    w.kind = WorkloadKind::Uniform;
    w.keys = 50;
    const auto keys = generateKeys(w, 500'000, 3);
    EXPECT_TRUE(chiSquareFits(chiSquare(histogram(keys, 50), std::vector<double>(50, 1.0 / 50), 500'000)));
}

TEST(Workload, ScanVisitsEveryKeyInOrderAndWraps) {
    const auto keys = generateKeys(parseWorkload("scan:4"), 10, 1);
    EXPECT_EQ(keys, (std::vector<std::uint64_t>{0, 1, 2, 3, 0, 1, 2, 3, 0, 1}));
}

TEST(Workload, BurstsAlternateTheHotSetWithAScanOfTheColdKeys) {
    const Workload w = parseWorkload("burst:20:3:7");
    const auto keys = generateKeys(w, 100, 9);
    std::uint64_t cold = 0;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if ((i / 7) % 2 == 0) {
            EXPECT_LT(keys[i], 3u) << i;
        } else {
            EXPECT_EQ(keys[i], 3 + cold % 17) << i;
            ++cold;
        }
    }
}

TEST(Workload, TheSameSeedGivesTheSameKeysAndAnotherSeedOthers) {
    for (const char* text : {"uniform:1000", "zipf:0.99:1000", "burst:1000:10:50", "zipf:0:7"}) {
        const Workload w = parseWorkload(text);
        EXPECT_EQ(generateKeys(w, 5000, 11), generateKeys(w, 5000, 11)) << text;
        EXPECT_NE(generateKeys(w, 5000, 11), generateKeys(w, 5000, 12)) << text;
    }
}

TEST(Workload, DescribeGivesBackTheSyntax) {
    for (const char* text : {"uniform:1000", "zipf:0.99:1000", "zipf:1:5", "scan:7", "burst:100:10:50"}) {
        const Workload w = parseWorkload(text);
        EXPECT_EQ(describe(w), text);
        EXPECT_EQ(generateKeys(parseWorkload(describe(w)), 1000, 4), generateKeys(w, 1000, 4));
    }
    EXPECT_EQ(parseWorkload(" zipf:1.2:30 ").zipfS, 1.2);
}

void expectWorkloadError(const std::string& text, const std::string& mentions) {
    try {
        parseWorkload(text);
        ADD_FAILURE() << "'" << text << "' was accepted";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find(mentions), std::string::npos) << e.what();
    }
}

TEST(Workload, MalformedWorkloadsAreRejectedWithTheReason) {
    expectWorkloadError("", "known: uniform, zipf, scan, burst, trace");
    expectWorkloadError("gauss:10",
                        "unknown workload kind 'gauss' (known: uniform, zipf, scan, burst, trace");
    expectWorkloadError("zipf", "expected zipf:S:N");
    expectWorkloadError("zipf:0.99", "expected zipf:S:N");
    expectWorkloadError("zipf:0.99:10:3", "got 3");
    expectWorkloadError("zipf:abc:10", "S (the Zipf exponent) must be a number, got 'abc'");
    expectWorkloadError("zipf:nan:10", "must be a number");
    expectWorkloadError("zipf:inf:10", "must be a number");
    expectWorkloadError("zipf:-1:10", "between 0 and 10");
    expectWorkloadError("zipf:0.99:0", "N must be at least 1");
    expectWorkloadError("zipf:0.99:1e3", "N (the number of keys) must be a whole number, got '1e3'");
    expectWorkloadError("uniform:-5", "must be a whole number, got '-5'");
    expectWorkloadError("uniform:", "must be a whole number, got ''");
    expectWorkloadError("uniform:99999999999999999999", "must be a whole number");
    expectWorkloadError("scan:10:3", "expected scan:N");
    expectWorkloadError("burst:10:10:5", "HOT must be at least 1 and less than N");
    expectWorkloadError("burst:10:0:5", "HOT must be at least 1");
    expectWorkloadError("burst:10:2:0", "LEN must be at least 1");
    expectWorkloadError("burst:10:2", "expected burst:N:HOT:LEN");
    expectWorkloadError("trace:", "expected trace:PATH");
    expectWorkloadError("trace:/nonexistent/keys.txt", "/nonexistent/keys.txt: cannot open the trace file");
}

void expectTraceError(const std::string& text, int line, const std::string& mentions) {
    try {
        parseKeyTrace(text, "keys.txt");
        ADD_FAILURE() << "accepted: " << text;
    } catch (const InputError& e) {
        EXPECT_EQ(e.file(), "keys.txt");
        EXPECT_EQ(e.line(), line) << text;
        EXPECT_NE(e.message().find(mentions), std::string::npos) << e.message();
    }
}

TEST(KeyTrace, ReadsOneKeyPerLineSkippingCommentsAndBlankLines) {
    const std::string text = "\xEF\xBB\xBF# a trace\n3\r\n  17  \n\n# more\n18446744073709551615\n3";
    EXPECT_EQ(parseKeyTrace(text, "t"), (std::vector<std::uint64_t>{3, 17, 18446744073709551615ULL, 3}));
}

TEST(KeyTrace, AMalformedLineIsReportedWithFileAndLine) {
    expectTraceError("1\n2\nx\n", 3, "got 'x'");
    expectTraceError("1\n12a\n", 2, "got '12a'");
    expectTraceError("-1\n", 1, "got '-1'");
    expectTraceError("1 2\n", 1, "got '1 2'");
    expectTraceError("0x10\n", 1, "got '0x10'");
    expectTraceError("# c\n\n18446744073709551616\n", 3, "below 2^64");
    expectTraceError("1.5", 1, "got '1.5'");
    expectTraceError("", 0, "no keys");
    expectTraceError("# only a comment\n\n", 0, "no keys");
}

TEST(KeyTrace, ATraceWorkloadReplaysTheFileAndWraps) {
    const std::string path = ::testing::TempDir() + "stepwise_sim_trace.txt";
    {
        std::ofstream out(path);
        out << "5\n# comment\n9\n5\n";
    }
    const Workload w = parseWorkload("trace:" + path);
    EXPECT_EQ(w.traceFile, path);
    EXPECT_EQ(generateKeys(w, 7, 1), (std::vector<std::uint64_t>{5, 9, 5, 5, 9, 5, 5}));
    {
        std::ofstream out(path);
        out << "5\nfive\n";
    }
    try {
        parseWorkload("trace:" + path);
        ADD_FAILURE() << "a malformed trace was accepted";
    } catch (const InputError& e) {
        EXPECT_EQ(e.file(), path);
        EXPECT_EQ(e.line(), 2);
    }
    std::remove(path.c_str());
}

TEST(PoissonArrivals, GapsAreExponentialWithMeanOneOverTheRate) {
    for (double rate : {10.0, 1000.0, 20000.0}) {
        const std::size_t n = 400'000;
        const auto times = arrivalTimes(rate, n, 21);
        ASSERT_TRUE(std::is_sorted(times.begin(), times.end()));
        const double meanGap = static_cast<double>(second) / rate;
        double sum = 0.0, sumSquares = 0.0;
        Time previous = 0;
        std::size_t belowMean = 0;
        for (Time t : times) {
            const auto gap = static_cast<double>(t - previous);
            sum += gap;
            sumSquares += gap * gap;
            belowMean += gap < meanGap;
            previous = t;
        }
        const double mean = sum / n;
        const double sd = std::sqrt(sumSquares / n - mean * mean);
        // Standard error of the mean is meanGap / sqrt(n) = 0.16 % of it; rounding adds < 1 µs.
        EXPECT_NEAR(mean, meanGap, 0.01 * meanGap + 1.0) << rate;
        EXPECT_NEAR(sd, meanGap, 0.02 * meanGap + 1.0) << rate;  // exponential: sd = mean
        // P(gap < mean) = 1 − 1/e for an exponential.
        EXPECT_NEAR(static_cast<double>(belowMean) / n, 1.0 - std::exp(-1.0), 0.005) << rate;
    }
}

TEST(PoissonArrivals, ANonPositiveRateIsRejected) {
    EXPECT_THROW(PoissonArrivals(0.0), InputError);
    EXPECT_THROW(PoissonArrivals(-3.0), InputError);
    EXPECT_THROW(PoissonArrivals(std::nan("")), InputError);
}

}  // namespace
}  // namespace stepwise::sim
