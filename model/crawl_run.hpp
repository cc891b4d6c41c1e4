#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace scout::model {

// How a crawl run ended, as crawl_runs.status stores it (the text values are the schema's
// CHECK list and must not change: existing databases and `scout status` read them).
enum class RunStatus { running, succeeded, partial, failed, interrupted };

// Why the engine stopped: the frontier drained, a request budget was spent, a stop was
// requested (Ctrl-C), or the next due task was further away than the idle limit.
enum class EndReason { drained, budget, stopped, idle };

// "running", "succeeded", "partial", "failed", "interrupted".
std::string_view to_string(RunStatus status);
// "drained", "budget", "stopped", "idle".
std::string_view to_string(EndReason reason);
// The value whose to_string is `text`; nullopt for any other text.
std::optional<RunStatus> parse_run_status(std::string_view text);
std::optional<EndReason> parse_end_reason(std::string_view text);

// What a crawl run did, for crawl_runs and `scout status`. Fields are read and written by
// name everywhere (store binds each to its column by name), never by position.
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
  void add(const RunCounters& other);

  bool operator==(const RunCounters&) const = default;
};

}  // namespace scout::model
