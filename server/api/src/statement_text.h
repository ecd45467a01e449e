#pragma once
// A package's statement for clients: the file as shipped (Markdown, HTML, LaTeX or text) and a
// Markdown rendering the IDE can show (LaTeX statements are converted: sections, emphasis,
// lists, verbatim; math is kept between $ signs). PDF statements are named, not inlined.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "verdict/packages/statement.h"

namespace verdict::api {

nlohmann::json statementJson(const std::vector<packages::StatementFile>& statements);

// The preferred statement whose language and format match (an empty one matches any): English,
// then no language, then any; Markdown, HTML, LaTeX, text, PDF. nullptr when none matches.
const packages::StatementFile* chooseStatement(
    const std::vector<packages::StatementFile>& statements, const std::string& language,
    const std::string& format);

// The Content-Type a statement file is served with (GET /problems/{id}/statement).
std::string statementContentType(const std::string& format);

// problemtools-style LaTeX (\problemname, \section*, \begin{itemize}...) as Markdown.
std::string latexToMarkdown(const std::string& latex);

}  // namespace verdict::api
