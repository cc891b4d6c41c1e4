#pragma once

#include "crawler/crawl_backend.hpp"
#include "store/database.hpp"
#include "store/frontier.hpp"
#include "store/record_writer.hpp"
#include "store/response_archive.hpp"

namespace scout::app {

// crawler::CrawlBackend over the SQLite store: the frontier, the HTTP cache and the raw
// archive of one database. Each commit() is one transaction, which is what makes a
// `kill -9` at any moment safe to resume from.
class SqliteCrawlBackend : public crawler::CrawlBackend {
public:
  // `refresh_before_ms`: done tasks finished before this are crawled again when a parse
  // or plan re-adds them (the freshness window).
  SqliteCrawlBackend(store::Database& db, std::int64_t run_id, std::int64_t refresh_before_ms);

  std::vector<model::Task> claim_due(model::Source source, std::size_t limit, std::int64_t now_ms) override;
  std::optional<std::int64_t> next_due_at(model::Source source) override;
  std::optional<crawler::Validators> validators(const std::string& url) override;
  std::optional<std::string> archived_body(const std::string& url) override;
  void commit(const std::vector<crawler::TaskOutcome>& outcomes, std::int64_t now_ms) override;
  void release(const std::vector<model::Task>& tasks) override;

  // Notes that the records of these archived bodies were just re-derived by this build's
  // parsers (`crawl --reparse`), in one transaction.
  void mark_parsed(const std::vector<std::int64_t>& raw_response_ids);

private:
  bool records_current(const crawler::TaskOutcome& outcome);
  void commit_one(const crawler::TaskOutcome& outcome, std::int64_t now_ms);
  void store_response(const crawler::HttpResponse& response, std::int64_t now_ms);
  void enqueue_follow_ups(const crawler::ParseOutput& parsed, bool write_records, std::int64_t now_ms);

  store::Database& m_db;
  store::Frontier m_frontier;
  store::ResponseArchive m_archive;
  store::RecordWriter m_records;
  std::vector<std::string> m_dropped_handles;  // suppressed accounts of the last page's follow-ups
  std::int64_t m_run_id;
  std::int64_t m_refresh_before_ms;
};

}  // namespace scout::app
