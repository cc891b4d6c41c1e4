#pragma once

#include "common/clock.hpp"
#include "replay/fixture_store.hpp"
#include "replay/replay_options.hpp"
#include "replay/replay_state.hpp"
#include "replay/reply.hpp"

#include <string>
#include <string_view>

namespace scout::replay {

// Turns one fixture request (never a /__replay/ one) into a reply, in stages: rate
// limit, faults, recorded response, `{{base}}`, auto ETag, conditional 304, body
// faults, counting. Thread-safe; holds references to everything it is given.
class Responder {
public:
  Responder(const FixtureStore& fixtures, ReplayState& state, const ReplayOptions& options, const Clock& clock);

  // `base_url` ("http://127.0.0.1:PORT") replaces `{{base}}` in headers and body.
  Reply respond(const IncomingRequest& request, std::string_view base_url);

private:
  Reply build_reply(const IncomingRequest& request, const std::string& path, const std::string& query,
                    std::string_view base_url);
  Reply recorded_reply(const std::string& method, const std::string& path, const std::string& query,
                       std::string_view base_url);

  const FixtureStore& m_fixtures;
  ReplayState& m_state;
  const ReplayOptions& m_options;
  const Clock& m_clock;
};

}  // namespace scout::replay
