#include "sandbox_overhead/text_file.h"

#include <unistd.h>

#include <array>
#include <fstream>
#include <sstream>

namespace verdict::bench {

std::optional<std::string> readTextFile(const std::string& path) {
    std::ifstream file(path);
    if (!file) {
        return std::nullopt;
    }
    std::ostringstream content;
    content << file.rdbuf();
    return content.str();
}

std::vector<std::string> readLines(const std::string& path) {
    std::vector<std::string> lines;
    std::ifstream file(path);
    for (std::string line; std::getline(file, line);) {
        lines.push_back(line);
    }
    return lines;
}

std::string readLinkText(const std::string& path) {
    std::array<char, 4096> buffer{};
    ssize_t length = readlink(path.c_str(), buffer.data(), buffer.size());
    if (length <= 0) {
        return {};
    }
    return std::string(buffer.data(), static_cast<std::size_t>(length));
}

}  // namespace verdict::bench
