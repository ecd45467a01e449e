#include "rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace verdict::api {

bool RateLimiter::take(store::Id user, int& retryAfterSeconds) {
    auto now = std::chrono::steady_clock::now();
    std::lock_guard lock(m_mutex);
    auto [it, fresh] = m_buckets.try_emplace(user, Bucket{m_burst, now});
    Bucket& bucket = it->second;
    double elapsed = std::chrono::duration<double>(now - bucket.updated).count();
    bucket.tokens = std::min(m_burst, bucket.tokens + elapsed * m_perSecond);
    bucket.updated = now;
    if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return true;
    }
    retryAfterSeconds = static_cast<int>(std::ceil((1 - bucket.tokens) / m_perSecond));
    return false;
}

}  // namespace verdict::api
