#include "verdict/languages/box_options.h"

namespace verdict::languages {

sandbox::RunOptions boxRunOptions(const Language& language, const std::vector<std::string>& command,
                                  const CommandContext& context, const std::filesystem::path& box) {
    sandbox::RunOptions options;
    options.limits.addressSpaceGraceBytes = language.addressSpaceGraceMib << 20;
    options.limits.fileSizeFloorBytes = language.fileSizeFloorMib << 20;
    options.workdir = box.string();
    for (const auto& bind : language.binds)
        options.binds.push_back({bind, bind, false});
    options.environment = language.environment;
    auto argv = expandCommand(command, context);
    if (argv.empty())
        return options;  // an empty template: the caller has nothing to run
    options.program = argv.front();
    options.arguments.assign(argv.begin() + 1, argv.end());
    return options;
}

}  // namespace verdict::languages
