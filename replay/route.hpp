#pragma once

#include "replay/headers.hpp"

#include <string>
#include <vector>

namespace scout::replay {

// One recorded answer. `body` may still contain `{{base}}` placeholders.
struct RecordedResponse {
  int status = 200;
  Headers headers;
  std::string body;
};

// One recorded request and what the server answers to it, in order: the n-th
// matching request gets responses[n], and the last one repeats.
struct Route {
  std::string method;                       // upper case
  std::string path;                         // normalise_path()
  std::string query;                        // normalise_query()
  std::vector<RecordedResponse> responses;  // never empty
  std::string source;                       // fixture file it was read from, for error messages
};

}  // namespace scout::replay
