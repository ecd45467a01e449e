#include "verdict/packages/zip_extract.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace verdict::packages {

namespace fs = std::filesystem;

namespace {

struct ArchiveCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct FileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};
using Archive = std::unique_ptr<zip_t, ArchiveCloser>;
using ZipFile = std::unique_ptr<zip_file_t, FileCloser>;

// An entry checked in the first pass and written in the second.
struct Entry {
    zip_uint64_t index = 0;
    std::string name;
    fs::path relative;
    std::uint64_t size = 0;
    bool isDirectory = false;
    bool executable = false;
};

class Extractor {
  public:
    Extractor(std::string archiveName, const ZipLimits& limits, Diagnostics& diagnostics)
        : m_archiveName(std::move(archiveName)), m_limits(limits), m_diagnostics(diagnostics) {}

    bool open(const fs::path& archive);
    bool check();
    bool write(const fs::path& destination);

  private:
    bool fail(const std::string& code, const std::string& entry, const std::string& message,
              const std::string& hint);
    bool checkEntry(zip_uint64_t index, std::uint64_t& total);
    bool safeRelative(const std::string& name, fs::path& relative);
    bool writeFile(const Entry& entry, const fs::path& target);

    std::string m_archiveName;
    ZipLimits m_limits;
    Diagnostics& m_diagnostics;
    Archive m_archive;
    std::vector<Entry> m_entries;
};

bool Extractor::fail(const std::string& code, const std::string& entry, const std::string& message,
                     const std::string& hint) {
    const std::string where = entry.empty() ? m_archiveName : m_archiveName + ": " + entry;
    m_diagnostics.error(code, {where}, message, hint);
    return false;
}

bool Extractor::open(const fs::path& archive) {
    int code = 0;
    m_archive.reset(zip_open(archive.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code));
    if (m_archive) {
        return true;
    }
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    if (code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS) {
        return fail("not-a-zip", "", "not a readable zip archive: " + message,
                    "give a .zip/.kpp made by `zip -r`, or the package directory");
    }
    return fail("unreadable-zip", "", message, "check that the file exists and is readable");
}

bool Extractor::safeRelative(const std::string& name, fs::path& relative) {
    if (name.empty() || name.front() == '/' || name.find('\\') != std::string::npos ||
        name.find('\0') != std::string::npos || (name.size() > 1 && name[1] == ':')) {
        return fail("zip-absolute-path", name, "the entry's name is absolute or not portable",
                    "rebuild the archive with relative paths");
    }
    for (const fs::path& part : fs::path(name)) {
        if (part == "..") {
            return fail("zip-slip", name, "the entry's name climbs out with `..`",
                        "rebuild the archive from inside the package directory");
        }
        if (!part.empty() && part != ".") {
            relative /= part;
        }
    }
    if (relative.empty()) {
        return fail("zip-absolute-path", name, "the entry has no usable name",
                    "rebuild the archive");
    }
    return true;
}

bool Extractor::checkEntry(zip_uint64_t index, std::uint64_t& total) {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_archive.get(), index, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME)) {
        return fail("unreadable-zip", "#" + std::to_string(index), "cannot read the entry",
                    "rebuild the archive");
    }
    Entry entry{index, stat.name, {}, stat.size, false, false};
    entry.isDirectory = !entry.name.empty() && entry.name.back() == '/';
    zip_uint8_t opsys = 0;
    zip_uint32_t attributes = 0;
    zip_file_get_external_attributes(m_archive.get(), index, 0, &opsys, &attributes);
    const mode_t mode = static_cast<mode_t>(attributes >> 16);
    if (opsys == ZIP_OPSYS_UNIX && (mode & S_IFMT) == S_IFLNK) {
        return fail("zip-symlink", entry.name, "the archive holds a symbolic link",
                    "replace the link by a copy of the file it points to");
    }
    entry.executable = opsys == ZIP_OPSYS_UNIX && (mode & S_IXUSR) != 0;
    if (!safeRelative(entry.name, entry.relative)) {
        return false;
    }
    if (entry.size > m_limits.maxEntryBytes) {
        return fail("zip-entry-too-large", entry.name,
                    "the entry expands to " + std::to_string(entry.size) + " bytes, over the " +
                        std::to_string(m_limits.maxEntryBytes) + " allowed",
                    "shrink the file, or raise the limit if the package is trusted");
    }
    total += entry.size;
    m_entries.push_back(std::move(entry));
    return true;
}

bool Extractor::check() {
    const zip_int64_t count = zip_get_num_entries(m_archive.get(), 0);
    if (count < 0 || static_cast<std::uint64_t>(count) > m_limits.maxEntries) {
        return fail("zip-too-many-entries", "",
                    "the archive has " + std::to_string(count) + " entries, over the " +
                        std::to_string(m_limits.maxEntries) + " allowed",
                    "split the test data or raise the limit if the package is trusted");
    }
    std::uint64_t total = 0;
    for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(count); ++i) {
        if (!checkEntry(i, total)) {
            return false;
        }
    }
    if (total > m_limits.maxTotalBytes) {
        return fail("zip-too-large", "",
                    "the archive expands to " + std::to_string(total) + " bytes, over the " +
                        std::to_string(m_limits.maxTotalBytes) + " allowed",
                    "shrink the package or raise the limit if the package is trusted");
    }
    return true;
}

bool Extractor::writeFile(const Entry& entry, const fs::path& target) {
    ZipFile in(zip_fopen_index(m_archive.get(), entry.index, 0));
    const int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                          entry.executable ? 0755 : 0644);
    if (!in || fd < 0) {
        if (fd >= 0) {
            ::close(fd);
        }
        return fail(fd < 0 ? "zip-duplicate-entry" : "unreadable-zip", entry.name,
                    fd < 0 ? "cannot create the file (a duplicate or clashing name?)"
                           : "cannot open the entry",
                    "rebuild the archive");
    }
    std::vector<char> buffer(1 << 16);
    std::uint64_t written = 0;
    bool ok = true;
    for (zip_int64_t n; ok && (n = zip_fread(in.get(), buffer.data(), buffer.size())) != 0;) {
        written += static_cast<std::uint64_t>(std::max<zip_int64_t>(n, 0));
        ok = n > 0 && written <= entry.size &&
             ::write(fd, buffer.data(), static_cast<std::size_t>(n)) == n;
    }
    ::close(fd);
    return ok ? true
              : fail("zip-corrupt-entry", entry.name,
                     "the entry is corrupt or larger than it claims", "rebuild the archive");
}

bool Extractor::write(const fs::path& destination) {
    for (const Entry& entry : m_entries) {
        const fs::path target = destination / entry.relative;
        std::error_code ec;
        fs::create_directories(entry.isDirectory ? target : target.parent_path(), ec);
        if (ec) {
            return fail("zip-write-failed", entry.name, ec.message(),
                        "check the extraction directory");
        }
        if (!entry.isDirectory && !writeFile(entry, target)) {
            return false;
        }
    }
    return true;
}

}  // namespace

bool extractZip(const fs::path& archive, const fs::path& destination, const ZipLimits& limits,
                Diagnostics& diagnostics) {
    Extractor extractor(archive.filename().string(), limits, diagnostics);
    if (!extractor.open(archive) || !extractor.check()) {
        return false;
    }
    std::error_code ec;
    fs::create_directories(destination, ec);
    if (ec || !fs::is_empty(destination, ec)) {
        diagnostics.error("bad-extraction-directory", {destination.string()},
                          "the extraction directory cannot be created or is not empty",
                          "give an empty directory");
        return false;
    }
    return extractor.write(destination);
}

}  // namespace verdict::packages
