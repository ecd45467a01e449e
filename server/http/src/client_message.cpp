#include "client_message.h"

#include <nlohmann/json.hpp>
#include <utility>

namespace verdict::http {

namespace {

ClientMessage refused(std::string reason) {
    ClientMessage message;
    message.closeReason = std::move(reason);
    return message;
}

ClientMessage accepted(const SubscribeRequest& request) {
    ClientMessage message;
    message.subscribe = request;
    return message;
}

}  // namespace

ClientMessage parseClientMessage(std::string_view text) {
    auto json = nlohmann::json::parse(text, nullptr, false);
    // Types are checked before every get<>: a wrong type must close the client, not throw.
    auto type = json.is_object() ? json.find("type") : json.end();
    if (!json.is_object() || type == json.end() || *type != "subscribe")
        return refused(
            "send JSON: {\"type\": \"subscribe\", \"submission\": ID, \"after_seq\": N}");
    SubscribeRequest request;
    if (auto it = json.find("after_seq"); it != json.end()) {
        if (!it->is_number_integer() || it->get<std::int64_t>() < 0)
            return refused("after_seq is a non-negative integer");
        request.afterSeq = it->get<std::int64_t>();
    }
    if (auto it = json.find("mine"); it != json.end()) {
        if (!it->is_boolean())
            return refused("mine is true or false");
        request.mine = it->get<bool>();
        if (request.mine)
            return accepted(request);
    }
    // The names of store::jobKindName, spelled here so the fuzzer needs no store library.
    for (auto [kind, name] : {std::pair{store::JobKind::Submission, "submission"},
                              std::pair{store::JobKind::Run, "run"}}) {
        auto it = json.find(name);
        if (it == json.end())
            continue;
        if (!it->is_number_integer())
            return refused(std::string(name) + " is an id");
        request.kind = kind;
        request.target = it->get<store::Id>();
        return accepted(request);
    }
    return refused("subscribe to a \"submission\", a \"run\" or \"mine\"");
}

}  // namespace verdict::http
