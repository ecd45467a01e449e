#include "language_list.h"

#include "verdict/languages/version.h"

namespace verdict::api {

const nlohmann::json& LanguageList::json() {
    std::call_once(detected, [this] {
        list = nlohmann::json::array();
        for (const auto& language : catalogue.languages()) {
            auto version = languages::detectVersion(language);
            list.push_back({{"id", language.id},
                            {"name", language.name},
                            {"version", version.version},
                            {"extensions", language.extensions},
                            {"available", version.available}});
        }
    });
    return list;
}

}  // namespace verdict::api
