#include "app/ranking/feature_cache.hpp"
#include "app/ranking/ranking_files.hpp"
#include "app/ranking/stored_scores.hpp"
#include "common/sha256.hpp"
#include "common/strings.hpp"
#include "ranker/normalise.hpp"
#include "store/database.hpp"
#include "store/direct_sql.hpp"
#include "store/ranking_blocks.hpp"
#include "store/ranking_cache.hpp"
#include "support/ranking_rows_world.hpp"
#include "support/run_scout.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>
#include <tbb/global_control.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

using scout::testing::run_scout;

namespace {

// A crawled and linked database: a core inference contributor with a paper, a one-fork
// person, a viral list owner and a bot, one account each.
struct RankFixture {
  scout::testing::TempDir dir;
  std::string db_path = dir.file("scout.db");
  std::string config = dir.file("scout.toml");

  RankFixture()
  {
    std::ofstream(config) << "[database]\npath = \"scout.db\"\n";
    auto db = scout::store::Database::open(db_path);
    db.migrate();
    const char* t = "'2026-10-01T00:00:00Z'";
    const std::string accounts[][4] = {{"1", "github", "core", "user"},
                                       {"2", "arxiv", "core dev", "author"},
                                       {"3", "github", "forker", "user"},
                                       {"4", "github", "viral", "user"},
                                       {"5", "github", "ci[bot]", "bot"}};
    for (const auto& a : accounts) {
      scout::store::execute(db, "INSERT INTO accounts (id, source, handle, kind, first_seen_at, updated_at) VALUES ("
                                  + a[0] + ", '" + a[1] + "', '" + a[2] + "', '" + a[3] + "', " + t + ", " + t + ")");
    }
    const std::string people[][3] = {{"10", "Core Dev", "1"},
                                     {"10", "Core Dev", "2"},
                                     {"11", "Forker", "3"},
                                     {"12", "Viral", "4"},
                                     {"13", "CI Bot", "5"}};
    for (const auto& p : people) {
      scout::store::execute(db, "INSERT OR IGNORE INTO people (id, display_name, created_at, updated_at) VALUES ("
                                  + p[0] + ", '" + p[1] + "', " + t + ", " + t + ")");
      scout::store::execute(db,
                            "INSERT INTO person_accounts (account_id, person_id) VALUES (" + p[2] + ", " + p[0] + ")");
    }
    scout::store::execute(db, std::string("INSERT INTO github_repos (id, full_name, owner_account_id, name, description, fork, stargazers_count, "
                         "language, pushed_at, fetched_at) VALUES "
                         "(1, 'acme/vllm', NULL, 'vllm', 'LLM inference and serving engine', 0, 30000, 'Python', ")
             + t + ", " + t + "), (2, 'forker/vllm', 3, 'vllm', 'LLM inference and serving engine', 1, 0, 'Python', " + t + ", " + t
             + "), (3, 'viral/awesome-llm-serving', 4, 'awesome-llm-serving', 'A curated list of inference serving papers', 0, "
               "200000, NULL, " + t + ", " + t + ")");
    scout::store::execute(
      db, std::string("INSERT INTO github_contributions (repo_full_name, account_id, contributions, fetched_at) VALUES "
                      "('acme/vllm', 1, 380, ")
            + t + "), ('acme/vllm', 5, 4000, " + t + ")");
    scout::store::execute(
      db, std::string(
            "INSERT INTO arxiv_papers (id, title, abstract, published_at, categories_json, comment, fetched_at) VALUES "
            "('2601.00001', 'Speculative decoding for LLM serving', '', '2026-01-10T00:00:00Z', '[\"cs.CL\"]', "
            "'Accepted at ICML 2026', ")
            + t + ")");
    scout::store::execute(
      db,
      "INSERT INTO arxiv_authorships (paper_id, position, account_id, author_name) VALUES ('2601.00001', 0, 2, 'Core "
      "Dev')");
    scout::store::execute(db,
                          "INSERT INTO crawl_runs (started_at, finished_at, status) VALUES ('2026-11-01T00:00:00Z', "
                          "'2026-11-01T01:00:00Z', 'succeeded')");
  }

