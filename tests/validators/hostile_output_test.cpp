// Hostile team output: binary garbage, NUL bytes, gigantic tokens and whitespace, huge outputs.
// The verdict must be right, and the judge message short and printable whatever the bytes.
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <verdict/validators/comparison.h>
#include <verdict/validators/options.h>

namespace verdict::validators {
namespace {

constexpr std::size_t kMiB = 1024 * 1024;
// Long enough for a few lines of context, short enough that no token can flood it.
constexpr std::size_t kMaxMessageBytes = 1024;

ValidatorOptions optionsFor(const std::vector<std::string>& flags) {
    return *parseOptions(flags).options;
}

void expectPrintableAndShort(const std::string& message) {
    EXPECT_LE(message.size(), kMaxMessageBytes) << message.substr(0, 200);
    for (const char c : message) {
        const auto byte = static_cast<unsigned char>(c);
        EXPECT_TRUE(byte >= 0x20 && byte < 0x7f) << "byte " << int{byte} << " in message";
    }
}

std::string allByteValues() {
    std::string bytes;
    for (int round = 0; round < 4; ++round) {
        for (int value = 0; value < 256; ++value) {
            bytes += static_cast<char>(value);
        }
    }
    return bytes;
}

TEST(HostileOutputTest, BinaryGarbageIsWrongAnswer) {
    for (const auto& flags :
         {std::vector<std::string>{}, std::vector<std::string>{"float_tolerance", "1e-6"},
          std::vector<std::string>{"space_change_sensitive"}}) {
        const ComparisonResult result = compare("42\n", allByteValues(), optionsFor(flags));
        EXPECT_FALSE(result.accepted);
        expectPrintableAndShort(result.judgeMessage);
    }
}

TEST(HostileOutputTest, NulBytesOnlyIsWrongAnswer) {
    const ComparisonResult result = compare("0\n", std::string(1000, '\0'), optionsFor({}));
    EXPECT_FALSE(result.accepted);
    EXPECT_NE(result.judgeMessage.find("\\x00"), std::string::npos) << result.judgeMessage;
    expectPrintableAndShort(result.judgeMessage);
}

TEST(HostileOutputTest, GiganticTokenIsWrongAnswerWithShortMessage) {
    const std::string team = std::string(64 * kMiB, 'a');
    const ComparisonResult result = compare("a\n", team, optionsFor({}));
    EXPECT_FALSE(result.accepted);
    EXPECT_NE(result.judgeMessage.find(std::to_string(team.size()) + " bytes"), std::string::npos)
        << result.judgeMessage;
    expectPrintableAndShort(result.judgeMessage);
}

TEST(HostileOutputTest, GiganticFloatTokenIsRejectedQuickly) {
    const std::string team = "1" + std::string(64 * kMiB, '7');
    const ComparisonResult result = compare("1\n", team, optionsFor({"float_tolerance", "1e-6"}));
    EXPECT_FALSE(result.accepted);
    expectPrintableAndShort(result.judgeMessage);
}

TEST(HostileOutputTest, GiganticButCorrectFloatIsAccepted) {
    const std::string team = "1." + std::string(16 * kMiB, '0') + "1";
    EXPECT_TRUE(compare("1\n", team, optionsFor({"float_tolerance", "1e-9"})).accepted);
}

TEST(HostileOutputTest, GiganticMatchingTokenIsAccepted) {
    const std::string token(16 * kMiB, 'x');
    EXPECT_TRUE(compare(token + "\n", token, optionsFor({"case_sensitive"})).accepted);
}

TEST(HostileOutputTest, GiganticWhitespaceIsHandled) {
    const std::string spaces(64 * kMiB, ' ');
    EXPECT_FALSE(compare("1\n", spaces, optionsFor({})).accepted);
    EXPECT_TRUE(compare("1\n", spaces + "1" + spaces, optionsFor({})).accepted);
    const ComparisonResult strict =
        compare("1\n", "1" + spaces, optionsFor({"space_change_sensitive"}));
    EXPECT_FALSE(strict.accepted);
    expectPrintableAndShort(strict.judgeMessage);
}

TEST(HostileOutputTest, MillionsOfTokensCompare) {
    std::string answer;
    std::string team;
    for (int i = 0; i < 2'000'000; ++i) {
        answer += std::to_string(i % 1000) + (i % 10 == 9 ? "\n" : " ");
        team += std::to_string(i % 1000) + (i % 10 == 9 ? "\r\n" : "\t");
    }
    EXPECT_TRUE(compare(answer, team, optionsFor({})).accepted);
    EXPECT_TRUE(compare(answer, team, optionsFor({"float_tolerance", "1e-9"})).accepted);
    team.back() = 'x';
    team += "1";
    EXPECT_FALSE(compare(answer, team, optionsFor({})).accepted);
}

TEST(HostileOutputTest, HugeTrailingGarbageAfterCorrectAnswer) {
    const ComparisonResult result =
        compare("1 2 3\n", "1 2 3\n" + std::string(8 * kMiB, 'z'), optionsFor({}));
    EXPECT_FALSE(result.accepted);
    EXPECT_NE(result.judgeMessage.find("more tokens"), std::string::npos);
    expectPrintableAndShort(result.judgeMessage);
}

}  // namespace
}  // namespace verdict::validators
