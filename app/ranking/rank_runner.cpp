#include "app/ranking/rank_runner.hpp"

#include "app/ranking/ranking_files.hpp"
#include "app/ranking/stored_scores.hpp"
#include "common/clock.hpp"
#include "common/error.hpp"
#include "ranker/day_number.hpp"
#include "ranker/ranker.hpp"
#include "store/database.hpp"
#include "store/ranking_inputs.hpp"
#include "store/ranking_runs.hpp"

#include <algorithm>
#include <chrono>

namespace scout::app {

namespace {

constexpr std::size_t k_write_batch = 16384;

double seconds_since(std::chrono::steady_clock::time_point start)
{
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The latest dated evidence, for a database no crawl has finished on (fixtures, imports).
int latest_evidence_day(const ranker::RankInput& input)
{
  int day = -1;
  for (const ranker::Repo& repo : input.repos) {
    day = std::max(day, repo.pushed_day);
  }
  for (const ranker::Model& model : input.models) {
    day = std::max(day, model.modified_day);
  }
  for (const ranker::Paper& paper : input.papers) {
    day = std::max(day, paper.published_day);
  }
  return day;
}

// --as-of, else when the last crawl finished, else the latest evidence: never the wall
// clock, so the same database and weights always give the same scores.
std::string resolve_as_of(store::Database& db, const RankOptions& options, ranker::RankInput& input, Logger& log)
{
  std::string as_of = options.as_of;
  if (as_of.empty()) {
    as_of = store::last_crawl_finished(db).value_or("");
  }
  input.as_of_day = ranker::day_number(as_of);
  if (!options.as_of.empty() && input.as_of_day < 0) {
    throw UsageError("--as-of " + options.as_of + ": expected a date as YYYY-MM-DD");
  }
  if (input.as_of_day < 0) {
    input.as_of_day = std::max(latest_evidence_day(input), 0);
    as_of = format_iso8601_millis(static_cast<std::int64_t>(input.as_of_day) * 86400000).substr(0, 10);
    log.info("rank: no finished crawl in " + db.path() + "; recency measured from the latest evidence, " + as_of);
  }
  return as_of.substr(0, 10);
}

std::vector<RankedLine> top_lines(const ranker::RankInput& input, const ranker::Taxonomy& taxonomy, const ranker::RankResult& result)
{
  std::vector<RankedLine> lines;
  for (std::size_t i = 0; i < std::min<std::size_t>(10, result.people.size()); ++i) {
    const ranker::PersonScore& person = result.people[i];
    const std::string spec = person.primary >= 0 ? taxonomy.specialisations[static_cast<std::size_t>(person.primary)].display_name : "-";
    lines.push_back({person.rank, person.person_id, input.person_names[person.features], spec, person.total});
  }
  return lines;
}

}  // namespace

RankSummary run_rank(const config::Settings& settings, const RankOptions& options, Logger& log)
{
  const bool explicit_weights = !options.weights_path.empty();
  const RankingConfig config = load_ranking_config(explicit_weights ? options.weights_path : settings.ranking.weights, explicit_weights);
  auto db = store::Database::open(settings.database.path);
  db.migrate();

  // Stage 1: the crawled tables, one query each.
  auto started = std::chrono::steady_clock::now();
  ranker::RankInput input = store::read_rank_input(db);
  RankSummary summary;
  summary.as_of = resolve_as_of(db, options, input, log);
  summary.read_seconds = seconds_since(started);

  // Stage 2: classify items, extract features per person, score and order (oneTBB).
  started = std::chrono::steady_clock::now();
  const ranker::ItemClasses classes = ranker::classify_items(input, config.taxonomy, config.weights);
  const ranker::FeatureSet features = ranker::extract_features(input, classes, config.weights);
  const ranker::RankResult result = ranker::score_people(features, config.taxonomy, config.weights);
  summary.score_seconds = seconds_since(started);

  // Stage 3: the run, in one transaction, its rows built in parallel batches.
  started = std::chrono::steady_clock::now();
  store::RankingRunHeader header{format_iso8601(std::chrono::system_clock::now()), config.weights_path, config.weights_hash,
                                 config.weights_json, config.taxonomy_hash, summary.as_of,
                                 std::to_string(result.bots) + " bots and organisations left out"};
  store::RankingRunWriter writer(db, header);
  for (std::size_t from = 0; from < result.people.size(); from += k_write_batch) {
    const std::size_t to = std::min(result.people.size(), from + k_write_batch);
    writer.write(stored_scores(input, classes, config.taxonomy, features, result, from, to));
  }
  summary.run_id = writer.finish();
  summary.write_seconds = seconds_since(started);

  summary.people = static_cast<std::int64_t>(result.people.size());
  summary.bots = static_cast<std::int64_t>(result.bots);
  summary.weights_path = config.weights_path;
  summary.weights_hash = config.weights_hash;
  summary.top = top_lines(input, config.taxonomy, result);
  return summary;
}

InMemoryRanking rank_in_memory(const config::Settings& settings, const RankOptions& options, Logger& log)
{
  const bool explicit_weights = !options.weights_path.empty();
  const RankingConfig config = load_ranking_config(explicit_weights ? options.weights_path : settings.ranking.weights, explicit_weights);
  auto db = store::Database::open_read_only(settings.database.path);
  db.require_known_schema();
  ranker::RankInput input = store::read_rank_input(db);
  InMemoryRanking ranking;
  ranking.weights_path = config.weights_path;
  ranking.as_of = resolve_as_of(db, options, input, log);
  const ranker::ItemClasses classes = ranker::classify_items(input, config.taxonomy, config.weights);
  const ranker::FeatureSet features = ranker::extract_features(input, classes, config.weights);
  const ranker::RankResult result = ranker::score_people(features, config.taxonomy, config.weights);
  for (const ranker::PersonScore& person : result.people) {
    ranking.order.push_back(person.person_id);
    ranking.totals.push_back(person.total);
    std::map<std::string, double> specs;
    for (const ranker::SpecScore& spec : person.specs) {
      specs[config.taxonomy.specialisations[spec.spec].key] = spec.score;
    }
    ranking.specialisations.push_back(std::move(specs));
    ranking.names[person.person_id] = input.person_names[person.features];
  }
  return ranking;
}

}  // namespace scout::app
