// Ranker benchmark on a synthetic database of PEOPLE people (default 1,000,000) with
// heavy-tailed evidence, about 20 rows each (with what the ranker reads beside the rows:
// all-time downloads, base-model relations, contributions GitHub's statistics date or name):
//   1. a full `scout rank` (bulk read, classify, extract, score, write the run);
//   2. a re-rank after a weight change (`scout rank --weights` again), re-scored from the
//      features cached beside the database, three times with three different changes;
//   3. peak memory (max RSS);
//   4. the same full rank on 2 threads against 1 (oneTBB's max_allowed_parallelism) in
//      rounds of 1-2-2-1 / 2-1-1-2, and extraction + scoring alone.
// Each timed step runs several times; the figures are medians (see main).
// Usage: rank_bench [PEOPLE=1000000] [DB [rerank]]
// With DB, the synthetic database is kept there and reused when it exists (for repeated
// runs while tuning); without, it goes to a temporary directory removed at the end.
// `rerank` (with DB) times only the re-ranks: for profiling a change to them.
#include "app/config/config_loader.hpp"
#include "app/ranking/classifying_sink.hpp"
#include "app/ranking/rank_runner.hpp"
#include "app/ranking/ranking_files.hpp"
#include "common/log.hpp"
#include "ranker/ranker.hpp"
#include "store/database.hpp"
#include "store/direct_sql.hpp"
#include "store/ranking_inputs.hpp"
#include "store/row_writer.hpp"
#include "store/transaction.hpp"

#include <tbb/global_control.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

const char* const k_descriptions[] = {"LLM inference server with a paged KV cache",
                                      "Retrieval-augmented generation toolkit with hybrid search",
                                      "Agent framework with tool calling",
                                      "LoRA and QLoRA fine-tuning recipes",
                                      "Evaluation harness for LLM benchmarks",
                                      "Distributed training with FSDP and DeepSpeed",
                                      "RLHF and DPO reward model training",
                                      "MLOps pipelines with MLflow",
                                      "Chatbot web app on the OpenAI API",
                                      "Dotfiles and utility scripts",
                                      "Awesome list of LLM papers",
                                      "Quantization with GPTQ and AWQ"};

// Pareto-distributed counts: most are small, a few are huge (stars, downloads, commits).
class Tails {
public:
  explicit Tails(std::uint64_t seed) : m_rng(seed) {}
  std::int64_t pareto(double minimum, double alpha, double cap)
  {
    const double u = std::max(1e-12, m_unit(m_rng));
    return static_cast<std::int64_t>(std::min(cap, minimum / std::pow(u, 1.0 / alpha)));
  }
  std::size_t pick(std::size_t n) { return static_cast<std::size_t>(m_unit(m_rng) * static_cast<double>(n)) % n; }
  bool chance(double p) { return m_unit(m_rng) < p; }
  std::string day() { return "20" + std::to_string(17 + pick(10)) + "-0" + std::to_string(1 + pick(9)) + "-15"; }

private:
  std::mt19937_64 m_rng;
  std::uniform_real_distribution<double> m_unit{0.0, 1.0};
};

