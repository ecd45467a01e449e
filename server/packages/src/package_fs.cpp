#include "package_fs.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <system_error>

namespace verdict::packages {

namespace fs = std::filesystem;

PackageFs::PackageFs(const fs::path& root, Diagnostics& diagnostics) : m_diagnostics(diagnostics) {
    std::error_code ec;
    m_root = fs::canonical(root, ec);
    if (ec) {
        m_root = fs::absolute(root, ec).lexically_normal();
    }
}

std::string PackageFs::relative(const fs::path& path) const {
    fs::path rel = path.lexically_relative(m_root);
    if (rel.empty()) {
        return path.generic_string();
    }
    return rel.generic_string();
}

bool PackageFs::reportOnce(const fs::path& path) const {
    return m_reported.insert(path.generic_string()).second;
}

std::optional<PackageFs::Kind> PackageFs::kind(const fs::path& path) const {
    std::error_code ec;
    fs::file_status own = fs::symlink_status(path, ec);
    if (ec || !fs::exists(own)) {
        return std::nullopt;
    }
    fs::path target = fs::canonical(path, ec);
    if (ec) {
        if (reportOnce(path)) {
            m_diagnostics.error("broken-symlink", {relative(path)},
                                "the link (or a directory on its path) leads nowhere",
                                "remove the link or point it at a file inside the package");
        }
        return std::nullopt;
    }
    fs::path rel = target.lexically_relative(m_root);
    if (rel.empty() || *rel.begin() == "..") {
        if (reportOnce(path)) {
            m_diagnostics.error(
                "symlink-escape", {relative(path)},
                "the link leads outside the package (to " + target.string() + ")",
                "symlinks may only point inside the package; copy the file instead");
        }
        return std::nullopt;
    }
    fs::file_status status = fs::status(target, ec);
    if (fs::is_regular_file(status)) {
        return Kind::File;
    }
    return fs::is_directory(status) ? Kind::Directory : Kind::Other;
}

bool PackageFs::isDirectory(const fs::path& path) const {
    return kind(path) == Kind::Directory;
}

std::vector<PackageFs::Entry> PackageFs::list(const fs::path& directory) const {
    std::vector<Entry> entries;
    std::error_code ec;
    fs::directory_iterator it(directory, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.empty() || name.front() == '.' || name.front() == '-') {
            continue;
        }
        if (std::optional<Kind> k = kind(it->path())) {
            entries.push_back({name, it->path(), *k});
        }
    }
    if (ec) {
        m_diagnostics.error("unreadable-directory", {relative(directory)}, ec.message(),
                            "check the directory's permissions");
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.name < b.name; });
    return entries;
}

std::optional<std::string> PackageFs::readText(const fs::path& path,
                                               std::uintmax_t maxBytes) const {
    std::error_code ec;
    std::uintmax_t size = fs::file_size(path, ec);
    if (ec) {
        m_diagnostics.error("unreadable-file", {relative(path)}, ec.message(),
                            "check that the file exists and is readable");
        return std::nullopt;
    }
    if (size > maxBytes) {
        m_diagnostics.error("file-too-large", {relative(path)},
                            "the file has " + std::to_string(size) + " bytes, more than the " +
                                std::to_string(maxBytes) + " allowed",
                            "shorten the file");
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        m_diagnostics.error("unreadable-file", {relative(path)}, "cannot open the file",
                            "check the file's permissions");
        return std::nullopt;
    }
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string PackageFs::readPrefix(const fs::path& path, std::size_t maxBytes) const {
    std::ifstream in(path, std::ios::binary);
    std::string text(maxBytes, '\0');
    in.read(text.data(), static_cast<std::streamsize>(maxBytes));
    text.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    return text;
}

}  // namespace verdict::packages
