#pragma once

#include "common/clock.hpp"
#include "replay/fault.hpp"
#include "replay/reply.hpp"

namespace scout::replay {

// The answer a status fault gives instead of the recording: its status, Retry-After
// and X-RateLimit-* when asked for (`rate_limit` fills X-RateLimit-Limit), its
// extra headers, and its body or a GitHub-style {"message": ...}.
Reply status_fault_reply(const Fault& fault, const Clock& clock, int rate_limit);

// Applies a truncate, malform, html or drip fault to an already built reply.
void apply_body_fault(const Fault& fault, Reply& reply);

}  // namespace scout::replay