// Prepared inserts for the generator, bound and written one row at a time.
struct Inserts {
  explicit Inserts(scout::store::Database& db)
    : account(
      db,
      "INSERT INTO accounts (id, source, handle, kind, first_seen_at, updated_at) VALUES (?, ?, ?, ?, 'now', 'now')"),
      person(db, "INSERT INTO people (id, display_name, created_at, updated_at) VALUES (?, ?, 'now', 'now')"),
      member(db, "INSERT INTO person_accounts (account_id, person_id) VALUES (?, ?)"),
      repo(db,
           "INSERT INTO github_repos (id, full_name, owner_account_id, name, description, fork, stargazers_count, "
           "language, "
           "pushed_at, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'now')"),
      commits(db,
              "INSERT OR IGNORE INTO github_contributions (repo_full_name, account_id, contributions, fetched_at) "
              "VALUES (?, ?, ?, 'now')"),
      stats(db,
            "INSERT OR IGNORE INTO github_contributor_stats (repo_full_name, account_id, commits, first_week, "
            "last_week, fetched_at) VALUES (?, ?, ?, '2016-01-03', ?, 'now')"),
      model(db,
            "INSERT INTO hf_models (id, author_account_id, downloads, likes, pipeline_tag, card_sections_json, "
            "card_length, card_is_template, last_modified, downloads_all_time, fetched_at) "
            "VALUES (?, ?, ?, ?, 'text-generation', ?, ?, ?, ?, ?, 'now')"),
      base(db, "INSERT INTO hf_model_base_models (model_id, base_model_id, relation) VALUES (?, ?, ?)"),
      paper(db,
            "INSERT INTO arxiv_papers (id, title, published_at, categories_json, comment, fetched_at) VALUES (?, ?, ?, "
            "'[\"cs.CL\"]', ?, 'now')"),
      author(
        db,
        "INSERT OR IGNORE INTO arxiv_authorships (paper_id, position, account_id, author_name) VALUES (?, ?, ?, 'a')")
  {
  }

  scout::store::RowWriter account, person, member, repo, commits, stats, model, base, paper, author;
};

void add_person(Inserts& sql, Tails& tails, std::int64_t p, std::int64_t people, std::int64_t& rows)
{
  const std::int64_t gh = p * 3, hf = p * 3 + 1, ax = p * 3 + 2;
  sql.person.bind(1, p);
  sql.person.bind(2, "Person " + std::to_string(p));
  sql.person.write_row();
  const auto account = [&](std::int64_t id, const char* source, const char* kind) {
    sql.account.bind(1, id);
    sql.account.bind(2, source);
    sql.account.bind(3, std::string(source) + std::to_string(id));
    sql.account.bind(4, kind);
    sql.account.write_row();
    sql.member.bind(1, id);
    sql.member.bind(2, p);
    sql.member.write_row();
  };
  account(gh, "github", p % 5000 == 0 ? "bot" : "user");
  for (int r = 0; r < 3; ++r, ++rows) {  // own repositories
    const std::int64_t id = p * 4 + r;
    const std::string name = "u" + std::to_string(p) + "/repo" + std::to_string(r);
    sql.repo.bind(1, id);
    sql.repo.bind(2, name);
    sql.repo.bind(3, gh);
    sql.repo.bind(4, "repo" + std::to_string(r));
    sql.repo.bind(5, k_descriptions[tails.pick(12)]);
    sql.repo.bind(6, tails.chance(0.2) ? 1 : 0);
    sql.repo.bind(7, tails.pareto(0.5, 0.9, 300000));
    sql.repo.bind(8, tails.chance(0.1) ? "" : "Python");
    sql.repo.bind(9, tails.day());
    sql.repo.write_row();
  }
  for (int c = 0; c < 14; ++c, ++rows) {  // contributions, mostly to other people's repositories
    const std::int64_t owner = static_cast<std::int64_t>(tails.pick(static_cast<std::size_t>(people)));
    const std::string repo_name = "u" + std::to_string(owner) + "/repo" + std::to_string(tails.pick(3));
    const std::int64_t commits = tails.pareto(1, 0.8, 20000);
    sql.commits.bind(1, repo_name);
    sql.commits.bind(2, gh);
    sql.commits.bind(3, commits);
    sql.commits.write_row();
    if (tails.chance(0.05)) {  // a repository cut at 500 contributors: GitHub's statistics date the commits
      sql.stats.bind(1, repo_name);
      sql.stats.bind(2, gh);
      sql.stats.bind(3, commits);
      sql.stats.bind(4, tails.day());
      sql.stats.write_row();
    }
  }
  if (tails.chance(0.02)) {  // a repository too large to list: only the statistics name its authors
    sql.stats.bind(1, "big/monorepo" + std::to_string(tails.pick(20)));
    sql.stats.bind(2, gh);
    sql.stats.bind(3, tails.pareto(1, 0.8, 20000));
    sql.stats.bind(4, tails.day());
    sql.stats.write_row();
    ++rows;
  }
  if (tails.chance(0.4)) {
    account(hf, "huggingface", "user");
    for (int m = 0; m < 4; ++m, ++rows) {
      const bool documented = tails.chance(0.3);
      const std::string id = "hf" + std::to_string(p) + "/model-" + std::to_string(m) + (documented ? "-ft" : "-GGUF");
      const std::int64_t downloads = tails.pareto(5, 0.7, 50000000);
      sql.model.bind(1, id);
      sql.model.bind(2, hf);
      sql.model.bind(3, downloads);
      sql.model.bind(4, tails.pareto(0.5, 1.0, 20000));
      sql.model.bind(5, documented ? "[\"intended_use\",\"training_data\",\"evaluation\",\"limitations\"]" : "[]");
      sql.model.bind(6, documented ? 5000 : 300);
      sql.model.bind(7, documented ? 0 : 1);
      sql.model.bind(8, tails.day());
      // All-time downloads: one to two years of the last 30 days' pace; absent for a tenth.
      if (tails.chance(0.1)) {
        sql.model.bind(9, nullptr);
      } else {
        sql.model.bind(9, downloads * static_cast<std::int64_t>(1 + tails.pick(24)));
      }
      sql.model.write_row();
      if (tails.chance(0.7)) {  // a base model: documented ones fine-tune, adapt or merge; the rest quantise
        static constexpr const char* k_training[] = {"finetune", "finetune", "adapter", "merge"};
        sql.base.bind(1, id);
        sql.base.bind(2, "base/model-" + std::to_string(tails.pick(50)));
        sql.base.bind(3, documented ? k_training[tails.pick(4)] : "quantized");
        sql.base.write_row();
      }
    }
  }
  if (tails.chance(0.25)) {
    account(ax, "arxiv", "author");
    for (int a = 0; a < 4; ++a, ++rows) {
      const std::string id = "p" + std::to_string(p) + "." + std::to_string(a);
      sql.paper.bind(1, id);
      sql.paper.bind(2, k_descriptions[tails.pick(12)]);
      sql.paper.bind(3, tails.day());
      sql.paper.bind(4, tails.chance(0.1) ? "Accepted at NeurIPS" : "");
      sql.paper.write_row();
      sql.author.bind(1, id);
      sql.author.bind(2, 0);
      sql.author.bind(3, ax);
      sql.author.write_row();
    }
  }
}

