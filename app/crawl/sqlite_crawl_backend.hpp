#pragma once

#include "app/crawl/source_table.hpp"
#include "crawler/crawl_backend.hpp"
#include "store/crawl_batch.hpp"
#include "store/database.hpp"

#include <memory>

namespace scout::app {

// crawler::CrawlBackend over the store's crawl batch (store/crawl_batch.hpp): turns the
// engine's outcomes into the store's task results, and nothing else. All SQL, and what a
// commit stores, is the store's.
class SqliteCrawlBackend : public crawler::CrawlBackend {
public:
  // `refresh_before_ms`: done tasks finished before this are crawled again when a parse
  // or plan re-adds them (the freshness window).
  // `sources` answers the store's questions about follow-ups and must outlive the backend.
  SqliteCrawlBackend(store::Database& db, const SourceTable& sources, std::int64_t run_id,
                     std::int64_t refresh_before_ms);
  // The same with the sources as built-in defaults configure them (the store bench).
  SqliteCrawlBackend(store::Database& db, std::int64_t run_id, std::int64_t refresh_before_ms);
  ~SqliteCrawlBackend() override;

  std::vector<model::Task> claim_due(model::Source source, std::size_t limit, std::int64_t now_ms) override;
  std::optional<std::int64_t> next_due_at(model::Source source) override;
  std::optional<crawler::Validators> validators(const std::string& url) override;
  std::optional<std::string> archived_body(const std::string& url) override;
  void commit(const std::vector<crawler::TaskOutcome>& outcomes, std::int64_t now_ms) override;
  void release(const std::vector<model::Task>& tasks) override;

  // Notes that the records of these archived bodies were just re-derived by this build's
  // parsers (`crawl --reparse`), in one transaction.
  void mark_parsed(const std::vector<std::int64_t>& raw_response_ids);

  // The store side, for planning before the run (prepare) and between rounds (queue).
  store::CrawlBatch& batch() { return m_batch; }

private:
  std::unique_ptr<SourceTable> m_default_sources;  // set by the second constructor only
  store::CrawlBatch m_batch;
};

}  // namespace scout::app
