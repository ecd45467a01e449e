#pragma once
// Per-user token buckets: `perSecond` refill, `burst` capacity. Thread-safe.
#include <chrono>
#include <map>
#include <mutex>

#include "verdict/store/store.h"

namespace verdict::api {

class RateLimiter {
  public:
    RateLimiter(double perSecond, double burst) : m_perSecond(perSecond), m_burst(burst) {}
    // True: allowed (a token is taken). False: `retryAfterSeconds` says when one will be back.
    bool take(store::Id user, int& retryAfterSeconds);

  private:
    struct Bucket {
        double tokens;
        std::chrono::steady_clock::time_point updated;
    };
    double m_perSecond, m_burst;
    std::mutex m_mutex;
    std::map<store::Id, Bucket> m_buckets;
};

}  // namespace verdict::api
