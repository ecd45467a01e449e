#pragma once
// A package's include/<language>/ and include/default/ files (a grader's main, a header the
// contestant codes against): copied over the submission's files before it compiles, the
// language's own entry winning over default and both over a submitted file of the same name.
#include <filesystem>
#include <vector>

#include "verdict/languages/catalogue.h"
#include "verdict/packages/package.h"

namespace verdict::judge {

struct SubmissionFiles {
    std::vector<std::filesystem::path> copies;  // every file to copy into the box, by name
    std::vector<std::string> compiled;          // file names the compile command gets
    std::string main;                           // the submission's main file name
};

// The submission's sources plus the package's include files for `language`. Only regular
// files directly in the include directory are taken (links and subdirectories are not).
SubmissionFiles submissionFiles(const packages::Package& package,
                                const languages::Language& language,
                                const std::vector<std::filesystem::path>& sources);

}  // namespace verdict::judge
