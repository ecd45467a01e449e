#include "sum_problem.h"

#include <stdlib.h>

#include <fstream>

namespace verdict::tests {

namespace fs = std::filesystem;

namespace {

void write(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path) << text;
}

}  // namespace

SumProblem::SumProblem() {
    char pattern[] = "/tmp/verdict-judge-test-XXXXXX";
    m_root = ::mkdtemp(pattern);
    fs::permissions(m_root, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                fs::perms::others_read | fs::perms::others_exec);
    m_package = m_root / "sum";
    write(m_package / "problem.yaml", "name: Sum\nlimits:\n  memory: 64\n  output: 1\n");
    write(m_package / ".timelimit", "1\n");
    write(m_package / "data/sample/1.in", "1 2\n");
    write(m_package / "data/sample/1.ans", "3\n");
    write(m_package / "data/secret/a.in", "5 7\n");
    write(m_package / "data/secret/a.ans", "12\n");
    write(m_package / "data/secret/b.in", "1000000000 1000000000\n");
    write(m_package / "data/secret/b.ans", "2000000000\n");
}

SumProblem::~SumProblem() {
    std::error_code ignored;
    fs::remove_all(m_root, ignored);
}

void SumProblem::addFile(const std::string& relative, const std::string& text) const {
    write(m_package / relative, text);
}

fs::path SumProblem::submission(const std::string& fileName, const std::string& code) const {
    fs::path path = m_root / "submissions" / fileName;
    write(path, code);
    return path;
}

}  // namespace verdict::tests
