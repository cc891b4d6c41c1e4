#pragma once

#include "replay/headers.hpp"

#include <string>

namespace scout::replay {

// How the body goes on the wire.
enum class BodyDelivery {
  whole,     // normally
  truncate,  // full Content-Length announced, connection closed after half the body
  drip,      // `chunk_bytes` at a time, `interval_ms` apart
};

// One answer, independent of the HTTP library that sends it.
struct Reply {
  int status = 200;
  Headers headers;  // holds Content-Type when there is a body
  std::string body;
  int delay_ms = 0;  // wait this long before answering
  BodyDelivery delivery = BodyDelivery::whole;
  int chunk_bytes = 0;  // drip
  int interval_ms = 0;  // drip
};

// A request as the server received it.
struct IncomingRequest {
  std::string method;  // upper case, as sent
  std::string target;  // raw "/path?query", still percent-encoded
  Headers headers;
};

}  // namespace scout::replay
