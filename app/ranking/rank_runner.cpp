#include "app/ranking/rank_runner.hpp"

#include "app/ranking/classifying_sink.hpp"
#include "app/ranking/explained_rows.hpp"
#include "app/ranking/feature_cache.hpp"
#include "app/ranking/ranking_files.hpp"
#include "app/ranking/stored_scores.hpp"
#include "common/clock.hpp"
#include "common/error.hpp"
#include "ranker/day_number.hpp"
#include "ranker/ranker.hpp"
#include "store/database.hpp"
#include "store/ranking_cache.hpp"
#include "store/ranking_inputs.hpp"
#include "store/ranking_runs.hpp"

#include <tbb/task_arena.h>
#include <tbb/task_group.h>

#include <algorithm>
#include <chrono>

namespace scout::app {

namespace {

constexpr std::size_t k_block_people = 65536;

double seconds_since(std::chrono::steady_clock::time_point start)
{
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// --as-of, else when the last crawl finished, else the latest evidence: never the wall
// clock, so the same database and weights always give the same scores.
std::string resolve_as_of(store::Database& db, const RankOptions& options, int latest_day, Logger& log)
{
  std::string as_of = options.as_of.empty() ? store::last_crawl_finished(db).value_or("") : options.as_of;
  if (!options.as_of.empty() && ranker::day_number(as_of) < 0) {
    throw UsageError("--as-of " + options.as_of + ": expected a date as YYYY-MM-DD");
  }
  if (ranker::day_number(as_of) < 0) {
    as_of = format_iso8601_millis(static_cast<std::int64_t>(std::max(latest_day, 0)) * 86400000).substr(0, 10);
    log.info("rank: no finished crawl in " + db.path() + "; recency measured from the latest evidence, " + as_of);
  }
  return as_of.substr(0, 10);
}

// Read, classify and extract: the work a weight change skips.
CachedFeatures extract(store::Database& db, const RankingConfig& config, const RankOptions& options, Logger& log)
{
  ranker::InputClassifier classifier(config.taxonomy, config.weights, false);
  ClassifyingSink sink(classifier);
  store::read_rank_rows(db, sink);
  const ranker::ClassifiedInput input = classifier.finish();
  CachedFeatures out;
  out.as_of = resolve_as_of(db, options, input.latest_day, log);
  out.features = ranker::extract_features(input, config.weights, ranker::day_number(out.as_of));
  return out;
}

// The features of the database's crawl state: from the cache when it holds this state's,
// else extracted. `from_cache` says which: extracted features are for the caller to cache.
CachedFeatures features_of(store::Database& db, const std::string& key, const RankingConfig& config,
                           const RankOptions& options, Logger& log, bool& from_cache)
{
  from_cache = false;
  if (!options.fresh && db.schema_version() >= 7) {
    FeatureDecoder decoder;
    if (store::read_ranking_cache(db, store::RankingCache::features, key,
                                  [&](std::string_view chunk) { decoder.chunk(chunk); })) {
      if (std::optional<CachedFeatures> cached = decoder.finish()) {
        from_cache = true;
        return std::move(*cached);
      }
    }
  }
  return extract(db, config, options, log);
}

// The percentile caps of `cached` at the weights' percentile: from the cache when it
// holds them, else worked out and kept with the features (and cached with them).
void ensure_caps(CachedFeatures& cached, const ranker::Weights& weights)
{
  if (cached.caps_percentile != weights.percentile_cap) {
    cached.caps = ranker::percentile_caps(cached.features, weights.percentile_cap);
    cached.caps_percentile = weights.percentile_cap;
  }
}

// Who is explained: the top of the ranking and of each specialisation, as indices into
// result.people in rank order. A bounded heap per specialisation: no copy of the millions
// of (person, specialisation) scores.
std::vector<std::size_t> detailed_people(const ranker::FeatureSet& features, const ranker::RankResult& result,
                                         std::size_t spec_count)
{
  using Entry = std::pair<double, std::size_t>;  // score, rank index; the heap's front is the weakest kept
  const auto stronger = [](const Entry& a, const Entry& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  };
  std::vector<std::vector<Entry>> heaps(spec_count);
  // In feature order (sequential reads of the features), with each person's rank index.
  std::vector<std::uint32_t> rank_index(features.people.size(), UINT32_MAX);
  for (std::size_t i = 0; i < result.people.size(); ++i) {
    rank_index[result.people[i].features] = static_cast<std::uint32_t>(i);
  }
  for (std::size_t p = 0; p < features.people.size(); ++p) {
    const ranker::PersonFeatures& person = features.people[p];
    const std::size_t i = rank_index[p];
    for (std::size_t s = 0; s < person.count && i != UINT32_MAX; ++s) {
      const Entry entry{result.spec_scores[person.first + s], i};
      std::vector<Entry>& heap = heaps[features.specs[person.first + s].spec];
      if (entry.first <= 0 || (heap.size() == k_detailed_per_specialisation && !stronger(entry, heap.front()))) {
        continue;
      }
      heap.push_back(entry);
      std::push_heap(heap.begin(), heap.end(), stronger);
      if (heap.size() > k_detailed_per_specialisation) {
        std::pop_heap(heap.begin(), heap.end(), stronger);
        heap.pop_back();
      }
    }
  }
  std::vector<char> chosen(result.people.size(), 0);
  std::fill(chosen.begin(), chosen.begin() + static_cast<std::ptrdiff_t>(std::min(k_detailed_overall, chosen.size())),
            1);
  for (const std::vector<Entry>& heap : heaps) {
    for (const Entry& entry : heap) {
      chosen[entry.second] = 1;
    }
  }
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    if (chosen[i] != 0) {
      out.push_back(i);
    }
  }
  return out;
}

std::string specialisation_keys(const ranker::Taxonomy& taxonomy)
{
  std::string keys;
  for (const ranker::Specialisation& spec : taxonomy.specialisations) {
    keys += (keys.empty() ? "" : " ") + spec.key;
  }
  return keys;
}

// What stage 3 reads the explained people's rows with.
struct ExplainedReads {
  store::MainConnection connection;
  const std::string& fingerprint;  // of the crawl state, the key of the cached rows
  bool use_cache;
};

// The detail rows of the explained people, their rows read again for them alone.
std::vector<store::StoredScore> explained_scores(store::Database& db, const RankingConfig& config,
                                                 const CachedFeatures& cached, const ranker::RankResult& result,
                                                 const ExplainedReads& reads)
{
  const std::vector<std::size_t> ranked =
    detailed_people(cached.features, result, config.taxonomy.specialisations.size());
  std::vector<std::int64_t> ids;
  for (std::size_t i : ranked) {
    ids.push_back(result.people[i].person_id);
  }
  const ranker::RankInput mini = read_explained_rows(db, ids, reads.connection, reads.fingerprint, reads.use_cache);
  const ranker::ClassifiedInput classified = ranker::classify_input(mini, config.taxonomy, config.weights);
  const DetailInputs in{
    mini,   classified, config.taxonomy, config.weights, ranker::day_number(cached.as_of), cached.features,
    result, ranked};
  return stored_scores(in);
}

std::vector<RankedLine> top_lines(store::Database& db, const ranker::Taxonomy& taxonomy,
                                  const ranker::RankResult& result)
{
  std::vector<std::int64_t> ids;
  for (std::size_t i = 0; i < std::min<std::size_t>(10, result.people.size()); ++i) {
    ids.push_back(result.people[i].person_id);
  }
  std::map<std::int64_t, std::string> names = store::read_person_names(db, ids);
  std::vector<RankedLine> lines;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const ranker::PersonScore& person = result.people[i];
    const std::string spec =
      person.primary >= 0 ? taxonomy.specialisations[static_cast<std::size_t>(person.primary)].display_name : "-";
    lines.push_back({person.rank, person.person_id, names[person.person_id], spec, person.total});
  }
  return lines;
}

}  // namespace

