#include "statement_text.h"

#include <fstream>
#include <regex>

namespace verdict::api {

namespace {

constexpr std::streamsize kStatementBytes = 512 * 1024;

int preference(const packages::StatementFile& file) {
    int language = file.language == "en" ? 0 : file.language.empty() ? 1 : 2;
    int format = file.format == "md"     ? 0
                 : file.format == "html" ? 1
                 : file.format == "tex"  ? 2
                 : file.format == "txt"  ? 3
                                         : 4;
    return language * 10 + format;
}

std::string readText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string text(static_cast<std::size_t>(kStatementBytes), '\0');
    in.read(text.data(), kStatementBytes);
    text.resize(static_cast<std::size_t>(in.gcount()));
    return text;
}

}  // namespace

std::string latexToMarkdown(const std::string& latex) {
    struct Rule {
        std::regex pattern;
        const char* replacement;
    };
    static const std::vector<Rule> rules = {
        {std::regex(R"(%[^\n]*)"), ""},
        {std::regex(R"(\\problemname\{([^}]*)\})"), "# $1"},
        {std::regex(R"(\\(sub)?section\*?\{([^}]*)\})"), "\n## $2\n"},
        {std::regex(R"(\\(textbf|emph|textit)\{([^}]*)\})"), "*$2*"},
        {std::regex(R"(\\texttt\{([^}]*)\})"), "`$1`"},
        {std::regex(R"(\\begin\{(itemize|enumerate)\}|\\end\{(itemize|enumerate)\})"), ""},
        {std::regex(R"(\\item\s*)"), "- "},
        {std::regex(R"(\\begin\{verbatim\}|\\end\{verbatim\})"), "```"},
        {std::regex(R"(\\illustration\{[^}]*\}\{[^}]*\}\{[^}]*\})"), ""},
        {std::regex(R"(\\\\)"), "\n"},
        {std::regex(R"(~)"), " "},
    };
    std::string text = latex;
    for (const auto& rule : rules)
        text = std::regex_replace(text, rule.pattern, rule.replacement);
    return text;
}

const packages::StatementFile* chooseStatement(
    const std::vector<packages::StatementFile>& statements, const std::string& language,
    const std::string& format) {
    const packages::StatementFile* best = nullptr;
    for (const auto& file : statements) {
        if ((!language.empty() && file.language != language) ||
            (!format.empty() && file.format != format))
            continue;
        if (!best || preference(file) < preference(*best))
            best = &file;
    }
    return best;
}

std::string statementContentType(const std::string& format) {
    if (format == "pdf")
        return "application/pdf";
    if (format == "html")
        return "text/html; charset=utf-8";
    if (format == "md")
        return "text/markdown; charset=utf-8";
    if (format == "tex")
        return "text/x-tex; charset=utf-8";
    return "text/plain; charset=utf-8";
}

nlohmann::json statementJson(const std::vector<packages::StatementFile>& statements) {
    if (statements.empty())
        return nullptr;
    const packages::StatementFile* best = &statements.front();
    for (const auto& file : statements) {
        if (preference(file) < preference(*best))
            best = &file;
    }
    nlohmann::json available = nlohmann::json::array();
    for (const auto& file : statements)
        available.push_back({{"language", file.language}, {"format", file.format}});
    nlohmann::json json = {
        {"language", best->language}, {"format", best->format}, {"available", available}};
    if (best->format == "pdf")
        return json;  // binary: the client asks for the file (not inlined)
    std::string text = readText(best->path);
    json["text"] = text;
    if (best->format == "md" || best->format == "txt")
        json["markdown"] = text;
    else if (best->format == "tex")
        json["markdown"] = latexToMarkdown(text);
    else if (best->format == "html")
        json["html"] = text;
    return json;
}

}  // namespace verdict::api