  std::string query(const std::string& sql_text)
  {
    auto db = scout::store::Database::open_read_only(db_path);
    std::string out;
    for (const std::vector<std::string>& row : scout::store::query_rows(db, sql_text)) {
      for (std::size_t i = 0; i < row.size(); ++i) {
        out += (i ? "|" : "") + row[i];
      }
      out += "\n";
    }
    return out;
  }
};

}  // namespace

TEST_CASE("scout rank stores a run: the core contributor first, the bot nowhere, the weights hash kept")
{
  RankFixture f;
  const auto result = run_scout({"rank", "--config", f.config});
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.find("1. Core Dev (person 10)") == 0);
  CHECK(f.query("SELECT person_id FROM scores ORDER BY rank") == "10\n12\n11\n");
  CHECK(f.query("SELECT count(*) FROM scores WHERE person_id = 13") == "0\n");
  CHECK(f.query("SELECT specialization FROM scores WHERE person_id = 10") == "inference\n");
  CHECK(f.query("SELECT as_of FROM ranking_runs") == "2026-11-01\n");
  // No weights.toml beside the config: the built-in one, whose hash is recorded.
  CHECK(f.query("SELECT length(weights_hash) FROM ranking_runs") == "64\n");
  CHECK(f.query("SELECT explanation FROM score_components WHERE person_id = 10 AND signal = 'contributions'")
        == "380 commits to acme/vllm\n");
  CHECK(f.query("SELECT url FROM score_evidence WHERE person_id = 10 AND signal = 'papers'")
        == "https://arxiv.org/abs/2601.00001\n");
}

TEST_CASE("GitHub's contributor statistics date a listed contribution and credit an author only they name")
{
  RankFixture f;
  {
    auto db = scout::store::Database::open(f.db_path);
    // acme/vllm's list names core; the statistics date core's commits and add the forker's.
    db.sql().exec(
      "INSERT INTO github_contributor_stats (repo_full_name, account_id, commits, first_week, last_week, fetched_at) "
      "VALUES ('acme/vllm', 1, 380, '2024-01-07', '2026-09-06', 't'), "
      "('acme/vllm', 3, 500, '2025-02-02', '2026-10-04', 't')");
  }
  REQUIRE(run_scout({"rank", "--config", f.config}).exit_code == 0);
  CHECK(f.query("SELECT explanation FROM score_components WHERE person_id = 10 AND signal = 'contributions'")
        == "380 commits to acme/vllm, the last in the week of 2026-09-06\n");
  CHECK(f.query("SELECT explanation FROM score_components WHERE person_id = 11 AND signal = 'contributions'")
        == "500 commits to acme/vllm, the last in the week of 2026-10-04\n");
  CHECK(f.query("SELECT rank FROM scores WHERE person_id = 11") == "2\n");  // above the viral list owner now
}

TEST_CASE("scout rank records the weights file's content hash and --as-of")
{
  RankFixture f;
  const std::string weights = f.dir.file("w.toml");
  const std::string text = "[signals]\npapers = 4.0\n";
  std::ofstream(weights) << text;
  REQUIRE(run_scout({"rank", "--config", f.config, "--weights", weights, "--as-of", "2027-01-01"}).exit_code == 0);
  CHECK(f.query("SELECT weights_hash, as_of FROM ranking_runs") == scout::sha256_hex(text) + "|2027-01-01\n");
}

TEST_CASE("the same database and weights give byte-identical scores")
{
  RankFixture f;
  REQUIRE(run_scout({"rank", "--config", f.config}).exit_code == 0);
  REQUIRE(run_scout({"rank", "--config", f.config}).exit_code == 0);
  const std::string cols = "person_id, quote(total), rank, specialization";
  CHECK(f.query("SELECT " + cols + " FROM scores WHERE run_id = 1 ORDER BY person_id")
        == f.query("SELECT " + cols + " FROM scores WHERE run_id = 2 ORDER BY person_id"));
}

