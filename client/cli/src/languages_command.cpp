#include <algorithm>
#include <iomanip>
#include <nlohmann/json.hpp>

#include "verdict/cli/commands.h"
#include "verdict/languages/version.h"

namespace verdict::cli {

namespace {

// One line of the catalogue as this host has it.
struct LanguageRow {
    const languages::Language* language;
    languages::ToolVersion tool;
};

std::string joined(const std::vector<std::string>& words, const char* separator) {
    std::string text;
    for (const auto& word : words)
        text += (text.empty() ? "" : separator) + word;
    return text;
}

nlohmann::json rowsJson(const std::vector<LanguageRow>& rows) {
    nlohmann::json array = nlohmann::json::array();
    for (const auto& row : rows) {
        array.push_back({{"id", row.language->id},
                         {"name", row.language->name},
                         {"extensions", row.language->extensions},
                         {"available", row.tool.available},
                         {"version", row.tool.version},
                         {"reason", row.tool.reason}});
    }
    return array;
}

void printTable(std::ostream& out, const std::vector<LanguageRow>& rows) {
    std::size_t idWidth = 2, extWidth = 10;
    for (const auto& row : rows) {
        idWidth = std::max(idWidth, row.language->id.size());
        extWidth = std::max(extWidth, joined(row.language->extensions, " ").size());
    }
    auto w = [](std::size_t width) { return std::setw(static_cast<int>(width + 2)); };
    out << std::left << w(idWidth) << "ID" << w(extWidth) << "EXTENSIONS" << w(9) << "AVAILABLE"
        << "VERSION / NAME\n";
    for (const auto& row : rows) {
        out << w(idWidth) << row.language->id << w(extWidth)
            << joined(row.language->extensions, " ") << w(9) << (row.tool.available ? "yes" : "no");
        if (!row.tool.available)
            out << row.tool.reason << "\n";
        else
            out << (row.tool.version.empty() ? row.language->name + " (" + row.tool.reason + ")"
                                             : row.tool.version)
                << "\n";
    }
}

}  // namespace

int languagesCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    bool json = false;
    for (const auto& arg : args) {
        if (arg != "--json") {
            err << "verdict languages: unknown argument '" << arg
                << "'; usage: verdict languages [--json]\n";
            return kExitError;
        }
        json = true;
    }
    auto catalogue = languages::Catalogue::load(languages::Catalogue::defaultPath());
    if (!catalogue) {
        err << "verdict languages: " << catalogue.failure().describe() << "\n";
        return kExitError;
    }
    std::vector<LanguageRow> rows;
    for (const auto& language : catalogue->languages())
        rows.push_back({&language, languages::detectVersion(language)});
    if (json)
        out << rowsJson(rows).dump() << "\n";
    else
        printTable(out, rows);
    return 0;
}

}  // namespace verdict::cli
