// verdict-server: the Verdict HTTP + WebSocket server (docs/api.md, docs/server.md).
#include <cstdio>
#include <string>
#include <vector>

#include "verdict/app/server_main.h"

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
        std::fputs(verdict::app::serverUsage(), stdout);
        return 0;
    }
    std::string error;
    auto settings = verdict::app::parseServerArguments(args, error);
    if (!settings) {
        std::fprintf(stderr, "verdict-server: %s\n%s", error.c_str(), verdict::app::serverUsage());
        return 2;
    }
    return verdict::app::runServer(*settings);
}
