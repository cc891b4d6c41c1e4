#pragma once

#include <cstdint>
#include <map>
#include <string>

namespace scout::crawler {

// What a crawl run did, for crawl_runs and `scout status`.
struct RunCounters {
  std::int64_t requests = 0;
  std::int64_t status_2xx = 0;
  std::int64_t status_3xx = 0;  // 304s included
  std::int64_t status_4xx = 0;
  std::int64_t status_5xx = 0;
  std::int64_t not_modified = 0;
  std::int64_t transport_errors = 0;
  std::int64_t retries = 0;
  std::int64_t bytes = 0;
  std::int64_t tasks_done = 0;
  std::int64_t tasks_failed = 0;
  std::map<std::string, double> wait_seconds;  // per rate-limit bucket
};

}  // namespace scout::crawler
