#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace verdict::validators {

// The read-only contents of a file: memory-mapped when it is a regular file (no copy, so a
// team output of hundreds of MiB costs page cache, not heap), read into memory otherwise
// (a pipe on stdin).
class MappedFile {
  public:
    MappedFile() = default;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;
    ~MappedFile();

    // Opens and maps `path`. On failure ok() is false and error() names the file and errno.
    static MappedFile open(const std::string& path);
    // Maps (or reads) an already open descriptor, e.g. 0 for stdin; `name` is for messages.
    static MappedFile fromDescriptor(int fd, const std::string& name);

    bool ok() const { return m_error.empty(); }
    const std::string& error() const { return m_error; }
    std::string_view contents() const;

  private:
    void release() noexcept;

    void* m_mapping = nullptr;
    std::size_t m_mappedSize = 0;
    std::string m_buffer;  // used when the descriptor cannot be mapped
    std::string m_error;
};

}  // namespace verdict::validators