TEST_CASE("a weights file with an unknown signal exits 2 naming file, line and key")
{
  RankFixture f;
  const std::string weights = f.dir.file("w.toml");
  std::ofstream(weights) << "half_life_days = 365\n\n[signals]\nstars = 2.0\n";
  const auto result = run_scout({"rank", "--config", f.config, "--weights", weights});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find(weights + ":4: signals.stars: unknown key") != std::string::npos);
}

TEST_CASE("a weights file with a negative half-life exits 2 naming file, line and key")
{
  RankFixture f;
  const std::string weights = f.dir.file("w.toml");
  std::ofstream(weights) << "# weights\nhalf_life_days = -30\n";
  const auto result = run_scout({"rank", "--config", f.config, "--weights", weights});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find(weights + ":2: half_life_days: -30 is below the minimum 1") != std::string::npos);
}

TEST_CASE("a missing --weights file and a bad --as-of exit 2")
{
  RankFixture f;
  CHECK(run_scout({"rank", "--config", f.config, "--weights", f.dir.file("none.toml")}).exit_code == 2);
  CHECK(run_scout({"rank", "--config", f.config, "--as-of", "yesterday"}).exit_code == 2);
}

TEST_CASE(
  "scout explain shows the overall and per-specialisation scores, each signal's contribution and evidence links")
{
  RankFixture f;
  CHECK(run_scout({"explain", "10", "--config", f.config}).out.find("score: not ranked") != std::string::npos);
  REQUIRE(run_scout({"rank", "--config", f.config}).exit_code == 0);
  const auto result = run_scout({"explain", "10", "--config", f.config});
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.find("rank 1 of 3 (run 1, as of 2026-11-01") != std::string::npos);
  CHECK(result.out.find("signals of the overall score (inference):") != std::string::npos);
  CHECK(result.out.find("contributions: +") != std::string::npos);
  CHECK(result.out.find("380 commits to acme/vllm  https://github.com/acme/vllm") != std::string::npos);
  CHECK(result.out.find("https://arxiv.org/abs/2601.00001") != std::string::npos);
  CHECK(result.out.find("per specialisation:\n    inference ") != std::string::npos);
}

TEST_CASE("scout explain of a bot says it is not ranked")
{
  RankFixture f;
  REQUIRE(run_scout({"rank", "--config", f.config}).exit_code == 0);
  CHECK(run_scout({"explain", "13", "--config", f.config}).out.find("score: not ranked") != std::string::npos);
}

TEST_CASE("the shipped weights.toml and taxonomy.toml load, and the weights match the ranker's defaults")
{
  const scout::app::RankingConfig config =
    scout::app::load_ranking_config(SCOUT_FIXTURES_DIR "/../../config/weights.toml", true);
  const scout::ranker::Weights defaults;
  CHECK(config.weights.signals == defaults.signals);
  CHECK(config.weights.half_life_days == defaults.half_life_days);
  CHECK(config.weights.papers.top_venues == defaults.papers.top_venues);
  CHECK(config.weights.models.mass_upload_min_models == defaults.models.mass_upload_min_models);
  CHECK(config.taxonomy.specialisations.size() == 9);
  CHECK(config.taxonomy_path.find("config/taxonomy.toml") != std::string::npos);
}

TEST_CASE("a taxonomy file with an unknown key exits 2 naming file, line and key")
{
  RankFixture f;
  std::ofstream(f.dir.file("taxonomy.toml")) << "[[specialisation]]\nkey = \"x\"\nname = \"X\"\nwords = [\"a\"]\n";
  std::ofstream(f.dir.file("w.toml")) << "taxonomy = \"taxonomy.toml\"\n";
  const auto result = run_scout({"rank", "--config", f.config, "--weights", f.dir.file("w.toml")});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("taxonomy.toml:4: specialisation[0].words: unknown key") != std::string::npos);
}

