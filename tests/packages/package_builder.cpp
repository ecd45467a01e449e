#include "package_builder.h"

#include "verdict/packages/zip_create.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <zip.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>

namespace verdict::packages::testing {

namespace fs = std::filesystem;

ScratchDirectory::ScratchDirectory() {
    std::string pattern = (fs::temp_directory_path() / "verdict-packages-test-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        ADD_FAILURE() << "mkdtemp failed";
    }
    m_path = pattern;
}

ScratchDirectory::~ScratchDirectory() {
    std::error_code ec;
    fs::remove_all(m_path, ec);
}

fs::path writeTree(const fs::path& root, const FileList& files) {
    fs::create_directories(root);
    for (const auto& [name, content] : files) {
        if (!name.empty() && name.front() == '@') {
            const fs::path link = root / name.substr(1);
            fs::create_directories(link.parent_path());
            fs::create_symlink(content, link);
            continue;
        }
        const fs::path path = root / name;
        if (name.back() == '/') {
            fs::create_directories(path);
            continue;
        }
        fs::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary) << content;
    }
    return root;
}

namespace {

void addFile(zip_t* archive, const std::string& name, const std::string& content) {
    // The source copies the buffer (freep = 1) so it outlives this call.
    void* copy = std::malloc(std::max<std::size_t>(content.size(), 1));
    std::copy(content.begin(), content.end(), static_cast<char*>(copy));
    zip_source_t* source = zip_source_buffer(archive, copy, content.size(), 1);
    ASSERT_NE(source, nullptr);
    ASSERT_GE(zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE), 0) << name;
}

}  // namespace

void zipTree(const fs::path& directory, const fs::path& archive, const std::string& prefix) {
    std::string error;
    ASSERT_TRUE(zipDirectory(directory, archive, prefix, error)) << error;
}

void writeZip(const fs::path& archive, const std::vector<RawEntry>& entries) {
    int error = 0;
    zip_t* zip = zip_open(archive.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    ASSERT_NE(zip, nullptr);
    for (const RawEntry& entry : entries) {
        addFile(zip, entry.name, entry.content);
        if (entry.symlink) {
            const auto index =
                static_cast<zip_uint64_t>(zip_name_locate(zip, entry.name.c_str(), 0));
            const zip_uint32_t mode = S_IFLNK | 0777;
            zip_file_set_external_attributes(zip, index, 0, ZIP_OPSYS_UNIX, mode << 16);
        }
    }
    ASSERT_EQ(zip_close(zip), 0);
}

FileList with(FileList base, const FileList& extra) {
    for (const auto& [name, content] : extra) {
        auto it = std::find_if(base.begin(), base.end(),
                               [&](const auto& file) { return file.first == name; });
        if (it != base.end()) {
            it->second = content;
        } else {
            base.emplace_back(name, content);
        }
    }
    return base;
}

FileList without(FileList base, const std::string& prefix) {
    base.erase(std::remove_if(base.begin(), base.end(),
                              [&](const auto& file) { return file.first.rfind(prefix, 0) == 0; }),
               base.end());
    return base;
}

}  // namespace verdict::packages::testing
