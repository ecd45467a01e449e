#include "verdict/packages/zip_create.h"

#include <sys/stat.h>
#include <zip.h>

#include <fstream>
#include <iterator>

namespace verdict::packages {

namespace fs = std::filesystem;

bool zipDirectory(const fs::path& directory, const fs::path& archive, const std::string& prefix,
                  std::string& error) {
    int code = 0;
    zip_t* zip = zip_open(archive.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (zip == nullptr) {
        error = "cannot create " + archive.string();
        return false;
    }
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(directory, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const fs::directory_entry& entry = *it;
        const std::string name = prefix + entry.path().lexically_relative(directory).string();
        if (entry.is_symlink()) {
            continue;  // a link in a package is never followed
        }
        if (entry.is_directory()) {
            zip_dir_add(zip, name.c_str(), ZIP_FL_ENC_UTF_8);
            continue;
        }
        if (!entry.is_regular_file())
            continue;
        // libzip reads the file when the archive is closed.
        zip_source_t* source = zip_source_file(zip, entry.path().c_str(), 0, -1);
        zip_int64_t index =
            source ? zip_file_add(zip, name.c_str(), source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8)
                   : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            error = "cannot add " + entry.path().string() + " to the zip";
            zip_discard(zip);
            return false;
        }
        const auto mode = static_cast<zip_uint32_t>(entry.status().permissions()) | S_IFREG;
        zip_file_set_external_attributes(zip, static_cast<zip_uint64_t>(index), 0, ZIP_OPSYS_UNIX,
                                         mode << 16);
    }
    if (ec) {
        error = "cannot read " + directory.string() + ": " + ec.message();
        zip_discard(zip);
        return false;
    }
    if (zip_close(zip) != 0) {
        error = "cannot write " + archive.string() + ": " + zip_strerror(zip);
        zip_discard(zip);
        return false;
    }
    return true;
}

}  // namespace verdict::packages
