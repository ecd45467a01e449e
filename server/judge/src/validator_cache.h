#pragma once
// Compiled output validators kept across judgements, one directory per content hash:
// $XDG_CACHE_HOME/verdict/validators/<hash> (else ~/.cache/..., else a temp dir). An entry
// appears whole or not at all: it is built in a temporary directory beside it and renamed.
#include <filesystem>
#include <optional>
#include <string>

namespace verdict::judge {

class ValidatorCache {
  public:
    // `root` empty: the default location. Without a usable root (not ours, or writable by
    // others) nothing is cached and every judgement builds its validator afresh.
    explicit ValidatorCache(std::filesystem::path root = {});
    static std::filesystem::path defaultRoot();

    bool usable() const { return !m_root.empty(); }
    const std::filesystem::path& root() const { return m_root; }
    // The entry for this hash when it exists (and is ours).
    std::optional<std::filesystem::path> find(const std::string& hash) const;
    // A fresh, empty, private build directory (mode 0755) inside the root.
    std::optional<std::filesystem::path> reserve(std::string& error) const;
    // Moves a finished build into place; when another judgement published the same hash
    // first, ours is removed and theirs is used. Returns the entry.
    std::optional<std::filesystem::path> publish(const std::filesystem::path& build,
                                                 const std::string& hash, std::string& error) const;

  private:
    std::filesystem::path m_root;
};

}  // namespace verdict::judge
