#pragma once
// The language catalogue: how each language is compiled and run inside the sandbox, as data
// (resources/languages.json, overridable by the operator), and which toolchains this host has.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "verdict/sandbox/failure.h"

namespace verdict::languages {

struct Language {
    std::string id;    // the Kattis/ICPC problem package format's id where one exists
    std::string name;  // shown to people
    std::vector<std::string> extensions;   // without the dot
    std::vector<std::string> compile;      // argv template; empty: nothing to compile
    std::vector<std::string> run;          // argv template
    std::vector<std::string> version;      // argv that prints the toolchain's version
    std::vector<std::string> binds;        // extra read-only host paths the box needs
    std::vector<std::string> environment;  // NAME=VALUE for compiling and running
    unsigned compileProcesses = 64;
    unsigned runProcesses = 64;
    // Address space the runtime reserves beyond what it touches (JVM, Node): added to
    // RLIMIT_AS where the sandbox has no memory cgroup and must cap address space instead.
    std::uint64_t addressSpaceGraceMib = 0;
    std::uint64_t fileSizeFloorMib = 0;  // the sandbox's --file-size-floor
};

// Where the placeholders of a command come from.
struct CommandContext {
    std::vector<std::string> files;  // every source file name, in order
    std::string main;                // the main source file name
    std::uint64_t memoryMib = 0;
};

// {files} expands to every source file; {main}, {entry} and {memory_mib} inside any argument.
std::vector<std::string> expandCommand(const std::vector<std::string>& command,
                                       const CommandContext& context);

class Catalogue {
  public:
    static sandbox::Expected<Catalogue> load(const std::filesystem::path& path);
    static sandbox::Expected<Catalogue> parse(std::string_view json, const std::string& origin);
    // $VERDICT_LANGUAGES, else share/verdict/languages.json beside the executable's bin/.
    static std::filesystem::path defaultPath();

    const std::vector<Language>& languages() const { return m_languages; }
    const Language* find(std::string_view id) const;
    // By the file's extension, e.g. "sum.cpp" -> cpp.
    const Language* forFile(const std::filesystem::path& file) const;
    // Whether the tools the commands start exist on this host; the reason when not.
    static std::string missingTool(const Language& language);

  private:
    std::vector<Language> m_languages;
};

}  // namespace verdict::languages
