#include "package_validator.h"

namespace verdict::judge {

namespace {

const packages::Program* chooseProgram(const packages::Package& package, std::string& error) {
    // Legacy packages use output_validators/ only with `validation: custom`; the reader sets
    // the flag itself for the later formats when the package has a validator.
    const auto& programs = package.outputValidators;
    if (!package.config.type.customOutputValidator)
        return nullptr;
    if (programs.empty()) {
        error = "the problem asks for a custom output validator but the package has none";
        return nullptr;
    }
    if (programs.size() > 1) {
        error = "the package has " + std::to_string(programs.size()) +
                " output validators; this judge supports one";
        return nullptr;
    }
    return &programs.front();
}

// The catalogue the settings name, else the default one (loaded into `loaded`).
const languages::Catalogue* catalogueFor(const JudgeSettings& settings,
                                         std::optional<languages::Catalogue>& loaded,
                                         std::string& error) {
    if (settings.catalogue != nullptr)
        return settings.catalogue;
    auto catalogue = languages::Catalogue::load(languages::Catalogue::defaultPath());
    if (!catalogue) {
        error = "output validator languages: " + catalogue.failure().describe();
        return nullptr;
    }
    loaded.emplace(std::move(catalogue.value()));
    return &*loaded;
}

}  // namespace

std::optional<CompiledValidator> prepareValidator(const launcher::SandboxLauncher& launcher,
                                                  const packages::Package& package,
                                                  const JudgeSettings& settings,
                                                  std::string& error) {
    const packages::Program* program = chooseProgram(package, error);
    if (program == nullptr)
        return std::nullopt;
    std::optional<languages::Catalogue> loaded;
    const languages::Catalogue* catalogue = catalogueFor(settings, loaded, error);
    if (catalogue == nullptr)
        return std::nullopt;
    ValidatorSource source = resolveValidator(*program, *catalogue, error);
    if (!error.empty())
        return std::nullopt;
    if (source.language != nullptr) {
        if (auto missing = languages::Catalogue::missingTool(*source.language); !missing.empty()) {
            error = "the output validator's language " + source.language->id +
                    " cannot run here: " + missing;
            return std::nullopt;
        }
    }
    ValidatorCache cache(settings.validatorCache);
    return buildValidator(launcher, source, package.config.limits, cache, error);
}

}  // namespace verdict::judge
