// Store benchmark: how fast scout writes crawled records, against SQLite's own speed.
//   1. a synthetic archive of realistic answers (GitHub, Hugging Face, arXiv) is parsed by
//      scout's parsers into record batches (untimed);
//   2. (a) scout's RecordWriter writes them into a fresh database, 256 answers a transaction,
//      as the crawl and `crawl --reparse` do;
//   3. (b) a plain SQLite upsert loop writes the same records into a fresh database of the
//      same tables and indexes;
//   4. for context, the whole crawl commit path (records, follow-ups, archive, task state) for
//      the answers as 200s, then again as 304s (unchanged answers: records are not rewritten).
// Ends with one line: store-bench: records=N scout_per_s=... raw_per_s=... ratio=...
// Usage: store_bench [RECORDS=500000] [--cache-mb MB=64] [--archive PATH] [--trim]
//   --archive keeps the crawled database of step 4, for timing `scout crawl --reparse` on it.
#include "app/config/load_settings.hpp"
#include "app/crawl/source_parsers.hpp"
#include "app/crawl/sqlite_crawl_backend.hpp"
#include "bench/store_bench_raw.hpp"
#include "bench/store_bench_world.hpp"
#include "crawler/parse_stage.hpp"
#include "store/crawl_runs.hpp"
#include "store/record_writer.hpp"
#include "store/transaction.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <malloc.h>
#include <map>
#include <random>

namespace {

namespace fs = std::filesystem;
using namespace scout;

constexpr std::size_t k_per_transaction = 256;
constexpr std::int64_t k_now_ms = 1796083200000;  // 2026-12-01

struct Options {
  std::size_t records = 500000;
  int cache_mb = 64;
  std::string archive;
  bool trim = false;  // --trim: leave glibc's heap trimming at its start-up setting
};

std::size_t count(const model::RecordBatch& b)
{
  return b.github_users.size() + b.github_repos.size() + b.github_contributions.size() + b.hf_authors.size()
         + b.hf_models.size() + b.hf_model_cards.size() + b.arxiv_papers.size() + b.evidence.size();
}

double seconds_since(std::chrono::steady_clock::time_point start)
{
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// One parsed answer: what the crawl hands the store.
struct Parsed {
  bench::SyntheticResponse response;
  crawler::ParseOutput output;
};

std::vector<Parsed> parse_world(std::size_t records, std::size_t& total)
{
  const app::SourceParsers parsers(config::default_settings());
  const std::size_t people = std::max<std::size_t>(1000, records / 10);
  std::vector<Parsed> parsed;
  total = 0;
  for (std::size_t round = 0; total < records; ++round) {
    for (bench::SyntheticResponse& response : bench::synthetic_round(round, people)) {
      crawler::Headers headers;
      const crawler::FetchedPage page{response.task.url, 200, &headers, response.body};
      crawler::ParseOutput output = crawler::parse_page(parsers.for_source(response.task.source), response.task, page);
      if (!output.error.empty()) {
        std::fprintf(stderr, "store_bench: synthetic answer does not parse: %s\n", output.error.c_str());
        std::exit(1);
      }
      total += count(output.records);
      parsed.push_back({std::move(response), std::move(output)});
    }
  }
  return parsed;
}

store::Database fresh_database(const fs::path& path, int cache_mb)
{
  fs::remove(path);
  store::Database db = store::Database::open(path.string(), {cache_mb});
  db.migrate();
  return db;
}

// (a) scout's writer path, as the crawl backend drives it.
double scout_writes(const fs::path& path, const std::vector<Parsed>& parsed, int cache_mb)
{
  store::Database db = fresh_database(path, cache_mb);
  store::RecordWriter writer(db);
  const auto start = std::chrono::steady_clock::now();
  for (std::size_t i = 0; i < parsed.size(); i += k_per_transaction) {
    store::Transaction transaction(db, "store bench records");
    for (std::size_t j = i; j < std::min(parsed.size(), i + k_per_transaction); ++j) {
      writer.write(parsed[j].output.records, k_now_ms);
    }
    transaction.commit();
  }
  return seconds_since(start);
}

// (b) the plain loop, into tables made by the same migrations.
double raw_writes(const fs::path& path, const std::vector<Parsed>& parsed, int cache_mb)
{
  fresh_database(path, cache_mb);  // schema only; closed again (and unlocked) here
  std::vector<model::RecordBatch> batches;
  batches.reserve(parsed.size());
  for (const Parsed& p : parsed) {
    batches.push_back(p.output.records);
  }
  return bench::raw_upserts(path.string(), batches, k_per_transaction, cache_mb);
}

std::vector<crawler::TaskOutcome> outcomes(const std::vector<Parsed>& parsed, std::size_t from, long status,
                                           const std::vector<model::Task>& tasks)
{
  std::vector<crawler::TaskOutcome> out;
  for (std::size_t j = from; j < std::min(parsed.size(), from + k_per_transaction); ++j) {
    crawler::TaskOutcome outcome;
    outcome.task = tasks[j];
    outcome.status = status;
    crawler::HttpResponse response;
    response.url = tasks[j].url;
    response.status = status;
    response.headers.add("ETag", parsed[j].response.etag);
    response.body = status == 200 ? parsed[j].response.body : "";
    outcome.response = std::move(response);
    outcome.parsed = parsed[j].output;
    out.push_back(std::move(outcome));
  }
  return out;
}

// The crawl's commit path for every answer with `status` (200, or 304 for a re-check).
double crawl_commits(store::Database& db, const std::vector<Parsed>& parsed, const std::vector<model::Task>& tasks,
                     long status)
{
  app::SqliteCrawlBackend backend(db, store::begin_crawl_run(db, "bench", k_now_ms), 0);
  const auto start = std::chrono::steady_clock::now();
  for (std::size_t i = 0; i < parsed.size(); i += k_per_transaction) {
    backend.commit(outcomes(parsed, i, status, tasks), k_now_ms + (status == 304 ? 3600000 : 0));
  }
  return seconds_since(start);
}

void crawl_path(const fs::path& path, const std::vector<Parsed>& parsed, int cache_mb)
{
  store::Database db = fresh_database(path, cache_mb);
  std::vector<model::NewTask> seeds;
  for (const Parsed& p : parsed) {
    seeds.push_back({p.response.task.source, p.response.task.kind, p.response.task.url, 0});
  }
  store::Frontier frontier(db);
  frontier.enqueue(seeds, k_now_ms);
  std::map<std::pair<std::string, std::string>, model::Task> claimed;
  const std::int64_t run = store::begin_crawl_run(db, "bench", k_now_ms);
  for (model::Task& task : frontier.claim_due(seeds.size(), k_now_ms, run)) {
    claimed[{task.kind, task.url}] = std::move(task);
  }
  std::vector<model::Task> tasks;
  for (const Parsed& p : parsed) {
    tasks.push_back(claimed.at({p.response.task.kind, p.response.task.url}));
  }
  const double fresh = crawl_commits(db, parsed, tasks, 200);
  const double recheck = crawl_commits(db, parsed, tasks, 304);
  const double n = static_cast<double>(parsed.size());
  std::printf("crawl commit path: %zu answers as 200: %.0f answers/s; again as 304 (unchanged): %.0f answers/s\n",
              parsed.size(), n / fresh, n / recheck);
}

Options parse_options(int argc, char** argv)
{
  Options options;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--cache-mb") == 0 && i + 1 < argc) {
      options.cache_mb = std::atoi(argv[++i]);
    } else if (std::strcmp(argv[i], "--trim") == 0) {
      options.trim = true;
    } else if (std::strcmp(argv[i], "--archive") == 0 && i + 1 < argc) {
      options.archive = argv[++i];
    } else {
      options.records = static_cast<std::size_t>(std::atoll(argv[i]));
    }
  }
  return options;
}

}  // namespace