std::int64_t make_database(const std::string& path, std::int64_t people)
{
  auto db = scout::store::Database::open(path);
  db.migrate();
  scout::store::execute(db,
                        "PRAGMA synchronous = OFF; PRAGMA journal_mode = OFF;"
                        "PRAGMA cache_size = -1000000");  // the indexes fit: no spill to disk mid-transaction
  scout::store::Transaction transaction(db, "generate the synthetic database");
  Inserts inserts(db);
  Tails tails(20261130);
  std::int64_t rows = 0;
  for (std::int64_t p = 1; p <= people; ++p) {
    add_person(inserts, tails, p, people, rows);
  }
  scout::store::execute(
    db,
    "INSERT INTO crawl_runs (started_at, finished_at, status) VALUES ('2026-11-01T00:00:00Z', '2026-11-01T02:00:00Z', "
    "'succeeded')");
  transaction.commit();
  return rows;
}

// Generates the database in a child process, so that its page cache does not count towards
// the peak memory of the rank measured here. Returns the evidence row count.
std::int64_t make_database_in_child(const std::string& path, std::int64_t people)
{
  int fds[2];
  if (pipe(fds) != 0) {
    return make_database(path, people);
  }
  const pid_t child = fork();
  if (child == 0) {
    close(fds[0]);
    const std::int64_t rows = make_database(path, people);
    [[maybe_unused]] const ssize_t written = write(fds[1], &rows, sizeof rows);
    _exit(0);
  }
  close(fds[1]);
  std::int64_t rows = 0;
  [[maybe_unused]] const ssize_t got = read(fds[0], &rows, sizeof rows);
  close(fds[0]);
  int status = 0;
  waitpid(child, &status, 0);
  return rows;
}

