// verdict: the command line, a thin front end over the cli library.
#include <iostream>

#include "verdict/cli/commands.h"

int main(int argc, char** argv) {
    return verdict::cli::runCli({argv + 1, argv + argc}, std::cout, std::cerr);
}
