#include "sandbox_overhead/mountinfo.h"

#include <sstream>

#include "sandbox_overhead/text_file.h"

namespace verdict::bench {

namespace {

// The fields before the optional ones: id, parent, major:minor, root, mount point, options.
constexpr std::size_t kFixedFields = 6;

bool isOctal(char c) {
    return c >= '0' && c <= '7';
}

// mountinfo writes space, tab, newline and backslash in paths as \ooo.
std::string unescape(const std::string& field) {
    std::string text;
    for (std::size_t i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size() && isOctal(field[i + 1]) &&
            isOctal(field[i + 2]) && isOctal(field[i + 3])) {
            int value = (field[i + 1] - '0') * 64 + (field[i + 2] - '0') * 8 + (field[i + 3] - '0');
            text.push_back(static_cast<char>(value));
            i += 3;
        } else {
            text.push_back(field[i]);
        }
    }
    return text;
}

std::vector<std::string> splitFields(const std::string& line) {
    std::istringstream stream(line);
    std::vector<std::string> fields;
    for (std::string field; stream >> field;) {
        fields.push_back(field);
    }
    return fields;
}

}  // namespace

std::optional<MountEntry> parseMountInfoLine(const std::string& line) {
    std::vector<std::string> fields = splitFields(line);
    std::size_t separator = kFixedFields;
    while (separator < fields.size() && fields[separator] != "-") {
        ++separator;
    }
    // After "-": filesystem type, source (which may be empty, so missing here), super options.
    if (fields.size() < separator + 3) {
        return std::nullopt;
    }
    return MountEntry{unescape(fields[3]), unescape(fields[4]), fields[separator + 1],
                      fields.back(), line};
}

std::vector<MountEntry> readMountInfo(const std::string& path) {
    std::vector<MountEntry> mounts;
    for (const std::string& line : readLines(path)) {
        if (auto entry = parseMountInfoLine(line)) {
            mounts.push_back(*entry);
        }
    }
    return mounts;
}

}  // namespace verdict::bench