TEST_CASE("a weight change re-scores from the cached features, with the scores a fresh extraction gives")
{
  RankFixture f;
  REQUIRE(run_scout({"rank", "--config", f.config}).exit_code == 0);
  CHECK(std::filesystem::file_size(f.db_path + ".features") > 0);
  CHECK(f.query("SELECT count(*) FROM ranking_feature_cache") == "0\n");  // a file, not the database
  const std::string weights = f.dir.file("w.toml");
  std::ofstream(weights) << "[signals]\npapers = 6.0\n";
  const auto cached = run_scout({"rank", "--config", f.config, "--weights", weights, "--verbose"});
  REQUIRE(cached.exit_code == 0);
  CHECK(cached.err.find("features cached") != std::string::npos);
  REQUIRE(run_scout({"rank", "--config", f.config, "--weights", weights, "--fresh"}).exit_code == 0);
  const std::string cols = "person_id, quote(total), rank, specialization";
  CHECK(f.query("SELECT " + cols + " FROM scores WHERE run_id = 2 ORDER BY person_id")
        == f.query("SELECT " + cols + " FROM scores WHERE run_id = 3 ORDER BY person_id"));
  CHECK(f.query("SELECT hex(data) FROM score_blocks WHERE run_id = 2")
        == f.query("SELECT hex(data) FROM score_blocks WHERE run_id = 3"));
  CHECK(f.query("SELECT explanation FROM score_components WHERE run_id = 2 ORDER BY person_id, signal")
        == f.query("SELECT explanation FROM score_components WHERE run_id = 3 ORDER BY person_id, signal"));
  // The weights changed the scores: the cache holds features, not scores.
  CHECK(f.query("SELECT quote(total) FROM scores WHERE run_id = 1 AND person_id = 10")
        != f.query("SELECT quote(total) FROM scores WHERE run_id = 2 AND person_id = 10"));
}

TEST_CASE("the feature cache keeps the percentile caps, and a re-rank at another percentile works them out again")
{
  RankFixture f;
  const std::string shipped = f.dir.file("shipped.toml");
  std::ofstream(shipped) << "percentile_cap = 0.99\n";
  REQUIRE(run_scout({"rank", "--config", f.config, "--weights", shipped}).exit_code == 0);
  // The cached caps are those of the features at the shipped percentile.
  scout::app::FeatureDecoder decoder;
  {
    auto db = scout::store::Database::open_read_only(f.db_path);
    const std::string key = scout::app::feature_cache_key(scout::store::crawl_fingerprint(db),
                                                          scout::app::load_ranking_config(shipped, true), "");
    REQUIRE(scout::store::read_ranking_cache(db, scout::store::RankingCache::features, key,
                                             [&](std::string_view chunk) { decoder.chunk(chunk); }));
  }
  const std::optional<scout::app::CachedFeatures> cached = decoder.finish();
  REQUIRE(cached.has_value());
  CHECK(cached->caps_percentile == 0.99);
  CHECK(cached->caps == scout::ranker::percentile_caps(cached->features, 0.99));
  CHECK(std::any_of(cached->caps.begin(), cached->caps.end(), [](double cap) { return cap > 0; }));
  // Another percentile: the same scores as a fresh extraction at it.
  const std::string weights = f.dir.file("w.toml");
  std::ofstream(weights) << "percentile_cap = 0.5\n";
  REQUIRE(run_scout({"rank", "--config", f.config, "--weights", weights}).exit_code == 0);
  REQUIRE(run_scout({"rank", "--config", f.config, "--weights", weights, "--fresh"}).exit_code == 0);
  CHECK(f.query("SELECT hex(data) FROM score_blocks WHERE run_id = 2")
        == f.query("SELECT hex(data) FROM score_blocks WHERE run_id = 3"));
}

