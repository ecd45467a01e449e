#include "testlib_checker.h"

#include <fstream>
#include <iterator>
#include <string>

namespace verdict::judge {

namespace {

constexpr std::streamsize kScanBytes = 1 << 20;

bool includesTestlib(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::string text(static_cast<std::size_t>(kScanBytes), '\0');
    in.read(text.data(), kScanBytes);
    text.resize(static_cast<std::size_t>(in.gcount()));
    for (std::size_t at = text.find("#include"); at != std::string::npos;
         at = text.find("#include", at + 1)) {
        std::size_t end = text.find('\n', at);
        if (text.substr(at, end - at).find("testlib.h") != std::string::npos)
            return true;
    }
    return false;
}

}  // namespace

bool isTestlibChecker(const ValidatorSource& source) {
    if (source.usesScripts || source.language == nullptr)
        return false;
    for (const auto& file : source.command.files) {
        auto path = source.isDirectory ? source.path / file : source.path;
        if (includesTestlib(path))
            return true;
    }
    return false;
}

std::optional<Verdict> testlibVerdict(int exitCode) {
    switch (exitCode) {
        case 0:
        case 7:
            return Verdict::Accepted;
        case 1:
        case 2:
        case 4:
        case 8:
            return Verdict::WrongAnswer;
        default:
            return std::nullopt;
    }
}

}  // namespace verdict::judge
