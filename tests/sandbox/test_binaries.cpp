#include "test_binaries.h"

#include <unistd.h>

#include <cstdlib>
#include <random>
#include <stdexcept>

#include "test_paths.h"

namespace verdict::tests {

std::string sandboxBinary() {
    const char* overridden = std::getenv("VERDICT_SANDBOX");
    if (overridden != nullptr && *overridden != '\0') {
        return overridden;
    }
    return std::string(kSandboxBinaryPath);
}

std::string hostileProgram(std::string_view name) {
    for (const auto& program : kHostilePrograms) {
        if (program.name == name) {
            return std::string(program.path);
        }
    }
    throw std::invalid_argument("no hostile program named " + std::string(name));
}

std::string uniqueToken(std::size_t length) {
    static std::mt19937_64 generator(std::random_device{}() ^
                                     static_cast<std::uint64_t>(::getpid()));
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string token;
    for (std::size_t i = 0; i < length; ++i) {
        token += kDigits[generator() % 16];
    }
    return token;
}

}  // namespace verdict::tests
