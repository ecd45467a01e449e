#include "validator_source.h"

#include "testlib_checker.h"

#include <algorithm>
#include <fstream>
#include <set>

#include "sha256.h"

namespace verdict::judge {

namespace fs = std::filesystem;

namespace {

// Regular files below `root`, relative and sorted, so the hash does not depend on readdir.
std::vector<fs::path> filesBelow(const fs::path& root, std::error_code& error) {
    std::vector<fs::path> files;
    for (fs::recursive_directory_iterator it(root, error), end; !error && it != end;
         it.increment(error)) {
        if (it->is_regular_file(error))
            files.push_back(fs::relative(it->path(), root, error));
    }
    std::sort(files.begin(), files.end());
    return files;
}

bool hashFile(Sha256& hash, const fs::path& file, const std::string& name) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return false;
    auto perms = fs::status(file).permissions();
    bool executable = (perms & fs::perms::owner_exec) != fs::perms::none;
    hash.update(name + (executable ? "\n1\n" : "\n0\n"));
    std::string chunk(64 * 1024, '\0');
    std::uint64_t size = 0;
    while (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || in.gcount() > 0) {
        auto got = static_cast<std::size_t>(in.gcount());
        hash.update(std::string_view(chunk.data(), got));
        size += got;
    }
    hash.update("\n" + std::to_string(size) + "\n");
    return true;
}

void hashCommands(Sha256& hash, const ValidatorSource& source) {
    hash.update(source.usesScripts ? "scripts\n" : source.language->id + "\n");
    if (source.language == nullptr)
        return;
    for (const auto* command : {&source.language->compile, &source.language->run}) {
        for (const auto& argument : *command)
            hash.update(argument + "\x1f");
        hash.update("\n");
    }
}

// The main file: `__main__.py`, else one named main (any case), else the first.
std::string mainFile(const std::vector<std::string>& files) {
    for (const auto& file : files) {
        std::string stem = fs::path(file).stem().string();
        std::transform(stem.begin(), stem.end(), stem.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (stem == "__main__" || stem == "main")
            return file;
    }
    return files.front();
}

// A directory without scripts: the one language of its top-level sources.
void resolveDirectoryLanguage(ValidatorSource& source, const languages::Catalogue& catalogue,
                              std::string& error) {
    std::set<std::string> ids;
    std::vector<std::string> sources;
    for (const auto& entry : fs::directory_iterator(source.path, fs::directory_options{})) {
        const auto* language = catalogue.forFile(entry.path());
        if (language == nullptr || !entry.is_regular_file())
            continue;
        ids.insert(language->id);
        source.language = language;
        sources.push_back(entry.path().filename().string());
    }
    if (ids.size() != 1) {
        error = "output validator " + source.path.string() +
                (ids.empty() ? ": no source file in a known language"
                             : ": sources in several languages");
        return;
    }
    std::sort(sources.begin(), sources.end());
    source.command.files = sources;
    source.command.main = mainFile(sources);
}

// Every file's name, mode and contents, with the language and its commands.
std::string contentHash(const ValidatorSource& source, std::string& error) {
    Sha256 hash;
    hashCommands(hash, source);
    std::error_code listing;
    auto files = source.isDirectory ? filesBelow(source.path, listing)
                                    : std::vector<fs::path>{source.path.filename()};
    fs::path base = source.isDirectory ? source.path : source.path.parent_path();
    for (const auto& file : files) {
        if (!hashFile(hash, base / file, file.string()))
            error = "output validator: cannot read " + (base / file).string();
    }
    if (listing)
        error = "output validator: listing " + source.path.string() + ": " + listing.message();
    return hash.hexDigest();
}

void resolveLanguage(ValidatorSource& source, const languages::Catalogue& catalogue,
                     std::string& error) {
    if (source.isDirectory) {
        resolveDirectoryLanguage(source, catalogue, error);
    } else if ((source.language = catalogue.forFile(source.path)) != nullptr) {
        source.command.files = {source.path.filename().string()};
        source.command.main = source.command.files.front();
    } else {
        error = "output validator " + source.path.string() + ": unknown language";
    }
}

}  // namespace

ValidatorSource resolveValidator(const packages::Program& program,
                                 const languages::Catalogue& catalogue, std::string& error) {
    ValidatorSource source;
    source.path = program.path;
    source.isDirectory = program.isDirectory;
    source.usesScripts = program.isDirectory && (program.hasBuildScript || program.hasRunScript);
    source.hasBuildScript = program.hasBuildScript;
    try {
        if (!source.usesScripts)
            resolveLanguage(source, catalogue, error);
        if (error.empty())
            source.hash = contentHash(source, error);
        source.testlib = error.empty() && isTestlibChecker(source);
    } catch (const fs::filesystem_error& failure) {
        error = std::string("output validator: ") + failure.what();
    }
    return source;
}

}  // namespace verdict::judge
