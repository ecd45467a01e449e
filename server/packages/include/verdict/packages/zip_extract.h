#pragma once
// Safe extraction of a zipped package (.zip / .kpp) with libzip.
#include <cstdint>
#include <filesystem>

#include "verdict/packages/diagnostic.h"

namespace verdict::packages {

// Caps against zip bombs; an archive over any of them is refused before anything is written.
struct ZipLimits {
    std::uint64_t maxEntryBytes = 512ULL << 20;
    std::uint64_t maxTotalBytes = 2ULL << 30;
    std::uint64_t maxEntries = 20000;
};

// Extracts `archive` into `destination` (created if missing; must be empty). Refuses absolute
// names, `..` components, symlink entries and entries over the caps, naming the entry.
// Returns false (with diagnostics) on any failure; never follows links it did not create.
bool extractZip(const std::filesystem::path& archive, const std::filesystem::path& destination,
                const ZipLimits& limits, Diagnostics& diagnostics);

}  // namespace verdict::packages
