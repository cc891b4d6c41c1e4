#pragma once

#include "replay/rate_limiter.hpp"
#include "replay/replay_options.hpp"
#include "replay/reply.hpp"

namespace scout::replay {

// Adds the headers `style` puts on every response: X-RateLimit-Limit/Remaining/
// Reset/Used/Resource for github, RateLimit and RateLimit-Policy for hf, none for
// plain. With `overwrite` false, headers already in `reply` (from a fault) are kept.
void add_rate_headers(Reply& reply, RateStyle style, const RateDecision& decision, bool overwrite);

// The answer to a request beyond the limit: 403 + X-RateLimit-Remaining: 0 (github),
// 429 + RateLimit r=0 + Retry-After (hf), 429 + Retry-After (plain).
Reply rate_limited_reply(RateStyle style, const RateDecision& decision);

}  // namespace scout::replay