RankSummary run_rank(const config::Settings& settings, const RankOptions& options, Logger& log)
{
  const bool explicit_weights = !options.weights_path.empty();
  // Weights and taxonomy are checked before the database is opened, so a bad file fails fast.
  (void)load_ranking_config(explicit_weights ? options.weights_path : settings.ranking.weights, explicit_weights);
  auto db = store::Database::open(settings.database.path);
  return run_rank(db, settings, options, log);
}

RankSummary run_rank(store::Database& db, const config::Settings& settings, const RankOptions& options, Logger& log)
{
  const bool explicit_weights = !options.weights_path.empty();
  const RankingConfig config =
    load_ranking_config(explicit_weights ? options.weights_path : settings.ranking.weights, explicit_weights);
  db.migrate();
  RankSummary summary;

  // Stage 1: the features of this crawl state: cached, or read in bulk, classified and
  // extracted (oneTBB).
  auto started = std::chrono::steady_clock::now();
  const std::string fingerprint = store::crawl_fingerprint(db);
  const std::string features_key = feature_cache_key(fingerprint, config, options.as_of);
  CachedFeatures features = features_of(db, features_key, config, options, log, summary.cached);
  ensure_caps(features, config.weights);
  const CachedFeatures& cached = features;
  summary.as_of = cached.as_of;
  summary.read_seconds = seconds_since(started);

  // Stage 2: score and order (oneTBB), while extracted features are cached: the file's
  // write is one thread's work, and the scoring takes the other.
  started = std::chrono::steady_clock::now();
  tbb::task_group caching;
  if (!summary.cached) {
    caching.run([&] {
      std::string header;
      store::write_ranking_cache(db, store::RankingCache::features, features_key, encode_features(cached, header));
    });
  }
  const ranker::RankResult result = ranker::score_people(cached.features, config.taxonomy, config.weights, cached.caps);
  caching.wait();
  summary.score_seconds = seconds_since(started);

  // Stage 3: the run, in one transaction: everyone's scores packed, the top explained.
  // The explained people's rows are read again (from the last run's file where it holds
  // them, else SQLite lookups on read-only connections) by the other threads, while this
  // one begins the transaction, deletes the old runs, packs the scores and writes them.
  // A database in memory has no other connection: its rows are read first, before the
  // transaction.
  started = std::chrono::steady_clock::now();
  const ExplainedReads reads{db.is_file() ? store::MainConnection::leave_free : store::MainConnection::share,
                             fingerprint, !options.fresh};
  std::vector<store::StoredScore> details;
  tbb::task_group explaining;  // declared after what it fills: on an error, it waits for the task first
  if (reads.connection == store::MainConnection::leave_free) {
    explaining.run([&] { details = explained_scores(db, config, cached, result, reads); });
  } else {
    details = explained_scores(db, config, cached, result, reads);
  }
  store::RankingRunHeader header{format_iso8601(std::chrono::system_clock::now()),
                                 config.weights_path,
                                 config.weights_hash,
                                 config.weights_json,
                                 config.taxonomy_hash,
                                 summary.as_of,
                                 std::to_string(result.bots) + " bots and organisations left out",
                                 specialisation_keys(config.taxonomy)};
  store::RankingRunWriter writer(db, header);
  summary.pruned_runs = writer.prune(settings.ranking.keep_runs);
  // Isolated: while waiting for its packing's pieces this thread takes none of the
  // explaining's, so the blocks are written as soon as they are packed, beside the reads.
  const PackedScores packed =
    tbb::this_task_arena::isolate([&] { return score_blocks(cached.features, result, k_block_people); });
  for (const PackedScores::Block& block : packed.blocks) {
    writer.write_block(packed.bytes(block), static_cast<std::int64_t>(block.people));
  }
  explaining.wait();
  writer.write(details);
  summary.detailed = static_cast<std::int64_t>(details.size());
  summary.run_id = writer.finish();
  summary.write_seconds = seconds_since(started);

  summary.people = static_cast<std::int64_t>(result.people.size());
  summary.bots = static_cast<std::int64_t>(result.bots);
  summary.weights_path = config.weights_path;
  summary.weights_hash = config.weights_hash;
  summary.top = top_lines(db, config.taxonomy, result);
  return summary;
}