int main(int argc, char** argv)
{
  const Options options = parse_options(argc, argv);
  if (!options.trim) {
    // What a long crawl's allocator settles at anyway (glibc raises its trim threshold once a
    // large block is freed). Without it, the ~90 KB page cache of the temporary b-tree SQLite
    // opens per row for each CHECK (x IN (...)) is returned to the kernel and faulted back in
    // on every row, which times the VM's TLB flushes rather than either writer.
    // The same setting as app::keep_freed_heap(), which `scout crawl` makes.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
  }
  const fs::path dir = fs::temp_directory_path() / ("scout-store-bench-" + std::to_string(std::random_device{}()));
  fs::create_directories(dir);
  std::size_t records = 0;
  const std::vector<Parsed> parsed = parse_world(options.records, records);
  std::printf("synthetic archive: %zu answers, %zu records, page cache %d MiB\n", parsed.size(), records,
              options.cache_mb);
  const double scout_s = scout_writes(dir / "scout.db", parsed, options.cache_mb);
  std::printf("scout record writer: %.2f s\n", scout_s);
  const double raw_s = raw_writes(dir / "raw.db", parsed, options.cache_mb);
  std::printf("plain SQLite loop: %.2f s\n", raw_s);
  crawl_path(options.archive.empty() ? dir / "crawl.db" : fs::path(options.archive), parsed, options.cache_mb);
  fs::remove_all(dir);
  const double scout_rate = static_cast<double>(records) / scout_s;
  const double raw_rate = static_cast<double>(records) / raw_s;
  std::printf("store-bench: records=%zu scout_per_s=%.0f raw_per_s=%.0f ratio=%.2f\n", records, scout_rate, raw_rate,
              scout_rate / raw_rate);
  return 0;
}
