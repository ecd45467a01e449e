#include "verdict/packages/diagnostic.h"

#include <algorithm>
#include <utility>

namespace verdict::packages {

std::string Diagnostic::toString() const {
    std::string text = where.file.empty() ? std::string("package") : where.file;
    if (where.line > 0) {
        text += ":" + std::to_string(where.line);
    }
    text += severity == Severity::Error ? ": error [" : ": warning [";
    text += code + "]";
    if (!where.key.empty()) {
        text += " " + where.key + ":";
    }
    text += " " + message;
    if (!hint.empty()) {
        text += " (" + hint + ")";
    }
    return text;
}

void Diagnostics::error(std::string code, Where where, std::string message, std::string hint) {
    m_all.push_back(
        {Severity::Error, std::move(code), std::move(where), std::move(message), std::move(hint)});
}

void Diagnostics::warning(std::string code, Where where, std::string message, std::string hint) {
    m_all.push_back({Severity::Warning, std::move(code), std::move(where), std::move(message),
                     std::move(hint)});
}

bool Diagnostics::hasErrors() const {
    return std::any_of(m_all.begin(), m_all.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

std::vector<Diagnostic> Diagnostics::errors() const {
    std::vector<Diagnostic> out;
    std::copy_if(m_all.begin(), m_all.end(), std::back_inserter(out),
                 [](const Diagnostic& d) { return d.severity == Severity::Error; });
    return out;
}

std::vector<Diagnostic> Diagnostics::warnings() const {
    std::vector<Diagnostic> out;
    std::copy_if(m_all.begin(), m_all.end(), std::back_inserter(out),
                 [](const Diagnostic& d) { return d.severity == Severity::Warning; });
    return out;
}

bool Diagnostics::contains(const std::string& code) const {
    return find(code) != nullptr;
}

const Diagnostic* Diagnostics::find(const std::string& code) const {
    auto it = std::find_if(m_all.begin(), m_all.end(),
                           [&](const Diagnostic& d) { return d.code == code; });
    return it == m_all.end() ? nullptr : &*it;
}

}  // namespace verdict::packages
