#include "steps.h"

namespace verdict::judge {

sandbox::RunOptions boxOptions(const StepContext& step, const std::vector<std::string>& command) {
    sandbox::RunOptions options;
    options.limits.addressSpaceGraceBytes = step.language.addressSpaceGraceMib << 20;
    options.workdir = step.box.string();
    for (const auto& bind : step.language.binds)
        options.binds.push_back({bind, bind, false});
    options.environment = step.language.environment;
    auto argv = languages::expandCommand(command, step.command);
    options.program = argv.front();
    options.arguments.assign(argv.begin() + 1, argv.end());
    return options;
}

}  // namespace verdict::judge