InMemoryRanking rank_in_memory(const config::Settings& settings, const RankOptions& options, Logger& log)
{
  const bool explicit_weights = !options.weights_path.empty();
  const RankingConfig config =
    load_ranking_config(explicit_weights ? options.weights_path : settings.ranking.weights, explicit_weights);
  auto db = store::Database::open_read_only(settings.database.path);
  db.require_known_schema();
  bool from_cache = false;
  CachedFeatures cached = features_of(db, feature_cache_key(store::crawl_fingerprint(db), config, options.as_of),
                                      config, options, log, from_cache);
  ensure_caps(cached, config.weights);
  const ranker::RankResult result = ranker::score_people(cached.features, config.taxonomy, config.weights, cached.caps);
  InMemoryRanking ranking;
  ranking.weights_path = config.weights_path;
  ranking.as_of = cached.as_of;
  for (const ranker::PersonScore& person : result.people) {
    ranking.order.push_back(person.person_id);
    ranking.totals.push_back(person.total);
    std::map<std::string, double> specs;
    const ranker::PersonFeatures& personal = cached.features.people[person.features];
    for (std::size_t s = 0; s < personal.count; ++s) {
      specs[config.taxonomy.specialisations[cached.features.specs[personal.first + s].spec].key] =
        result.spec_scores[personal.first + s];
    }
    ranking.specialisations.push_back(std::move(specs));
  }
  ranking.names = store::read_person_names(db, ranking.order);
  return ranking;
}

}  // namespace scout::app
