#include "verdict/judge/work_dir.h"

#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

namespace verdict::judge {

sandbox::Expected<WorkDir> WorkDir::create(const std::string& purpose) {
    std::string pattern =
        (std::filesystem::temp_directory_path() / ("verdict-" + purpose + "-XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr)
        return sandbox::sysFailure("mkdtemp " + pattern);
    if (::chmod(pattern.c_str(), 0755) != 0)
        return sandbox::sysFailure("chmod " + pattern);
    return WorkDir(pattern);
}

WorkDir::WorkDir(WorkDir&& other) noexcept : m_path(std::move(other.m_path)) {
    other.m_path.clear();
}

WorkDir::~WorkDir() {
    if (m_path.empty())
        return;
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

std::string readHead(const std::filesystem::path& file, std::size_t limit) {
    std::ifstream in(file, std::ios::binary);
    std::string text(limit, '\0');
    in.read(text.data(), static_cast<std::streamsize>(limit));
    text.resize(static_cast<std::size_t>(in.gcount()));
    return text;
}

}  // namespace verdict::judge
