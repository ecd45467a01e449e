#include "verdict/languages/catalogue.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace verdict::languages {

namespace {

using sandbox::Failure;
using Json = nlohmann::json;

std::vector<std::string> strings(const Json& entry, const char* key) {
    if (!entry.contains(key))
        return {};
    return entry.at(key).get<std::vector<std::string>>();
}

Language languageFrom(const Json& entry) {
    Language language;
    language.id = entry.at("id").get<std::string>();
    language.name = entry.at("name").get<std::string>();
    language.extensions = strings(entry, "extensions");
    language.compile = strings(entry, "compile");
    language.run = strings(entry, "run");
    language.version = strings(entry, "version");
    language.binds = strings(entry, "binds");
    language.environment = strings(entry, "environment");
    language.compileProcesses = entry.value("compile_processes", 64u);
    language.runProcesses = entry.value("run_processes", 64u);
    language.addressSpaceGraceMib = entry.value("address_space_grace_mib", std::uint64_t{0});
    language.fileSizeFloorMib = entry.value("file_size_floor_mib", std::uint64_t{0});
    if (language.id.empty() || language.run.empty()) {
        throw std::invalid_argument("language '" + language.id + "' needs an id and a run command");
    }
    return language;
}

std::string replaceAll(std::string text, std::string_view from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

}  // namespace

std::vector<std::string> expandCommand(const std::vector<std::string>& command,
                                       const CommandContext& context) {
    std::string entry = std::filesystem::path(context.main).stem().string();
    std::vector<std::string> argv;
    for (const auto& argument : command) {
        if (argument == "{files}") {
            argv.insert(argv.end(), context.files.begin(), context.files.end());
            continue;
        }
        std::string expanded = replaceAll(argument, "{main}", context.main);
        expanded = replaceAll(expanded, "{entry}", entry);
        argv.push_back(replaceAll(expanded, "{memory_mib}", std::to_string(context.memoryMib)));
    }
    return argv;
}

sandbox::Expected<Catalogue> Catalogue::parse(std::string_view json, const std::string& origin) {
    try {
        Catalogue catalogue;
        const Json document = Json::parse(json);  // named: a temporary would dangle below
        for (const auto& entry : document.at("languages")) {
            catalogue.m_languages.push_back(languageFrom(entry));
        }
        return catalogue;
    } catch (const std::exception& error) {
        return Failure{"read the language catalogue " + origin, 0,
                       std::string(error.what()) + "; fix the file or unset VERDICT_LANGUAGES"};
    }
}

sandbox::Expected<Catalogue> Catalogue::load(const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in) {
        errno = ENOENT;
        return sandbox::sysFailure("open the language catalogue " + path.string(),
                                   "set VERDICT_LANGUAGES to a languages.json");
    }
    std::stringstream text;
    text << in.rdbuf();
    return parse(text.str(), path.string());
}

std::filesystem::path Catalogue::defaultPath() {
    if (const char* path = std::getenv("VERDICT_LANGUAGES"); path && *path)
        return path;
    std::error_code error;
    auto self = std::filesystem::read_symlink("/proc/self/exe", error);
    return self.parent_path().parent_path() / "share" / "verdict" / "languages.json";
}

const Language* Catalogue::find(std::string_view id) const {
    for (const auto& language : m_languages) {
        if (language.id == id)
            return &language;
    }
    return nullptr;
}

const Language* Catalogue::forFile(const std::filesystem::path& file) const {
    std::string extension = file.extension().string();
    if (extension.size() < 2)
        return nullptr;
    extension.erase(0, 1);
    for (const auto& language : m_languages) {
        for (const auto& known : language.extensions) {
            if (known == extension)
                return &language;
        }
    }
    return nullptr;
}

std::string Catalogue::missingTool(const Language& language) {
    for (const auto* command : {&language.compile, &language.run}) {
        if (command->empty() || command->front().front() != '/')
            continue;
        if (::access(command->front().c_str(), X_OK) != 0) {
            return command->front() + " is not installed";
        }
    }
    return {};
}

}  // namespace verdict::languages