std::int64_t count_rows(const std::string& path)
{
  auto db = scout::store::Database::open_read_only(path);
  return scout::store::query_int(
    db,
    "SELECT (SELECT count(*) FROM github_repos) + (SELECT count(*) FROM github_contributions)"
    " + (SELECT count(*) FROM hf_models) + (SELECT count(*) FROM arxiv_papers)");
}

// The middle value; of an even count, the mean of the two middle ones.
double median(std::vector<double> values)
{
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n == 0 ? 0.0 : n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double seconds(std::chrono::steady_clock::time_point start)
{
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Hands the bulk reader's batches to the classifier (as `scout rank` does).

// Extraction and scoring with at most `threads` threads.
double compute_seconds(const scout::ranker::ClassifiedInput& input, const scout::app::RankingConfig& config,
                       int threads)
{
  tbb::global_control limit(tbb::global_control::max_allowed_parallelism, static_cast<std::size_t>(threads));
  const auto start = std::chrono::steady_clock::now();
  const scout::ranker::FeatureSet features = scout::ranker::extract_features(input, config.weights, 20393);
  const scout::ranker::RankResult result = scout::ranker::score_people(features, config.taxonomy, config.weights);
  const double elapsed = seconds(start);
  return result.people.empty() ? 0.0 : elapsed;
}

// A full `scout rank --fresh` with at most `threads` threads.
double full_rank_seconds(const scout::config::Settings& settings, scout::Logger& log, int threads)
{
  tbb::global_control limit(tbb::global_control::max_allowed_parallelism, static_cast<std::size_t>(threads));
  const auto start = std::chrono::steady_clock::now();
  const scout::app::RankSummary summary = scout::app::run_rank(settings, {"", "", true}, log);
  const double elapsed = seconds(start);
  std::fprintf(stderr,
               "rank-bench: full rank on %d thread%s: %.2f s (read+extract %.2f s, scored %.2f s, written %.2f s, %lld "
               "detailed)\n",
               threads, threads == 1 ? "" : "s", elapsed, summary.read_seconds, summary.score_seconds,
               summary.write_seconds, static_cast<long long>(summary.detailed));
  return elapsed;
}

// Three re-ranks, each after another weight change (papers doubled, then models, then
// own repositories): each re-scores from the cached features and explains a partly new set
// of people. False when one of them extracted the features again instead.
bool timed_reranks(const scout::config::Settings& settings, const fs::path& dir, scout::Logger& log,
                   std::vector<double>& seconds_each)
{
  const char* const changes[] = {"papers = 4.0", "papers = 4.0\nmodels = 4.0",
                                 "papers = 4.0\nmodels = 4.0\nown_repos = 2.0"};
  bool cached = true;
  for (const char* change : changes) {
    const std::string weights = (dir / "changed.toml").string();
    std::ofstream(weights) << "[signals]\n" << change << "\n";
    const auto start = std::chrono::steady_clock::now();
    const scout::app::RankSummary rerank = scout::app::run_rank(settings, {weights, "", false}, log);
    seconds_each.push_back(seconds(start));
    std::fprintf(stderr, "rank-bench: re-rank %.2f s: features %s %.2f s, scored %.2f s, written %.2f s\n",
                 seconds_each.back(), rerank.cached ? "cached" : "EXTRACTED", rerank.read_seconds, rerank.score_seconds,
                 rerank.write_seconds);
    cached = cached && rerank.cached;
  }
  return cached;
}

}  // namespace

int main(int argc, char** argv)
{
  const std::int64_t people = argc > 1 ? std::stoll(argv[1]) : 1000000;
  const fs::path dir = fs::temp_directory_path() / ("scout-rank-bench-" + std::to_string(std::random_device{}()));
  fs::create_directories(dir);
  scout::config::Settings settings = scout::config::default_settings();
  settings.database.path = argc > 2 ? argv[2] : (dir / "scout.db").string();
  settings.ranking.weights = (dir / "none.toml").string();  // the built-in weights
  std::int64_t rows = 0;
  if (argc > 2 && fs::exists(settings.database.path)) {
    rows = count_rows(settings.database.path);
  } else {
    std::cerr << "rank-bench: generating " << people << " people in " << settings.database.path << "\n";
    rows = make_database_in_child(settings.database.path, people);
  }

  scout::Logger log(std::cerr, scout::LogLevel::warn);
  if (argc > 3 && std::string(argv[3]) == "rerank") {
    std::vector<double> ignored_times;
    const bool cached = timed_reranks(settings, dir, log, ignored_times);
    std::error_code ignored;
    fs::remove_all(dir, ignored);
    return cached ? 0 : 1;
  }
  // Every timed step runs several times and the median counts: on this shared virtual
  // machine a run now and then takes a quarter longer for no reason of its own, and one slow
  // sample must not decide a figure (each sample is printed).
  // 1. A full rank (--fresh, so a cache left by an earlier run of this bench is not used) on
  // 2 threads, the machine the targets are set for.
  std::vector<double> two_threads = {full_rank_seconds(settings, log, 2)};

  // 2. What a user does after editing the weights: `scout rank --weights new.toml`, a new
  // process in effect (nothing kept in memory), re-scoring from the cached features.
  std::vector<double> reranks;
  const bool all_cached = timed_reranks(settings, dir, log, reranks);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const double peak_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;

  // 3. The same full rank on 1 thread and on 2 in four rounds, each round 1-2-2-1 or 2-1-1-2
  // (alternately): within a round, a drift of the machine's speed over the minute it takes
  // weighs on both halves alike, and it cannot favour one side across rounds. A round's
  // ratio is its 1-thread seconds over its 2-thread seconds; the figure is the rounds'
  // median.
  std::vector<double> one_thread, ratios;
  for (int round = 0; round < 4; ++round) {
    const int first = round % 2 == 0 ? 1 : 2, second = 3 - first;
    double seconds_on[3] = {0, 0, 0};
    for (const int threads : {first, second, second, first}) {
      const double elapsed = full_rank_seconds(settings, log, threads);
      seconds_on[threads] += elapsed;
      (threads == 1 ? one_thread : two_threads).push_back(elapsed);
    }
    ratios.push_back(seconds_on[1] / seconds_on[2]);
    std::fprintf(stderr, "rank-bench: round %d: 2 threads against 1: %.2fx\n", round + 1, ratios.back());
  }
  const scout::app::RankingConfig config = scout::app::load_ranking_config(settings.ranking.weights, false);
  scout::ranker::InputClassifier classifier(config.taxonomy, config.weights, false);
  {
    auto db = scout::store::Database::open_read_only(settings.database.path);
    scout::app::ClassifyingSink sink(classifier);
    scout::store::read_rank_rows(db, sink);
  }
  const scout::ranker::ClassifiedInput input = classifier.finish();
  const double compute_one = compute_seconds(input, config, 1);
  const double compute_two = compute_seconds(input, config, 2);
  std::fprintf(stderr, "rank-bench: extraction + scoring alone: 1 thread %.2f s, 2 threads %.2f s (%.2fx)\n",
               compute_one, compute_two, compute_one / compute_two);
  const double full = median(two_threads), speedup = median(ratios);
  std::fprintf(
    stderr,
    "rank-bench: medians: full rank %.2f s on 2 threads (%zu runs), %.2f s on 1 (%zu); re-rank %.2f s (%zu); "
    "2 threads against 1, round by round: %.2fx\n",
    full, two_threads.size(), median(one_thread), one_thread.size(), median(reranks), reranks.size(), speedup);
  std::printf(
    "rank-bench: people=%lld evidence_rows=%lld full_s=%.2f rerank_s=%.2f peak_mb=%.0f speedup_2_threads=%.2f\n",
    static_cast<long long>(people), static_cast<long long>(rows), full, median(reranks), peak_mb, speedup);
  std::error_code ignored;
  fs::remove_all(dir, ignored);
  return all_cached ? 0 : 1;
}
