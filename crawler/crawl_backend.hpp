#pragma once

#include "crawler/http/http_types.hpp"
#include "crawler/task_parser.hpp"
#include "model/task.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace scout::crawler {

// Conditional-request validators for a URL.
struct Validators {
  std::string etag;
  std::string last_modified;
};

// How one attempt at a task ended, as the engine hands it to the backend.
struct TaskOutcome {
  enum class State { done, failed, retry, wait };
  model::Task task;
  State state = State::done;
  std::int64_t next_attempt_ms = 0;  // for retry and wait
  std::string error;                 // for failed, retry, wait
  long status = 0;
  // For done: the response (200: archive body and validators; 304: refresh the cache).
  std::optional<HttpResponse> response;
  ParseOutput parsed;  // for done
};

// The engine's view of persistence: the frontier, the HTTP cache and the archive. The
// engine calls it from its one loop thread only. Implemented over SQLite in app/.
class CrawlBackend {
public:
  virtual ~CrawlBackend() = default;
  // Claims up to `limit` due pending tasks of one source, marking them in flight.
  virtual std::vector<model::Task> claim_due(model::Source source, std::size_t limit, std::int64_t now_ms) = 0;
  // Earliest due time of any pending task of `source`, or nullopt when none is pending.
  virtual std::optional<std::int64_t> next_due_at(model::Source source) = 0;
  virtual std::optional<Validators> validators(const std::string& url) = 0;
  // The archived body a 304 for `url` refers to; nullopt when none is archived.
  virtual std::optional<std::string> archived_body(const std::string& url) = 0;
  // Stores outcomes (records, follow-up tasks, archive, cache, task state) in ONE
  // transaction: after a crash either all of an outcome is stored or none of it.
  virtual void commit(const std::vector<TaskOutcome>& outcomes, std::int64_t now_ms) = 0;
  // Tasks claimed but never started (a stopped run) go back to pending.
  virtual void release(const std::vector<model::Task>& tasks) = 0;
};

}  // namespace scout::crawler
