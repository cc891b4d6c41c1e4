#include "app/crawl/reparse.hpp"

#include "app/crawl/heap_tuning.hpp"
#include "app/crawl/source_table.hpp"
#include "app/crawl/sqlite_crawl_backend.hpp"
#include "common/clock.hpp"
#include "common/json_parse.hpp"
#include "crawler/legacy_subject.hpp"
#include "crawler/parse_stage.hpp"

#include <rapidjson/document.h>

#include <algorithm>
#include <map>

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

// Submits the next batch of archived pages to `stage`, as if each had just come back 200;
// returns the raw response id of each task submitted, by task id.
std::map<std::int64_t, std::int64_t> submit_batch(store::Frontier& frontier, store::ResponseArchive& archive,
                                                  crawler::ParseStage& stage, const ParserFor& parser_for,
                                                  std::int64_t& after)
{
  std::map<std::int64_t, std::int64_t> raw_ids;
  for (auto& [task, raw_id] : frontier.done_with_archive(after, k_batch)) {
    after = task.id;
    raw_ids[task.id] = raw_id;
    crawler::TaskOutcome outcome;
    outcome.status = 200;
    crawler::HttpResponse response;
    response.url = task.url;
    response.status = 200;
    response.headers = headers_from_json(archive.load_headers_json(raw_id));
    response.body = archive.load_body(raw_id);
    outcome.response = std::move(response);
    const crawler::TaskParser& parser = parser_for(task.source);
    outcome.task = std::move(task);
    stage.submit(std::move(outcome), "", parser);
  }
  return raw_ids;
}

}  // namespace

ReparseSummary reparse_archive(const config::Settings& settings, Logger& log)
{
  keep_freed_heap();
  auto db = store::Database::open(settings.database.path, {settings.database.cache_mb});
  db.migrate();
  const SourceTable sources(settings);
  const ParserFor parser_for = [&](model::Source source) -> const crawler::TaskParser& {
    return sources.get(source).parser();
  };
  return reparse_archive(db, parser_for, log, to_unix_millis(std::chrono::system_clock::now()));
}

ReparseSummary reparse_archive(store::Database& db, const ParserFor& parser_for, Logger& log, std::int64_t now_ms)
{
  store::Frontier frontier(db);
  store::ResponseArchive archive(db);
  // Follow-ups inherit their parent's subject, so a task stored before subjects gets its own first.
  frontier.fill_missing_subjects(crawler::subject_from_legacy_url);
  // Nothing is re-queued for fetching: follow-ups already known stay as they are.
  SqliteCrawlBackend backend(db, 0, 0);
  crawler::ParseStage stage;
  ReparseSummary summary;
  std::int64_t after = 0;
  for (std::map<std::int64_t, std::int64_t> raw_ids = submit_batch(frontier, archive, stage, parser_for, after);
       !raw_ids.empty(); raw_ids = submit_batch(frontier, archive, stage, parser_for, after)) {
    stage.wait_all();
    std::vector<crawler::TaskOutcome> outcomes;
    std::vector<std::int64_t> parsed_ids;
    for (crawler::TaskOutcome& outcome : stage.drain()) {
      ++summary.tasks;
      if (!outcome.parsed.error.empty()) {
        ++summary.failed;
        log.warn("reparse: " + outcome.parsed.error);
        continue;
      }
      parsed_ids.push_back(raw_ids.at(outcome.task.id));
      // The body is archived already: the commit stores only records and follow-ups.
      outcome.response.reset();
      outcomes.push_back(std::move(outcome));
    }
    // In task order, as the archive was read: parses finish in any order, and the records'
    // row ids should not depend on which finished first.
    std::sort(outcomes.begin(), outcomes.end(),
              [](const crawler::TaskOutcome& a, const crawler::TaskOutcome& b) { return a.task.id < b.task.id; });
    backend.commit(outcomes, now_ms);
    // Their records are now this build's parsers' work, so a 304 for them need not write them.
    backend.mark_parsed(parsed_ids);
  }
  return summary;
}

}  // namespace scout::app
