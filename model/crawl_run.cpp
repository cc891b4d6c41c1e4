#include "model/crawl_run.hpp"

#include <array>
#include <utility>

namespace scout::model {

namespace {

constexpr std::array<std::pair<RunStatus, std::string_view>, 5> k_statuses{{
  {RunStatus::running, "running"},
  {RunStatus::succeeded, "succeeded"},
  {RunStatus::partial, "partial"},
  {RunStatus::failed, "failed"},
  {RunStatus::interrupted, "interrupted"},
}};

constexpr std::array<std::pair<EndReason, std::string_view>, 4> k_reasons{{
  {EndReason::drained, "drained"},
  {EndReason::budget, "budget"},
  {EndReason::stopped, "stopped"},
  {EndReason::idle, "idle"},
}};

template<class Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value)
{
  for (const auto& [candidate, name] : table) {
    if (candidate == value) {
      return name;
    }
  }
  return "unknown";  // not reached: every enumerator is in its table
}

template<class Enum, std::size_t N>
std::optional<Enum> value_of(const std::array<std::pair<Enum, std::string_view>, N>& table, std::string_view text)
{
  for (const auto& [value, name] : table) {
    if (name == text) {
      return value;
    }
  }
  return std::nullopt;
}

}  // namespace

std::string_view to_string(RunStatus status) { return name_of(k_statuses, status); }

std::string_view to_string(EndReason reason) { return name_of(k_reasons, reason); }

std::optional<RunStatus> parse_run_status(std::string_view text) { return value_of(k_statuses, text); }

std::optional<EndReason> parse_end_reason(std::string_view text) { return value_of(k_reasons, text); }

void RunCounters::add(const RunCounters& other)
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

}  // namespace scout::model
