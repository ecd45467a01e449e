#include "temporary_directory.h"

#include <cstdlib>
#include <string>
#include <vector>

namespace verdict::packages {

namespace fs = std::filesystem;

std::shared_ptr<TemporaryDirectory> TemporaryDirectory::create(const std::string& prefix) {
    std::error_code ec;
    const fs::path base = fs::temp_directory_path(ec);
    std::string pattern = ((ec ? fs::path("/tmp") : base) / (prefix + "XXXXXX")).string();
    std::vector<char> buffer(pattern.begin(), pattern.end());
    buffer.push_back('\0');
    if (::mkdtemp(buffer.data()) == nullptr) {
        return nullptr;
    }
    return std::shared_ptr<TemporaryDirectory>(new TemporaryDirectory(buffer.data()));
}

TemporaryDirectory::~TemporaryDirectory() {
    std::error_code ec;
    fs::remove_all(m_path, ec);  // remove_all does not follow links
}

}  // namespace verdict::packages
