#include "mountinfo.h"

#include <string_view>

namespace verdict::sandbox {

namespace {

// mountinfo escapes space, tab, newline and backslash as \ooo.
std::string unescape(const std::string& field) {
    std::string out;
    for (std::size_t i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            int value = 0;
            bool octal = true;
            for (std::size_t k = 1; k <= 3; ++k) {
                char c = field[i + k];
                if (c < '0' || c > '7')
                    octal = false;
                value = value * 8 + (c - '0');
            }
            if (octal) {
                out += static_cast<char>(value);
                i += 3;
                continue;
            }
        }
        out += field[i];
    }
    return out;
}

// Splits on a separator without allocating (iostreams are slow to set up in a fresh process,
// and the sandbox parses these files on every run).
std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(separator, start);
        if (end == std::string_view::npos)
            end = text.size();
        if (end > start || separator == '\n')
            parts.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

}  // namespace

std::vector<MountEntry> parseMountInfo(const std::string& text) {
    std::vector<MountEntry> entries;
    for (std::string_view line : split(text, '\n')) {
        auto parts = split(line, ' ');
        std::size_t dash = 0;
        while (dash < parts.size() && parts[dash] != "-")
            ++dash;
        if (parts.size() < 5 || dash + 2 >= parts.size())
            continue;
        MountEntry entry;
        entry.root = unescape(std::string(parts[3]));
        entry.mountPoint = unescape(std::string(parts[4]));
        entry.fsType = std::string(parts[dash + 1]);
        entry.superOptions = dash + 3 < parts.size() ? std::string(parts[dash + 3]) : "";
        entries.push_back(std::move(entry));
    }
    return entries;
}

std::vector<CgroupMembership> parseProcCgroup(const std::string& text) {
    std::vector<CgroupMembership> memberships;
    for (std::string_view line : split(text, '\n')) {
        auto first = line.find(':');
        auto second = first == std::string_view::npos ? first : line.find(':', first + 1);
        if (second == std::string_view::npos)
            continue;
        memberships.push_back({std::string(line.substr(first + 1, second - first - 1)),
                               std::string(line.substr(second + 1))});
    }
    return memberships;
}

bool hasOption(const std::string& list, const std::string& word) {
    std::size_t pos = 0;
    while (pos <= list.size()) {
        std::size_t comma = list.find(',', pos);
        if (comma == std::string::npos)
            comma = list.size();
        if (list.compare(pos, comma - pos, word) == 0 && comma - pos == word.size())
            return true;
        pos = comma + 1;
    }
    return false;
}

}  // namespace verdict::sandbox