TEST_CASE("a feature cache cut short is a miss: the features are extracted again and the cache rewritten")
{
  RankFixture f;
  REQUIRE(run_scout({"rank", "--config", f.config}).exit_code == 0);
  const std::string cache = f.db_path + ".features";
  const auto whole = std::filesystem::file_size(cache);
  std::filesystem::resize_file(cache, whole - 7);
  const auto rerun = run_scout({"rank", "--config", f.config, "--verbose"});
  REQUIRE(rerun.exit_code == 0);
  CHECK(rerun.err.find("features read and extracted") != std::string::npos);
  CHECK(std::filesystem::file_size(cache) == whole);
  CHECK(f.query("SELECT hex(data) FROM score_blocks WHERE run_id = 1")
        == f.query("SELECT hex(data) FROM score_blocks WHERE run_id = 2"));
}

TEST_CASE("scout forget deletes the ranking caches, which hold the erased person's numbers and rows")
{
  RankFixture f;
  REQUIRE(run_scout({"rank", "--config", f.config}).exit_code == 0);
  REQUIRE(std::filesystem::exists(f.db_path + ".features"));
  REQUIRE(std::filesystem::exists(f.db_path + ".explained"));
  REQUIRE(run_scout({"forget", "--config", f.config, "11"}).exit_code == 0);
  CHECK_FALSE(std::filesystem::exists(f.db_path + ".features"));
  CHECK_FALSE(std::filesystem::exists(f.db_path + ".explained"));
}

