#include <verdict/validators/validator_cli.h>

#include <fstream>
#include <iostream>
#include <string_view>

#include <verdict/validators/comparison.h>
#include <verdict/validators/mapped_file.h>
#include <verdict/validators/options.h>

namespace verdict::validators {
namespace {

constexpr std::string_view kUsage =
    "usage: verdict-default-validator input_file answer_file feedback_dir/ [flags...] "
    "< team_output";

int judgeError(std::string_view what) {
    std::cerr << "verdict-default-validator: " << what << '\n';
    return kExitJudgeError;
}

// The feedback directory's path joined with a file name (the spec wants a trailing '/'; a
// missing one is tolerated rather than turned into a judge error).
std::string feedbackPath(std::string directory, std::string_view name) {
    if (directory.empty() || directory.back() != '/') {
        directory += '/';
    }
    return directory.append(name);
}

bool writeFeedback(const std::string& path, std::string_view text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    return static_cast<bool>(out);
}

// Writes the verdict's feedback files; returns the exit code (judge error if writing fails).
int report(const std::string& feedbackDir, const ComparisonResult& result) {
    const std::string messagePath = feedbackPath(feedbackDir, "judgemessage.txt");
    if (!writeFeedback(messagePath, result.judgeMessage + "\n")) {
        return judgeError("cannot write " + messagePath);
    }
    if (result.position) {
        // problemtools' diffposition.txt: byte offsets in the answer and the team output.
        const std::string positionPath = feedbackPath(feedbackDir, "diffposition.txt");
        const std::string text = std::to_string(result.position->answerOffset) + " " +
                                 std::to_string(result.position->teamOffset) + "\n";
        if (!writeFeedback(positionPath, text)) {
            return judgeError("cannot write " + positionPath);
        }
    }
    return result.accepted ? kExitAccepted : kExitWrongAnswer;
}

}  // namespace

int runDefaultValidator(std::span<const std::string> args, int teamFd) {
    if (args.size() < 3) {
        return judgeError(kUsage);
    }
    const OptionsParseResult parsed = parseOptions(args.subspan(3));
    if (!parsed.ok()) {
        return judgeError(parsed.error);
    }
    // The input is not needed for comparing, but the contract says it must be readable.
    if (const MappedFile input = MappedFile::open(args[0]); !input.ok()) {
        return judgeError(input.error());
    }
    const MappedFile answer = MappedFile::open(args[1]);
    if (!answer.ok()) {
        return judgeError(answer.error());
    }
    const MappedFile team = MappedFile::fromDescriptor(teamFd, "team output (stdin)");
    if (!team.ok()) {
        return judgeError(team.error());
    }
    return report(args[2], compare(answer.contents(), team.contents(), *parsed.options));
}

}  // namespace verdict::validators
