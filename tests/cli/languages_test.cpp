// `verdict languages`: the catalogue with what this host has installed.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_process.h"

namespace verdict::tests {
namespace {

TEST(VerdictLanguages, TableListsInstalledLanguagesWithVersions) {
    auto outcome = runVerdict("languages", true);
    ASSERT_EQ(outcome.status, 0) << outcome.output << outcome.errors;
    EXPECT_NE(outcome.output.find("AVAILABLE"), std::string::npos) << outcome.output;
    EXPECT_NE(outcome.output.find("Python 3."), std::string::npos) << outcome.output;
    EXPECT_NE(outcome.output.find("g++"), std::string::npos) << outcome.output;
}

TEST(VerdictLanguages, JsonHasEveryField) {
    auto outcome = runVerdict("languages --json", true);
    ASSERT_EQ(outcome.status, 0) << outcome.errors;
    auto json = nlohmann::json::parse(outcome.output, nullptr, false);
    ASSERT_TRUE(json.is_array()) << outcome.output;
    int found = 0;
    for (const auto& language : json) {
        for (const char* key : {"id", "name", "extensions", "available", "version", "reason"})
            EXPECT_TRUE(language.contains(key)) << key << " in " << language.dump();
        if (language["id"] == "python3" || language["id"] == "cpp") {
            ++found;
            EXPECT_EQ(language["available"], true) << language.dump();
            EXPECT_FALSE(language["version"].get<std::string>().empty()) << language.dump();
        }
        if (language["id"] == "python3") {
            EXPECT_EQ(language["version"].get<std::string>().rfind("Python 3.", 0), 0u);
        }
    }
    EXPECT_EQ(found, 2) << outcome.output;
}

TEST(VerdictLanguages, MissingToolchainIsReportedNotCrashed) {
    TempDir dir;
    auto catalogue = dir.write("languages.json", R"({"languages": [
        {"id": "zig", "name": "Zig", "extensions": ["zig"], "compile": ["/nonexistent/zig"],
         "run": ["./main"], "version": ["/nonexistent/zig", "version"]},
        {"id": "shy", "name": "Shy", "extensions": ["shy"], "run": ["/bin/true"],
         "version": ["/bin/false"]}]})");
    auto outcome = runVerdict("languages --json", true, "VERDICT_LANGUAGES=" + catalogue.string());
    ASSERT_EQ(outcome.status, 0) << outcome.errors;
    const std::string& text = outcome.output;
    auto json = nlohmann::json::parse(text, nullptr, false);
    ASSERT_TRUE(json.is_array()) << text;
    ASSERT_EQ(json.size(), 2u);
    EXPECT_EQ(json[0]["available"], false);
    EXPECT_NE(json[0]["reason"].get<std::string>().find("not installed"), std::string::npos);
    EXPECT_EQ(json[1]["available"], true);
    EXPECT_EQ(json[1]["version"], "");
}

TEST(VerdictLanguages, UnknownArgumentIsAUsageError) {
    auto outcome = runVerdict("languages --yaml");
    EXPECT_EQ(outcome.status, 2);
    EXPECT_NE(outcome.output.find("usage"), std::string::npos) << outcome.output;
}

}  // namespace
}  // namespace verdict::tests
