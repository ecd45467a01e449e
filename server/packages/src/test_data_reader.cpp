#include "test_data_reader.h"

#include <map>

#include "group_settings.h"

namespace verdict::packages {

namespace fs = std::filesystem;

namespace {

// One directory level: its cases (by stem) and subgroups, merged in lexicographic order.
struct Level {
    std::map<std::string, std::map<std::string, fs::path>> files;  // stem -> extension -> path
    std::map<std::string, fs::path> companionDirs;                 // stem -> <stem>.files/
    std::map<std::string, fs::path> subgroups;
};

Level scanLevel(const PackageFs& fs, const fs::path& directory) {
    Level level;
    for (const PackageFs::Entry& entry : fs.list(directory)) {
        const fs::path name(entry.name);
        if (entry.kind == PackageFs::Kind::Directory) {
            if (name.extension() == ".files") {
                level.companionDirs[name.stem().string()] = entry.path;
            } else {
                level.subgroups[entry.name] = entry.path;
            }
        } else if (entry.kind == PackageFs::Kind::File && name.has_extension()) {
            level.files[name.stem().string()][name.extension().string()] = entry.path;
        }
    }
    return level;
}

class TestDataWalker {
  public:
    TestDataWalker(const PackageFs& fs, Package& package) : m_fs(fs), m_package(package) {}

    void visit(const fs::path& directory, const std::string& name, const GroupSettings& parent,
               int depth);

  private:
    void addCase(const std::string& stem, const Level& level, const std::string& groupName,
                 std::size_t group);
    void checkModernShape(const Level& level, const std::string& name, const fs::path& directory,
                          int depth) const;

    const PackageFs& m_fs;
    Package& m_package;
};

void TestDataWalker::checkModernShape(const Level& level, const std::string& name,
                                      const fs::path& directory, int depth) const {
    if (m_package.config.version != FormatVersion::V2025_09) {
        return;
    }
    if (name == "secret" && !level.subgroups.empty() && !level.files.empty()) {
        for (const auto& [stem, byExtension] : level.files) {
            if (byExtension.count(".in")) {
                m_fs.diagnostics().error(
                    "mixed-secret", {m_fs.relative(directory)},
                    "data/secret holds both test groups and test cases (e.g. " + stem + ".in)",
                    "move the test cases into a group directory");
                break;
            }
        }
    }
    if (depth >= 2 && !level.subgroups.empty()) {
        m_fs.diagnostics().error("nested-group", {m_fs.relative(level.subgroups.begin()->second)},
                                 "2025-09 has no nested test groups",
                                 "move the group directly under data/secret");
    }
}

void TestDataWalker::visit(const fs::path& directory, const std::string& name,
                           const GroupSettings& parent, int depth) {
    TestGroup group{name, directory, {}, false};
    group.settings = readGroupSettings(m_fs, directory, parent, m_package.config.version, name,
                                       group.hasConfigFile);
    const std::size_t index = m_package.testGroups.size();
    m_package.testGroups.push_back(group);
    const Level level = scanLevel(m_fs, directory);
    checkModernShape(level, name, directory, depth);
    // Cases and subgroups interleave by name: "a.in" < "b/" < "c.in".
    std::map<std::string, bool> order;  // name -> is a subgroup
    for (const auto& [stem, byExtension] : level.files) {
        if (byExtension.count(".in")) {
            order.emplace(stem, false);
        } else if (byExtension.count(".ans") && name.rfind("invalid", 0) != 0) {
            m_fs.diagnostics().warning("orphan-answer", {m_fs.relative(byExtension.at(".ans"))},
                                       "an answer file without its .in is not a test case",
                                       "add the .in file or remove the .ans");
        }
    }
    for (const auto& [sub, path] : level.subgroups) {
        order.emplace(sub, true);
    }
    for (const auto& [item, isGroup] : order) {
        if (isGroup) {
            visit(level.subgroups.at(item), name + "/" + item, group.settings, depth + 1);
        } else {
            addCase(item, level, name, index);
        }
    }
}

void TestDataWalker::addCase(const std::string& stem, const Level& level,
                             const std::string& groupName, std::size_t group) {
    const auto& byExtension = level.files.at(stem);
    auto pick = [&](const std::string& ext) {
        auto it = byExtension.find(ext);
        return it == byExtension.end() ? fs::path() : it->second;
    };
    TestCase testCase;
    testCase.name = groupName + "/" + stem;
    testCase.group = group;
    testCase.input = pick(".in");
    testCase.answer = pick(".ans");
    testCase.output = pick(".out");
    testCase.interaction = pick(".interaction");
    if (auto it = level.companionDirs.find(stem); it != level.companionDirs.end()) {
        testCase.files = it->second;
    }
    if (testCase.answer.empty() && groupName.rfind("invalid_input", 0) != 0) {
        m_fs.diagnostics().error("missing-answer", {m_fs.relative(testCase.input)},
                                 "test case `" + testCase.name + "` has no .ans file",
                                 "add " + stem + ".ans next to " + stem + ".in");
        return;
    }
    const GroupSettings& settings = m_package.testGroups[group].settings;
    testCase.outputValidatorArgs = m_package.config.validatorFlags;
    testCase.outputValidatorArgs.insert(testCase.outputValidatorArgs.end(),
                                        settings.outputValidatorArgs.begin(),
                                        settings.outputValidatorArgs.end());
    testCase.inputValidatorArgs = settings.inputValidatorArgs;
    testCase.args = settings.args;
    testCase.fullFeedback = settings.fullFeedback;
    const fs::path caseYaml = pick(".yaml");
    if (!caseYaml.empty() && !isLegacy(m_package.config.version)) {
        testCase.caseYaml = caseYaml;
        readCaseYaml(m_fs, caseYaml, testCase);
    }
    m_package.testCases.push_back(std::move(testCase));
}

}  // namespace

void readTestData(const PackageFs& fs, Package& package) {
    const fs::path data = fs.root() / "data";
    if (!fs.isDirectory(data / "secret")) {
        fs.diagnostics().error("missing-secret", {"data/secret"},
                               "the package has no data/secret directory",
                               "put the judge's test cases (.in + .ans) in data/secret/");
        return;
    }
    bool hasRootConfig = false;
    const GroupSettings root =
        readGroupSettings(fs, data, GroupSettings{}, package.config.version, "data", hasRootConfig);
    package.dataSettings = root;
    TestDataWalker walker(fs, package);
    const bool modern = !isLegacy(package.config.version);
    for (const char* name :
         {"sample", "secret", "invalid_input", "invalid_output", "valid_output"}) {
        const bool extra = std::string(name) != "sample" && std::string(name) != "secret";
        if ((!extra || modern) && fs.isDirectory(data / name)) {
            walker.visit(data / name, name, root, 1);
        }
    }
}

}  // namespace verdict::packages
