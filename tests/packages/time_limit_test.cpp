// The format's time-limit derivation rules, as pure functions.
#include <gtest/gtest.h>

#include "verdict/packages/time_limit.h"

namespace verdict::packages {
namespace {

struct LegacyCase {
    double slowest;
    double multiplier;
    double expected;
};

class LegacyTimeLimit : public ::testing::TestWithParam<LegacyCase> {};

TEST_P(LegacyTimeLimit, RoundsUpToWholeSeconds) {
    EXPECT_DOUBLE_EQ(legacyTimeLimit(GetParam().slowest, GetParam().multiplier),
                     GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(All, LegacyTimeLimit,
                         ::testing::Values(LegacyCase{0.2, 5, 1},  // 1.0000000000000002 is 1
                                           LegacyCase{0.21, 5, 2}, LegacyCase{0.6, 5, 3},
                                           LegacyCase{1.0, 5, 5}, LegacyCase{0.0, 5, 1},
                                           LegacyCase{0.35, 2, 1}, LegacyCase{2.01, 3, 7}));

TEST(LegacyTimeLimit, SafetyMargin) {
    EXPECT_TRUE(legacyTleIsSafe(4.1, 2, 2));
    EXPECT_FALSE(legacyTleIsSafe(4.0, 2, 2));
}

struct ModernCase {
    double slowestAc;
    std::optional<double> fastestTle;
    double resolution;
    std::optional<double> expected;  // nullopt: no time limit fits
};

class DerivedTimeLimit2025 : public ::testing::TestWithParam<ModernCase> {};

TEST_P(DerivedTimeLimit2025, SmallestMultipleThatFits) {
    Limits limits;
    limits.timeResolution = GetParam().resolution;
    const DerivedTimeLimit result =
        derivedTimeLimit(GetParam().slowestAc, GetParam().fastestTle, limits);
    if (GetParam().expected) {
        ASSERT_TRUE(result.timeLimit.has_value()) << result.error;
        EXPECT_DOUBLE_EQ(*result.timeLimit, *GetParam().expected);
        EXPECT_TRUE(result.error.empty());
    } else {
        EXPECT_FALSE(result.timeLimit.has_value());
        EXPECT_NE(result.error.find("no time limit fits"), std::string::npos);
    }
}

INSTANTIATE_TEST_SUITE_P(
    All, DerivedTimeLimit2025,
    ::testing::Values(ModernCase{0.4, std::nullopt, 1.0, 1.0},  // 0.8 -> 1
                      ModernCase{0.5, std::nullopt, 1.0, 1.0},  // exactly 1
                      ModernCase{0.51, std::nullopt, 1.0, 2.0},
                      ModernCase{0.3, std::nullopt, 0.1, 0.6},
                      ModernCase{0.0, std::nullopt, 0.5, 0.5},  // at least one step
                      ModernCase{1.0, 3.0, 1.0, 2.0},           // 2 × 1.5 = 3 ≤ 3
                      ModernCase{1.0, 2.9, 1.0, std::nullopt},  // 3 > 2.9
                      ModernCase{1.2, 4.0, 1.0, std::nullopt},  // TL 3, 4.5 > 4
                      ModernCase{1.2, 4.0, 0.1, 2.4}));

TEST(DerivedTimeLimit2025, UsesTheProblemsMultipliers) {
    Limits limits;
    limits.acToTimeLimit = 3;
    limits.timeLimitToTle = 2;
    const DerivedTimeLimit result = derivedTimeLimit(1.0, 6.0, limits);
    ASSERT_TRUE(result.timeLimit.has_value());
    EXPECT_DOUBLE_EQ(*result.timeLimit, 3.0);
    EXPECT_FALSE(derivedTimeLimit(1.0, 5.9, limits).timeLimit.has_value());
}

TEST(DerivedTimeLimit2025, MultipleOf) {
    EXPECT_TRUE(isMultipleOf(1.5, 0.5));
    EXPECT_TRUE(isMultipleOf(0.3, 0.1));
    EXPECT_FALSE(isMultipleOf(1.2, 0.5));
    EXPECT_FALSE(isMultipleOf(1.0, 0.0));
}

}  // namespace
}  // namespace verdict::packages
