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

  // Adds another round's counters to these.
  void add(const RunCounters& other)
  {
    requests += other.requests;
    status_2xx += other.status_2xx;
    status_3xx += other.status_3xx;
    status_4xx += other.status_4xx;
    status_5xx += other.status_5xx;
    not_modified += other.not_modified;
    transport_errors += other.transport_errors;
    retries += other.retries;
    bytes += other.bytes;
    tasks_done += other.tasks_done;
    tasks_failed += other.tasks_failed;
    for (const auto& [bucket, seconds] : other.wait_seconds) {
      wait_seconds[bucket] += seconds;
    }
  }
};

}  // namespace scout::crawler
