#pragma once
// What every connection needs: the API, the event hub, limits, and the pool that runs API
// requests off the network threads.
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/http.hpp>

#include "verdict/api/api.h"
#include "verdict/events/event_hub.h"
#include "verdict/http/server.h"

namespace verdict::http {

struct ServerContext {
    api::Api& api;
    events::EventHub& hub;
    ServerOptions options;
    boost::asio::thread_pool& work;
};

using Request = boost::beast::http::request<boost::beast::http::string_body>;
using Response = boost::beast::http::response<boost::beast::http::string_body>;

// The API's view of a Beast request, and a Beast response from the API's.
api::HttpRequest toApiRequest(const Request& request, const std::string& peer);
Response toBeastResponse(const api::HttpResponse& response, unsigned version, bool keepAlive);

}  // namespace verdict::http
