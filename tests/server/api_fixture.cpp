#include "api_fixture.h"

#include <fstream>
#include <sstream>

#include "verdict/api/credentials.h"

namespace verdict::tests {

namespace testing = packages::testing;

void ApiFixture::SetUp() {
    auto opened = store::SqliteStore::open(m_scratch.path() / "data");
    ASSERT_TRUE(opened) << opened.failure().describe();
    m_store = std::move(opened.value());
    auto catalogue = languages::Catalogue::load(VERDICT_LANGUAGES_JSON);
    ASSERT_TRUE(catalogue) << catalogue.failure().describe();
    m_catalogue = std::make_unique<languages::Catalogue>(std::move(catalogue.value()));
    m_store->createUser("admin", api::hashPassword(kAdminPassword), true, 0);
    m_sink = m_hub.addSubscriber([this](const std::shared_ptr<const events::Published>& event) {
        m_published.push_back(*event);
    });
    m_hub.watchUser(m_sink, 1);
    startApi({});
    m_adminToken = login("admin", kAdminPassword);
}

void ApiFixture::startApi(api::ApiConfig config) {
    config.dataDir = m_scratch.path() / "data";
    m_api = std::make_unique<api::Api>(*m_store, *m_catalogue, m_hub, m_metrics, config,
                                       [this](store::JobKind kind) { ++m_wakes[kind]; });
}

api::HttpResponse ApiFixture::call(const std::string& method, const std::string& target,
                                   const std::string& body, const std::string& token) {
    api::HttpRequest request;
    request.method = method;
    request.target = target;
    request.body = body;
    if (!token.empty())
        request.headers["authorization"] = "Bearer " + token;
    return m_api->handle(request);
}

nlohmann::json ApiFixture::bodyOf(const api::HttpResponse& response) {
    return nlohmann::json::parse(response.body, nullptr, false);
}

std::string ApiFixture::errorCode(const api::HttpResponse& response) {
    auto body = bodyOf(response);
    if (!body.is_object() || !body.contains("error"))
        return "(no error object: " + response.body + ")";
    return body["error"].value("code", "");
}

std::string ApiFixture::header(const api::HttpResponse& response, const std::string& name) {
    for (const auto& [key, value] : response.headers) {
        if (key == name)
            return value;
    }
    return "";
}

std::string ApiFixture::login(const std::string& username, const std::string& password) {
    auto response = call("POST", "/api/v1/auth/login",
                         nlohmann::json{{"username", username}, {"password", password}}.dump());
    EXPECT_EQ(response.status, 200) << response.body;
    return bodyOf(response).value("token", "");
}

std::string ApiFixture::newUser(const std::string& username, bool admin) {
    std::string password = username + "-password";
    auto created = call(
        "POST", "/api/v1/users",
        nlohmann::json{{"username", username}, {"password", password}, {"admin", admin}}.dump(),
        m_adminToken);
    EXPECT_EQ(created.status, 201) << created.body;
    m_hub.watchUser(m_sink, bodyOf(created).value("id", store::Id(0)));
    return login(username, password);
}

testing::FileList ApiFixture::sumProblem() {
    return {
        {"problem.yaml", "name: Sum It\nlimits:\n  code: 1\n"},
        {"problem_statement/problem.en.md", "# Sum It\n\nAdd two numbers.\n"},
        {"data/sample/1.in", "1 2\n"},
        {"data/sample/1.ans", "3\n"},
        {"data/secret/1.in", kSecretInput},
        {"data/secret/1.ans", "71834\n"},
    };
}

std::string ApiFixture::problemZip(const testing::FileList& files) {
    static int counter = 0;
    auto tree = testing::writeTree(m_scratch.path() / ("tree" + std::to_string(++counter)), files);
    auto zip = m_scratch.path() / ("package" + std::to_string(counter) + ".zip");
    testing::zipTree(tree, zip, "sumit/");
    std::ifstream in(zip, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

store::Id ApiFixture::addSumProblem() {
    auto response = call("POST", "/api/v1/problems", problemZip(sumProblem()), m_adminToken);
    EXPECT_EQ(response.status, 201) << response.body;
    return bodyOf(response).value("id", store::Id(0));
}

store::Id ApiFixture::submit(const std::string& token, store::Id problem,
                             const std::string& source) {
    auto response = call(
        "POST", "/api/v1/submissions",
        nlohmann::json{{"problem", problem}, {"language", "python3"}, {"source", source}}.dump(),
        token);
    EXPECT_EQ(response.status, 202) << response.body;
    return bodyOf(response).value("id", store::Id(0));
}

}  // namespace verdict::tests
