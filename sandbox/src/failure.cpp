#include "verdict/sandbox/failure.h"

#include <cstring>

namespace verdict::sandbox {

std::string Failure::describe() const {
    std::string text = step;
    if (err != 0) {
        text += ": ";
        text += std::strerror(err);
    }
    if (!detail.empty()) {
        text += " (" + detail + ")";
    }
    return text;
}

}  // namespace verdict::sandbox
