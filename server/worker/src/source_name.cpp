#include "source_name.h"

#include <regex>

namespace verdict::worker {

std::string sourceFileName(const languages::Language& language, const std::string& source) {
    const std::string extension = language.extensions.empty() ? "txt" : language.extensions.front();
    static const std::regex kJavaClass(
        R"(public\s+(?:final\s+|abstract\s+)*class\s+([A-Za-z_]\w*))");
    static const std::regex kErlangModule(R"(-module\(\s*([a-z]\w*)\s*\))");
    std::smatch match;
    if (language.id == "java" && std::regex_search(source, match, kJavaClass))
        return match[1].str() + "." + extension;
    if (language.id == "java")
        return "Main." + extension;
    if (language.id == "erlang" && std::regex_search(source, match, kErlangModule))
        return match[1].str() + "." + extension;
    return "main." + extension;
}

}  // namespace verdict::worker
