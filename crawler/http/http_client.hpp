#pragma once

#include "crawler/http/http_types.hpp"

#include <chrono>
#include <cstddef>
#include <vector>

namespace scout::crawler {

// Non-blocking HTTP transport: starts transfers and reports completed ones.
// Not thread-safe: one thread drives it (start, poll and in_flight).
class HttpClient {
public:
  virtual ~HttpClient() = default;

  // Begins the GET now; its response comes back from a later poll() with the same id.
  virtual void start(HttpRequest request) = 0;

  // Waits at most `max_wait` for progress and returns the transfers that completed
  // since the last call, in no particular order (possibly none). Never throws for a
  // failed transfer: the failure is in HttpResponse::error.
  virtual std::vector<HttpResponse> poll(std::chrono::milliseconds max_wait) = 0;

  // Transfers started and not yet returned by poll().
  virtual std::size_t in_flight() const = 0;
};

}  // namespace scout::crawler
