// verdict-default-validator run as a real process, the way the judge runs a custom validator:
// `validator input answer feedback_dir/ [flags] < team_output`, exit 42 / 43 / anything else.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

extern char** environ;

namespace verdict::validators {
namespace {

namespace fs = std::filesystem;

constexpr int kAccepted = 42;
constexpr int kWrongAnswer = 43;

// A scratch directory with input, answer, team output and feedback files.
class DefaultValidatorExeTest : public testing::Test {
  protected:
    void SetUp() override {
        std::string pattern = (fs::temp_directory_path() / "verdict-validator-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        m_dir = pattern;
        fs::create_directory(m_dir / "feedback");
        write("input.in", "3\n1 2 3\n");
    }
    void TearDown() override { fs::remove_all(m_dir); }

    void write(const std::string& name, const std::string& text) const {
        std::ofstream(m_dir / name, std::ios::binary) << text;
    }
    std::string read(const fs::path& path) const {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    }
    std::string path(const std::string& name) const { return (m_dir / name).string(); }
    std::string feedbackDir() const { return path("feedback") + "/"; }
    std::string judgeMessage() const { return read(m_dir / "feedback" / "judgemessage.txt"); }
    std::string errors() const { return read(m_dir / "stderr.txt"); }

    // Runs the validator with `args`, stdin from the file `stdinName`; returns the exit status.
    int run(const std::vector<std::string>& args, const std::string& stdinName = "team.out") const {
        std::vector<std::string> argv = {VERDICT_DEFAULT_VALIDATOR};
        argv.insert(argv.end(), args.begin(), args.end());
        std::vector<char*> raw;
        for (std::string& arg : argv) {
            raw.push_back(arg.data());
        }
        raw.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 0, path(stdinName).c_str(), O_RDONLY, 0);
        posix_spawn_file_actions_addopen(&actions, 2, path("stderr.txt").c_str(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0600);
        pid_t pid = 0;
        const int spawned = posix_spawn(&pid, raw[0], &actions, nullptr, raw.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        if (spawned != 0) {
            return -1;
        }
        int status = 0;
        ::waitpid(pid, &status, 0);
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

    // The standard invocation with the given flags.
    int validate(const std::string& answer, const std::string& team,
                 const std::vector<std::string>& flags = {}) {
        write("answer.ans", answer);
        write("team.out", team);
        std::vector<std::string> args = {path("input.in"), path("answer.ans"), feedbackDir()};
        args.insert(args.end(), flags.begin(), flags.end());
        return run(args);
    }

    fs::path m_dir;
};

TEST_F(DefaultValidatorExeTest, AcceptsCorrectOutput) {
    EXPECT_EQ(validate("6\n", "6\n"), kAccepted) << errors();
    EXPECT_NE(judgeMessage().find("accepted"), std::string::npos) << judgeMessage();
}

TEST_F(DefaultValidatorExeTest, AcceptsCrlfAndMissingNewline) {
    EXPECT_EQ(validate("1 2\n3\n", "1 2\r\n3"), kAccepted) << errors();
}

TEST_F(DefaultValidatorExeTest, RejectsWrongOutputWithMessageAndPosition) {
    EXPECT_EQ(validate("6\n", "7\n"), kWrongAnswer) << errors();
    EXPECT_NE(judgeMessage().find("expected \"6\", got \"7\""), std::string::npos)
        << judgeMessage();
    EXPECT_EQ(read(m_dir / "feedback" / "diffposition.txt"), "0 0\n");
}

TEST_F(DefaultValidatorExeTest, RejectsEmptyOutput) {
    EXPECT_EQ(validate("6\n", ""), kWrongAnswer) << errors();
    EXPECT_NE(judgeMessage().find("empty"), std::string::npos) << judgeMessage();
}

TEST_F(DefaultValidatorExeTest, PassesFlagsThrough) {
    EXPECT_EQ(validate("0.5\n", "0.5000001\n"), kWrongAnswer);
    EXPECT_EQ(validate("0.5\n", "0.5000001\n", {"float_tolerance", "1e-6"}), kAccepted);
    EXPECT_EQ(validate("Yes\n", "yes\n", {"case_sensitive"}), kWrongAnswer);
    EXPECT_EQ(validate("1 2\n", "1  2\n", {"space_change_sensitive"}), kWrongAnswer);
}

TEST_F(DefaultValidatorExeTest, ReadsTeamOutputFromAPipe) {
    write("answer.ans", "1 2 3\n");
    // A FIFO stands in for a pipe: the validator must read it, not map it.
    ASSERT_EQ(::mkfifo(path("team.fifo").c_str(), 0600), 0);
    const pid_t writer = ::fork();
    ASSERT_GE(writer, 0);
    if (writer == 0) {
        std::ofstream(path("team.fifo")) << "1\n2\n3\n";
        std::_Exit(0);
    }
    EXPECT_EQ(run({path("input.in"), path("answer.ans"), feedbackDir()}, "team.fifo"), kAccepted)
        << errors();
    ::waitpid(writer, nullptr, 0);
}

TEST_F(DefaultValidatorExeTest, LargeTeamOutputIsMapped) {
    std::string answer;
    for (int i = 0; i < 1'000'000; ++i) {
        answer += std::to_string(i) + "\n";
    }
    EXPECT_EQ(validate(answer, answer), kAccepted) << errors();
}

TEST_F(DefaultValidatorExeTest, BadFlagIsJudgeError) {
    const int status = validate("1\n", "1\n", {"float_tolerance"});
    EXPECT_NE(status, kAccepted);
    EXPECT_NE(status, kWrongAnswer);
    EXPECT_NE(status, 0);
    EXPECT_NE(errors().find("needs a number"), std::string::npos) << errors();
    EXPECT_NE(validate("1\n", "1\n", {"bogus"}), kAccepted);
    EXPECT_NE(errors().find("unknown validator flag 'bogus'"), std::string::npos) << errors();
}

TEST_F(DefaultValidatorExeTest, MissingFilesAreJudgeErrors) {
    write("team.out", "1\n");
    write("answer.ans", "1\n");
    const std::string feedback = feedbackDir();
    for (const auto& args :
         {std::vector<std::string>{path("missing.in"), path("answer.ans"), feedback},
          std::vector<std::string>{path("input.in"), path("missing.ans"), feedback},
          std::vector<std::string>{path("input.in"), path("answer.ans"), path("no-such-dir") + "/"},
          std::vector<std::string>{path("input.in"), path("answer.ans")},
          std::vector<std::string>{}}) {
        const int status = run(args);
        EXPECT_TRUE(status != kAccepted && status != kWrongAnswer && status != 0) << status;
        EXPECT_FALSE(errors().empty());
    }
}

TEST_F(DefaultValidatorExeTest, DirectoryAsAnswerIsJudgeError) {
    write("team.out", "1\n");
    const int status = run({path("input.in"), path("feedback"), feedbackDir()});
    EXPECT_TRUE(status != kAccepted && status != kWrongAnswer && status != 0) << status;
}

}  // namespace
}  // namespace verdict::validators
