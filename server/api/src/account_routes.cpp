// POST /auth/login, POST /auth/logout, POST /users, GET /users/me, GET /languages.
#include <regex>

#include "language_list.h"
#include "routes.h"
#include "verdict/api/credentials.h"

namespace verdict::api {

namespace {

nlohmann::json userJson(const store::User& user) {
    return {{"id", user.id}, {"username", user.username}, {"admin", user.admin}};
}

}  // namespace

HttpResponse Api::login(Context& context) {
    if (auto bad = parseJsonObject(context))
        return *bad;
    std::string username, password;
    if (auto bad = requireString(context.body, "username", username))
        return *bad;
    if (auto bad = requireString(context.body, "password", password))
        return *bad;
    auto user = m_store.userByName(username);
    // The same answer for an unknown user and a wrong password: names are not disclosed.
    if (!user || !verifyPassword(user->passwordHash, password))
        return errorResponse(401, "bad_credentials", "unknown user or wrong password");
    std::string token = newToken();
    auto lifetime = std::chrono::duration_cast<std::chrono::milliseconds>(m_config.tokenLifetime);
    m_store.addToken(tokenHash(token), user->id, nowMs() + lifetime.count());
    return jsonResponse(200, {{"token", token}, {"user", userJson(*user)}});
}

HttpResponse Api::logout(Context& context) {
    std::string token = context.request.header("authorization").substr(7);
    m_store.revokeToken(tokenHash(token));
    return jsonResponse(200, {{"revoked", true}});
}

HttpResponse Api::createUser(Context& context) {
    if (!context.user->admin)
        return errorResponse(403, "forbidden", "only admins create users");
    if (auto bad = parseJsonObject(context))
        return *bad;
    std::string username, password;
    if (auto bad = requireString(context.body, "username", username))
        return *bad;
    if (auto bad = requireString(context.body, "password", password))
        return *bad;
    static const std::regex kName("[A-Za-z0-9_.-]{1,64}");
    if (!std::regex_match(username, kName)) {
        return errorResponse(400, "bad_username",
                             "a username is 1 to 64 letters, digits, '_', '.' or '-'");
    }
    if (password.size() < 8)
        return errorResponse(400, "weak_password", "a password has at least 8 characters");
    auto adminField = context.body.find("admin");
    if (adminField != context.body.end() && !adminField->is_boolean())
        return errorResponse(400, "bad_field", "\"admin\" is true or false");
    bool admin = adminField != context.body.end() && adminField->get<bool>();
    auto id = m_store.createUser(username, hashPassword(password), admin, nowMs());
    if (!id)
        return errorResponse(409, "user_exists", "a user named '" + username + "' exists");
    return jsonResponse(201, {{"id", *id}, {"username", username}, {"admin", admin}});
}

HttpResponse Api::me(Context& context) {
    return jsonResponse(200, userJson(*context.user));
}

HttpResponse Api::languages(Context&) {
    return jsonResponse(200, m_languages->json());
}

}  // namespace verdict::api
