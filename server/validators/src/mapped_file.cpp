#include <verdict/validators/mapped_file.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <utility>

namespace verdict::validators {
namespace {

constexpr std::size_t kReadChunk = 1 << 16;

std::string describeErrno(const std::string& step, const std::string& name) {
    return step + " " + name + ": " + std::strerror(errno);
}

// Reads a descriptor to its end; returns an error message, empty on success.
std::string readAll(int fd, const std::string& name, std::string& out) {
    std::array<char, kReadChunk> chunk{};
    for (;;) {
        const ssize_t got = ::read(fd, chunk.data(), chunk.size());
        if (got == 0) {
            return {};
        }
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            return describeErrno("cannot read", name);
        }
        out.append(chunk.data(), static_cast<std::size_t>(got));
    }
}

}  // namespace

MappedFile::MappedFile(MappedFile&& other) noexcept
    : m_mapping(std::exchange(other.m_mapping, nullptr)),
      m_mappedSize(std::exchange(other.m_mappedSize, 0)),
      m_buffer(std::move(other.m_buffer)),
      m_error(std::move(other.m_error)) {}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
    if (this != &other) {
        release();
        m_mapping = std::exchange(other.m_mapping, nullptr);
        m_mappedSize = std::exchange(other.m_mappedSize, 0);
        m_buffer = std::move(other.m_buffer);
        m_error = std::move(other.m_error);
    }
    return *this;
}

MappedFile::~MappedFile() {
    release();
}

void MappedFile::release() noexcept {
    if (m_mapping != nullptr) {
        ::munmap(m_mapping, m_mappedSize);
        m_mapping = nullptr;
        m_mappedSize = 0;
    }
}

MappedFile MappedFile::open(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        MappedFile failed;
        failed.m_error = describeErrno("cannot open", path);
        return failed;
    }
    MappedFile file = fromDescriptor(fd, path);
    ::close(fd);
    return file;
}

MappedFile MappedFile::fromDescriptor(int fd, const std::string& name) {
    MappedFile file;
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        file.m_error = describeErrno("cannot stat", name);
        return file;
    }
    if (S_ISDIR(info.st_mode)) {
        file.m_error = name + " is a directory";
        return file;
    }
    if (S_ISREG(info.st_mode) && info.st_size > 0) {
        const auto size = static_cast<std::size_t>(info.st_size);
        void* mapping = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (mapping != MAP_FAILED) {
            ::madvise(mapping, size, MADV_SEQUENTIAL);
            file.m_mapping = mapping;
            file.m_mappedSize = size;
            return file;
        }
    }
    // Pipes, empty or unmappable files: read what there is.
    file.m_error = readAll(fd, name, file.m_buffer);
    return file;
}

std::string_view MappedFile::contents() const {
    if (m_mapping != nullptr) {
        return {static_cast<const char*>(m_mapping), m_mappedSize};
    }
    return m_buffer;
}

}  // namespace verdict::validators
