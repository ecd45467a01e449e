#pragma once
// The file name a submitted source is judged under. Clients send only the text; most
// languages do not care, but Java wants the public class's name and Erlang the module's.
#include <string>

#include "verdict/languages/catalogue.h"

namespace verdict::worker {

std::string sourceFileName(const languages::Language& language, const std::string& source);

}  // namespace verdict::worker
