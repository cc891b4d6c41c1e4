#pragma once

#include "replay/headers.hpp"
#include "replay/reply.hpp"

#include <string>
#include <string_view>

namespace scout::replay {

// True when an If-None-Match value (one tag, a comma-separated list, or `*`) names
// `etag`. Weak (`W/`) and strong forms compare equal, as for GET.
bool etag_matches(std::string_view if_none_match, std::string_view etag);

// A strong ETag ("\"<16 hex digits>\"") derived from a hash of `body`.
std::string body_etag(std::string_view body);

// Turns a 200 `reply` into an empty 304 (validators and other headers kept) when the
// request's If-None-Match names its ETag or, without If-None-Match, its
// If-Modified-Since equals its Last-Modified. Returns true when it did.
bool apply_conditional(const Headers& request_headers, Reply& reply);

}  // namespace scout::replay
