// POST /problems (admin, a zip), GET /problems, GET /problems/{id}, and the statement file.
#include <fstream>
#include <sstream>

#include "problem_library.h"
#include "routes.h"
#include "statement_text.h"

namespace verdict::api {

namespace {

nlohmann::json listEntry(const store::Problem& problem) {
    return {{"id", problem.id}, {"short_name", problem.shortName}, {"name", problem.name}};
}

}  // namespace

HttpResponse Api::addProblem(Context& context) {
    if (!context.user->admin)
        return errorResponse(403, "forbidden", "only admins add problems");
    if (context.request.body.empty())
        return errorResponse(400, "empty_body", "send the problem package as a zip body");
    if (context.request.body.size() > m_config.maxProblemBytes) {
        return errorResponse(
            413, "too_large",
            "the package is over " + std::to_string(m_config.maxProblemBytes >> 20) + " MiB");
    }
    auto name = context.target.query.find("name");
    std::string error;
    auto installed = installProblem(context.request.body, m_config.dataDir / "problems",
                                    name == context.target.query.end() ? "" : name->second, error);
    if (!installed) {
        int status = error.find("exists") != std::string::npos ? 409 : 422;
        return errorResponse(status, status == 409 ? "problem_exists" : "bad_package", error);
    }
    store::Problem problem;
    problem.shortName = installed->shortName;
    problem.name = installed->name;
    problem.packagePath = installed->directory.string();
    problem.summaryJson = installed->summary.dump();
    problem.createdMs = nowMs();
    auto id = m_store.addProblem(problem);
    if (!id) {
        std::error_code ignored;
        std::filesystem::remove_all(installed->directory, ignored);
        return errorResponse(409, "problem_exists",
                             "a problem named '" + problem.shortName + "' exists");
    }
    return jsonResponse(201,
                        {{"id", *id}, {"short_name", problem.shortName}, {"name", problem.name}});
}

HttpResponse Api::listProblems(Context&) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& problem : m_store.problems())
        list.push_back(listEntry(problem));
    return jsonResponse(200, list);
}

HttpResponse Api::showProblem(Context&, store::Id id) {
    auto problem = m_store.problem(id);
    if (!problem)
        return errorResponse(404, "unknown_problem", "no problem " + std::to_string(id));
    nlohmann::json json = nlohmann::json::parse(problem->summaryJson, nullptr, false);
    if (!json.is_object())
        json = nlohmann::json::object();
    json["id"] = problem->id;
    json["code_kib"] = codeLimitBytes(json) / 1024;
    return jsonResponse(200, json);
}

std::size_t Api::codeLimitBytes(const nlohmann::json& summary) const {
    if (summary.is_object() && summary.contains("code_kib") && summary["code_kib"].is_number())
        return summary["code_kib"].get<std::size_t>() * 1024;
    return m_config.defaultCodeLimitBytes;  // the package states none
}

// The statement file as shipped (a PDF is not inlined in GET /problems/{id}).
HttpResponse Api::problemStatement(Context& context, store::Id id) {
    auto problem = m_store.problem(id);
    if (!problem)
        return errorResponse(404, "unknown_problem", "no problem " + std::to_string(id));
    auto query = [&](const char* name) {
        auto it = context.target.query.find(name);
        return it == context.target.query.end() ? std::string() : it->second;
    };
    const std::string language = query("language"), format = query("format");
    auto loaded = packages::loadPackage(problem->packagePath);
    if (!loaded.ok()) {
        return errorResponse(500, "internal",
                             "the stored package of problem " + std::to_string(id) +
                                 " does not load; the server's data needs a look");
    }
    const auto* file = chooseStatement(loaded.package->statements, language, format);
    if (!file) {
        return errorResponse(404, "unknown_statement",
                             "problem " + std::to_string(id) + " has no statement" +
                                 (language.empty() ? "" : " in language '" + language + "'") +
                                 (format.empty() ? "" : " in format '" + format + "'"));
    }
    std::ifstream in(file->path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in)
        return errorResponse(
            500, "internal",
            "the statement file of problem " + std::to_string(id) + " cannot be read");
    HttpResponse response;
    response.contentType = statementContentType(file->format);
    response.body = bytes.str();
    return response;
}

}  // namespace verdict::api
