#pragma once
// The API without the network: Api::handle on a real SQLite store in a scratch directory, the
// real language catalogue, an event hub with a recording sink, metrics, and no workers (the
// wake callback only counts).
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "package_builder.h"
#include "verdict/api/api.h"
#include "verdict/languages/catalogue.h"
#include "verdict/store/sqlite_store.h"

namespace verdict::tests {

class ApiFixture : public ::testing::Test {
  protected:
    void SetUp() override;
    // Builds the API with `config` (dataDir is filled in); SetUp calls it with the defaults.
    void startApi(api::ApiConfig config);

    api::HttpResponse call(const std::string& method, const std::string& target,
                           const std::string& body = "", const std::string& token = "");
    static nlohmann::json bodyOf(const api::HttpResponse& response);
    static std::string errorCode(const api::HttpResponse& response);
    static std::string header(const api::HttpResponse& response, const std::string& name);

    std::string login(const std::string& username, const std::string& password);
    // A user created through the admin, logged in: its token. The recording sink follows its
    // submissions.
    std::string newUser(const std::string& username, bool admin = false);
    // The zip of a small pass-fail problem ("Sum It"): code limit 1 KiB, one sample, one
    // secret case whose input is kSecretInput.
    std::string problemZip(const packages::testing::FileList& files);
    static packages::testing::FileList sumProblem();
    store::Id addSumProblem();
    store::Id submit(const std::string& token, store::Id problem, const std::string& source);

    static constexpr const char* kSecretInput = "SECRET-INPUT-71829 5\n";
    static constexpr const char* kAdminPassword = "admin-password-1";

    packages::testing::ScratchDirectory m_scratch;
    std::unique_ptr<store::SqliteStore> m_store;
    std::unique_ptr<languages::Catalogue> m_catalogue;
    events::EventHub m_hub;
    events::EventHub::SubscriberId m_sink = 0;  // records into m_published
    events::Metrics m_metrics;
    std::unique_ptr<api::Api> m_api;
    std::map<store::JobKind, int> m_wakes;
    std::vector<events::Published> m_published;
    std::string m_adminToken;
};

}  // namespace verdict::tests
