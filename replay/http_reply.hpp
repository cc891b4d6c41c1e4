#pragma once

// Internal to scout_replay: the only place that turns a Reply into cpp-httplib calls.

#include "replay/reply.hpp"

#include <httplib.h>

#include <functional>

namespace scout::replay {

// Waits `ms` milliseconds; returns false when the server is stopping meanwhile.
using Pause = std::function<bool(int ms)>;

// Request headers in our form.
Headers from_http_headers(const httplib::Headers& headers);

// Fills `response` from `reply`, with a content provider for truncated and dripped
// bodies. Hop-by-hop and framing headers recorded in fixtures (Content-Length,
// Transfer-Encoding, Content-Encoding, Connection, Keep-Alive) are dropped: the body
// is served decoded and cpp-httplib frames it.
void write_reply(Reply reply, httplib::Response& response, const Pause& pause);

}  // namespace scout::replay