TEST_CASE("new crawled data or a re-link invalidates the cached features")
{
  RankFixture f;
  REQUIRE(run_scout({"rank", "--config", f.config}).exit_code == 0);
  const auto cache_key = [&] {
    std::ifstream in(f.db_path + ".features", std::ios::binary);
    std::string head(4096, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    return head.substr(0, static_cast<std::size_t>(in.gcount()));
  };
  const std::string first_key = cache_key();
  REQUIRE(first_key.find("scout-features-") != std::string::npos);
  {
    // A crawl finds the forker's 500 commits to acme/vllm.
    auto db = scout::store::Database::open(f.db_path);
    scout::store::execute(db,
                          "INSERT INTO github_contributions (repo_full_name, account_id, contributions, fetched_at) "
                          "VALUES ('acme/vllm', 3, 500, '2026-10-02T00:00:00Z')");
  }
  REQUIRE(run_scout({"rank", "--config", f.config}).exit_code == 0);
  CHECK(cache_key() != first_key);
  CHECK(f.query("SELECT rank FROM scores WHERE run_id = 2 AND person_id = 11") == "2\n");
  {
    // `scout link` moves the arXiv account from Core Dev to Viral (the same row counts),
    // recording its run in the same transaction as it does.
    auto db = scout::store::Database::open(f.db_path);
    scout::store::execute(db, "UPDATE person_accounts SET person_id = 12 WHERE account_id = 2");
    scout::store::execute(db,
                          "INSERT INTO link_runs (linked_at, people, accounts) VALUES ('2026-10-02T00:00:00Z', 4, 5)");
  }
  REQUIRE(run_scout({"rank", "--config", f.config}).exit_code == 0);
  REQUIRE(run_scout({"rank", "--config", f.config, "--fresh"}).exit_code == 0);
  const std::string cols = "person_id, quote(total), rank, specialization";
  CHECK(f.query("SELECT " + cols + " FROM scores WHERE run_id = 3 ORDER BY person_id")
        == f.query("SELECT " + cols + " FROM scores WHERE run_id = 4 ORDER BY person_id"));
  CHECK(f.query("SELECT quote(total) FROM scores WHERE run_id = 2 AND person_id = 12")
        != f.query("SELECT quote(total) FROM scores WHERE run_id = 3 AND person_id = 12"));
}

TEST_CASE("packed scores: blocks in rank order, each person's bytes as encode_block_person writes them, and back")
{
  // Four people in feature order, one a bot (not ranked); ranked 12, 10, 13.
  scout::ranker::FeatureSet features;
  features.people = {{10, 0, 2, false}, {11, 2, 0, true}, {12, 2, 1, false}, {13, 3, 0, false}};
  features.specs.resize(3);
  features.specs[0].spec = 0, features.specs[1].spec = 4, features.specs[2].spec = 2;
  scout::ranker::RankResult result;
  result.spec_scores = {0.25, 0.5, 0.75, 0.0};
  result.people = {{12, 2, 0.75, 1, 2}, {10, 0, 0.5, 2, 4}, {13, 3, 0.0, 3, -1}};
  const scout::app::PackedScores packed = scout::app::score_blocks(features, result, 2);
  REQUIRE(packed.blocks.size() == 2);
  CHECK(packed.blocks[0].people == 2);
  CHECK(packed.blocks[1].people == 1);

  std::string expected;
  const std::vector<scout::store::BlockSpecScore> of_12 = {{2, 0.75}}, of_10 = {{0, 0.25}, {4, 0.5}};
  scout::store::encode_block_person({12, 0.75, 2, of_12}, expected);
  scout::store::encode_block_person({10, 0.5, 4, of_10}, expected);
  scout::store::encode_block_person({13, 0.0, -1, {}}, expected);
  CHECK(packed.data == expected);
  CHECK(packed.data.size() == 3 * scout::store::block_person_size(0) + 3 * 5);

  std::vector<std::string> decoded;
  for (const scout::app::PackedScores::Block& block : packed.blocks) {
    scout::store::decode_block(packed.bytes(block), [&](const scout::store::BlockPerson& person) {
      std::string line =
        std::to_string(person.person_id) + " " + std::to_string(person.total) + " " + std::to_string(person.primary);
      for (const scout::store::BlockSpecScore& spec : person.specs) {
        line += " " + std::to_string(spec.spec) + ":" + std::to_string(spec.score);
      }
      decoded.push_back(line);
    });
  }
  CHECK(
    decoded
    == std::vector<std::string>{"12 0.750000 2 2:0.750000", "10 0.500000 4 0:0.250000 4:0.500000", "13 0.000000 -1"});
}

TEST_CASE("on one thread a run stores the same packed scores and detail as on several")
{
  RankFixture f;
  REQUIRE(run_scout({"rank", "--config", f.config}).exit_code == 0);
  {
    tbb::global_control one(tbb::global_control::max_allowed_parallelism, 1);
    REQUIRE(run_scout({"rank", "--config", f.config}).exit_code == 0);  // from the cache
    REQUIRE(run_scout({"rank", "--config", f.config, "--fresh"}).exit_code == 0);
  }
  CHECK(f.query("SELECT hex(data) FROM score_blocks WHERE run_id = 1") != "");
  for (const std::string run : {"2", "3"}) {
    CHECK(f.query("SELECT hex(data) FROM score_blocks WHERE run_id = 1")
          == f.query("SELECT hex(data) FROM score_blocks WHERE run_id = " + run));
    for (const std::string table : {"scores", "score_components", "score_evidence", "specialisation_scores"}) {
      CHECK(f.query("SELECT count(*) FROM " + table + " WHERE run_id = 1")
            == f.query("SELECT count(*) FROM " + table + " WHERE run_id = " + run));
    }
  }
  CHECK(f.query("SELECT explanation FROM score_components WHERE run_id = 1 ORDER BY person_id, signal")
        == f.query("SELECT explanation FROM score_components WHERE run_id = 3 ORDER BY person_id, signal"));
  CHECK(f.query("SELECT url FROM score_evidence WHERE run_id = 1 ORDER BY person_id, position")
        == f.query("SELECT url FROM score_evidence WHERE run_id = 2 ORDER BY person_id, position"));
}

TEST_CASE("each run deletes the runs beyond [ranking] keep_runs with all their rows, never the latest nightly's")
{
  RankFixture f;
  std::ofstream(f.config) << "[database]\npath = \"scout.db\"\n[ranking]\nkeep_runs = 2\n";
  REQUIRE(run_scout({"rank", "--config", f.config}).exit_code == 0);
  {
    // Run 1 is what the latest nightly run published: the next night compares with it.
    auto db = scout::store::Database::open(f.db_path);
    scout::store::execute(
      db,
      "INSERT INTO nightly_runs (started_at, finished_at, crawl_run_id, ranking_run_id, export_dir, exit_code) "
      "VALUES ('2026-11-01T02:00:00Z', '2026-11-01T02:10:00Z', 1, 1, 'exports/2026-11-01', 0)");
  }
  REQUIRE(run_scout({"rank", "--config", f.config}).exit_code == 0);
  REQUIRE(run_scout({"rank", "--config", f.config}).exit_code == 0);
  CHECK(f.query("SELECT group_concat(id) FROM ranking_runs") == "1,2,3\n");
  const auto fourth = run_scout({"rank", "--config", f.config});
  REQUIRE(fourth.exit_code == 0);
  CHECK(fourth.err.find("; deleted 1 older run ([ranking] keep_runs)") != std::string::npos);
  CHECK(f.query("SELECT group_concat(id) FROM ranking_runs") == "1,3,4\n");
  for (const char* table : {"scores", "score_components", "specialisation_scores", "score_evidence", "score_blocks"}) {
    CAPTURE(table);
    CHECK(f.query(std::string("SELECT count(*) FROM ") + table + " WHERE run_id = 2") == "0\n");
    CHECK(f.query(std::string("SELECT count(*) > 0 FROM ") + table + " WHERE run_id = 1") == "1\n");
    CHECK(f.query(std::string("SELECT count(*) > 0 FROM ") + table + " WHERE run_id = 4") == "1\n");
  }
  CHECK(run_scout({"export", "--config", f.config, "--run", "1", "--format", "csv"}).exit_code == 0);

  std::ofstream(f.config) << "[database]\npath = \"scout.db\"\n[ranking]\nkeep_runs = 0\n";
  REQUIRE(run_scout({"rank", "--config", f.config}).exit_code == 0);
  CHECK(f.query("SELECT group_concat(id) FROM ranking_runs") == "1,3,4,5\n");
}

TEST_CASE("a run explains the top 1,000 and the top 100 of each specialisation, on one thread as on several")
{
  scout::testing::TempDir dir;
  const std::string db_path = dir.file("scout.db");
  const std::string config = dir.file("scout.toml");
  std::ofstream(config) << "[database]\npath = \"scout.db\"\n";
  {
    auto db = scout::store::Database::open(db_path);
    db.migrate();
    scout::testing::fill(db, 1500);
  }
  REQUIRE(run_scout({"rank", "--config", config}).exit_code == 0);
  {
    tbb::global_control one(tbb::global_control::max_allowed_parallelism, 1);
    REQUIRE(run_scout({"rank", "--config", config, "--fresh"}).exit_code == 0);
  }
  auto db = scout::store::Database::open_read_only(db_path);
  // Who should be explained, worked out again from the run's packed scores.
  std::set<std::int64_t> expected;
  std::map<int, std::vector<std::pair<double, std::int64_t>>> by_spec;  // score, rank
  std::map<std::int64_t, std::int64_t> person_at;                       // rank -> person
  scout::store::read_score_blocks(db.sql(), 1, [&](const scout::store::BlockPerson& person, std::int64_t rank, auto&) {
    person_at[rank] = person.person_id;
    if (rank <= 1000) {
      expected.insert(person.person_id);
    }
    for (const scout::store::BlockSpecScore& spec : person.specs) {
      if (spec.score > 0) {
        by_spec[spec.spec].push_back({spec.score, rank});
      }
    }
  });
  REQUIRE(person_at.size() > 1000);
  for (auto& [spec, scores] : by_spec) {
    std::sort(scores.begin(), scores.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (std::size_t i = 0; i < std::min<std::size_t>(100, scores.size()); ++i) {
      expected.insert(person_at[scores[i].second]);
    }
  }
  CHECK(expected.size() > 1000);  // some people below rank 1,000 lead a specialisation
  for (const std::string run : {"1", "2"}) {
    std::set<std::int64_t> explained;
    for (const auto& row : scout::store::query_rows(db, "SELECT person_id FROM scores WHERE run_id = " + run)) {
      explained.insert(std::stoll(row[0]));
    }
    CHECK(explained == expected);
  }
}
