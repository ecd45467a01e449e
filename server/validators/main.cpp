// verdict-default-validator: the default output validator behind the custom-validator contract.
#include <string>
#include <vector>

#include <unistd.h>

#include <verdict/validators/validator_cli.h>

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    return verdict::validators::runDefaultValidator(args, STDIN_FILENO);
}
