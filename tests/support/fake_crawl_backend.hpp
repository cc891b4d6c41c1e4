#pragma once

#include "crawler/crawl_backend.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace scout::testing {

// An in-memory CrawlBackend: a frontier of tasks with due times, an HTTP cache and an
// archive, with the same state changes the SQLite backend makes (a retry counts an
// attempt, a wait does not; follow-ups with a known (kind, url) are not added again).
class FakeCrawlBackend : public crawler::CrawlBackend {
public:
  enum class State { pending, in_flight, done, failed };

  struct Entry {
    model::Task task;
    State state = State::pending;
    std::int64_t due_ms = 0;
    std::string last_error;
  };

  // Adds a pending task due at `due_ms`; returns its id.
  std::int64_t add(model::Source source, const std::string& kind, const std::string& url, std::int64_t due_ms = 0)
  {
    model::Task task;
    task.id = static_cast<std::int64_t>(m_entries.size()) + 1;
    task.source = source;
    task.kind = kind;
    task.url = url;
    m_entries.push_back(Entry{task, State::pending, due_ms, ""});
    return task.id;
  }

  const Entry& entry(const std::string& url) const
  {
    const auto found =
      std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) { return e.task.url == url; });
    if (found == m_entries.end()) {
      throw std::out_of_range("FakeCrawlBackend: no task for " + url);
    }
    return *found;
  }
  const std::vector<Entry>& entries() const { return m_entries; }
  // Every outcome committed, in order.
  const std::vector<crawler::TaskOutcome>& committed() const { return m_committed; }
  std::size_t count(State state) const
  {
    return static_cast<std::size_t>(
      std::count_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) { return e.state == state; }));
  }

  std::vector<model::Task> claim_due(model::Source source, std::size_t limit, std::int64_t now_ms) override
  {
    std::vector<model::Task> claimed;
    for (Entry& e : m_entries) {
      if (claimed.size() < limit && e.state == State::pending && e.task.source == source && e.due_ms <= now_ms) {
        e.state = State::in_flight;
        claimed.push_back(e.task);
      }
    }
    return claimed;
  }

  std::optional<std::int64_t> next_due_at(model::Source source) override
  {
    std::optional<std::int64_t> earliest;
    for (const Entry& e : m_entries) {
      if (e.state == State::pending && e.task.source == source && (!earliest || e.due_ms < *earliest)) {
        earliest = e.due_ms;
      }
    }
    return earliest;
  }

  std::optional<crawler::Validators> validators(const std::string& url) override
  {
    const auto found = m_validators.find(url);
    return found == m_validators.end() ? std::nullopt : std::optional<crawler::Validators>(found->second);
  }

  std::optional<std::string> archived_body(const std::string& url) override
  {
    const auto found = m_archive.find(url);
    return found == m_archive.end() ? std::nullopt : std::optional<std::string>(found->second);
  }

  void commit(const std::vector<crawler::TaskOutcome>& outcomes, std::int64_t /*now_ms*/) override
  {
    for (const crawler::TaskOutcome& outcome : outcomes) {
      apply(outcome);
      m_committed.push_back(outcome);
    }
  }

  void release(const std::vector<model::Task>& tasks) override
  {
    for (const model::Task& task : tasks) {
      by_id(task.id).state = State::pending;
    }
  }

private:
  Entry& by_id(std::int64_t id) { return m_entries.at(static_cast<std::size_t>(id - 1)); }

  void apply(const crawler::TaskOutcome& outcome)
  {
    using S = crawler::TaskOutcome::State;
    Entry& e = by_id(outcome.task.id);
    e.last_error = outcome.error;
    if (outcome.state == S::done) {
      e.state = State::done;
      store(outcome);
    } else if (outcome.state == S::failed) {
      e.state = State::failed;
    } else {
      e.state = State::pending;
      e.due_ms = outcome.next_attempt_ms;
      e.task.attempts += outcome.state == S::retry ? 1 : 0;
    }
  }

  void store(const crawler::TaskOutcome& outcome)
  {
    for (const model::NewTask& task : outcome.parsed.new_tasks) {
      const bool known = std::any_of(m_entries.begin(), m_entries.end(), [&](const Entry& e) {
        return e.task.kind == task.kind && e.task.url == task.url;
      });
      if (!known) {
        add(task.source, task.kind, task.url, 0);
      }
    }
    if (outcome.response && outcome.response->status == 200) {
      m_archive[outcome.response->url] = outcome.response->body;
      m_validators[outcome.response->url] = crawler::Validators{outcome.response->headers.get("ETag").value_or(""), ""};
    }
  }

  std::vector<Entry> m_entries;
  std::vector<crawler::TaskOutcome> m_committed;
  std::map<std::string, crawler::Validators> m_validators;
  std::map<std::string, std::string> m_archive;
};

}  // namespace scout::testing
