#include "app/crawl/reparse.hpp"

#include "app/crawl/heap_tuning.hpp"
#include "app/crawl/source_parsers.hpp"
#include "app/crawl/sqlite_crawl_backend.hpp"
#include "crawler/parse_stage.hpp"
#include "common/clock.hpp"
#include "common/json_parse.hpp"

#include <rapidjson/document.h>
#include <tbb/parallel_for.h>

namespace scout::app {

namespace {

constexpr std::size_t k_batch = 256;

crawler::Headers headers_from_json(const std::string& text)
{
  crawler::Headers headers;
  rapidjson::Document document;
  if (!parse_json(document, text).empty() || !document.IsArray()) {
    return headers;
  }
  for (const auto& pair : document.GetArray()) {
    if (pair.IsArray() && pair.Size() == 2 && pair[0].IsString() && pair[1].IsString()) {
      headers.add(pair[0].GetString(), pair[1].GetString());
    }
  }
  return headers;
}

struct Archived {
  crawler::TaskOutcome outcome;
  std::int64_t raw_id = 0;
  crawler::Headers headers;
  std::string body;
};

std::vector<Archived> load_batch(store::Frontier& frontier, store::ResponseArchive& archive, std::int64_t& after)
{
  std::vector<Archived> batch;
  for (auto& [task, raw_id] : frontier.done_with_archive(after, k_batch)) {
    after = task.id;
    Archived item;
    item.outcome.task = std::move(task);
    item.raw_id = raw_id;
    item.outcome.status = 200;
    item.headers = headers_from_json(archive.load_headers_json(raw_id));
    item.body = archive.load_body(raw_id);
    batch.push_back(std::move(item));
  }
  return batch;
}

}  // namespace

ReparseSummary reparse_archive(const config::Settings& settings, Logger& log)
{
  keep_freed_heap();
  auto db = store::Database::open(settings.database.path, {settings.database.cache_mb});
  db.migrate();
  const SourceParsers parsers(settings);
  store::Frontier frontier(db);
  store::ResponseArchive archive(db);
  const std::int64_t now = to_unix_millis(std::chrono::system_clock::now());
  // Nothing is re-queued for fetching: follow-ups already known stay as they are.
  SqliteCrawlBackend backend(db, 0, 0);
  ReparseSummary summary;
  std::int64_t after = 0;
  for (std::vector<Archived> batch = load_batch(frontier, archive, after); !batch.empty();
       batch = load_batch(frontier, archive, after)) {
    tbb::parallel_for(std::size_t{0}, batch.size(), [&](std::size_t i) {
      Archived& item = batch[i];
      const crawler::FetchedPage page{item.outcome.task.url, 200, &item.headers, item.body};
      item.outcome.parsed = crawler::parse_page(parsers.for_source(item.outcome.task.source), item.outcome.task, page);
    });
    std::vector<crawler::TaskOutcome> outcomes;
    std::vector<std::int64_t> parsed_ids;
    for (Archived& item : batch) {
      ++summary.tasks;
      if (!item.outcome.parsed.error.empty()) {
        ++summary.failed;
        log.warn("reparse: " + item.outcome.parsed.error);
        continue;
      }
      outcomes.push_back(std::move(item.outcome));
      parsed_ids.push_back(item.raw_id);
    }
    backend.commit(outcomes, now);
    // Their records are now this build's parsers' work, so a 304 for them need not write them.
    backend.mark_parsed(parsed_ids);
  }
  return summary;
}

}  // namespace scout::app
