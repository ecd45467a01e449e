#pragma once
// GET /api/v1/languages: the catalogue with availability and versions, detected once (running
// every toolchain's version command takes seconds) on first use and kept.
#include <mutex>
#include <nlohmann/json.hpp>

#include "verdict/languages/catalogue.h"

namespace verdict::api {

struct LanguageList {
    explicit LanguageList(const languages::Catalogue& languages) : catalogue(languages) {}
    const nlohmann::json& json();

    const languages::Catalogue& catalogue;
    std::once_flag detected;
    nlohmann::json list;
};

}  // namespace verdict::api
