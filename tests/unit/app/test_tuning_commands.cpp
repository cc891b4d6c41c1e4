// `scout compare` and `scout evaluate` on a two-person world where the answers can be
// computed by hand: Cora commits to an inference project, Pablo wrote an inference paper.
#include "store/database.hpp"
#include "store/direct_sql.hpp"
#include "support/run_scout.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <regex>
#include <sstream>

using scout::testing::run_scout;

namespace {

struct TuningWorld {
  scout::testing::TempDir dir;
  std::string config = dir.file("scout.toml");

  TuningWorld()
  {
    std::ofstream(config) << "[database]\npath = \"scout.db\"\n";
    auto db = scout::store::Database::open(dir.file("scout.db"));
    db.migrate();
    scout::store::execute(db, R"SQL(
      INSERT INTO accounts (id, source, handle, kind, first_seen_at, updated_at) VALUES
        (1, 'github', 'cora', 'user', 'x', 'x'), (2, 'arxiv', 'pablo ruiz', 'author', 'x', 'x');
      INSERT INTO people (id, display_name, created_at, updated_at) VALUES (10, 'Cora', 'x', 'x'), (20, 'Pablo Ruiz', 'x', 'x');
      INSERT INTO person_accounts (account_id, person_id) VALUES (1, 10), (2, 20);
      INSERT INTO github_repos (id, full_name, name, description, language, stargazers_count, pushed_at, fetched_at)
        VALUES (1, 'acme/vllm', 'vllm', 'LLM inference and serving engine', 'Python', 30000, '2026-10-01T00:00:00Z', 'x');
      INSERT INTO github_contributions (repo_full_name, account_id, contributions, fetched_at) VALUES ('acme/vllm', 1, 380, 'x');
      INSERT INTO arxiv_papers (id, title, abstract, published_at, categories_json, fetched_at) VALUES
        ('2601.00001', 'Speculative decoding for LLM serving', '', '2026-01-10T00:00:00Z', '["cs.CL"]', 'x');
      INSERT INTO arxiv_authorships (paper_id, position, account_id, author_name) VALUES ('2601.00001', 0, 2, 'Pablo Ruiz');
      INSERT INTO crawl_runs (started_at, finished_at, status) VALUES ('2026-11-01T00:00:00Z', '2026-11-01T01:00:00Z', 'succeeded');
    )SQL");
  }

  // The shipped weights with one signal set to `value`.
  std::string weights_with(const std::string& signal, const std::string& value)
  {
    std::ifstream shipped(std::string(SCOUT_FIXTURES_DIR) + "/../../config/weights.toml");
    std::string text((std::istreambuf_iterator<char>(shipped)), std::istreambuf_iterator<char>());
    text = std::regex_replace(text, std::regex("\\n" + signal + " = [0-9.]+"), "\n" + signal + " = " + value);
    text = std::regex_replace(text, std::regex("taxonomy = \"taxonomy.toml\""),
                              "taxonomy = \"" + std::string(SCOUT_FIXTURES_DIR) + "/../../config/taxonomy.toml\"");
    const std::string path = dir.file(signal + "-" + value + ".toml");
    std::ofstream(path) << text;
    return path;
  }
};

}  // namespace

TEST_SUITE("app::tuning")
{
  TEST_CASE("compare: with papers weighed 0 Cora leads, with contributions 0 Pablo enters the top 1 and tau is -1")
  {
    TuningWorld w;
    const auto result = run_scout({"compare", "--config", w.config, "--weights", w.weights_with("papers", "0.0"),
                                   "--weights", w.weights_with("contributions", "0.0"), "--top", "1"});
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.find("Kendall's tau, A vs B, over 2 people: -1.000") != std::string::npos);
    CHECK(result.out.find("entered the top 1 under B:\n  #1 Pablo Ruiz (was #2)") != std::string::npos);
    CHECK(result.out.find("left the top 1 under B:\n  #1 Cora (was #2)") != std::string::npos);
    CHECK(result.out.find("Pablo Ruiz: #2 -> #1 (+1)") != std::string::npos);
  }

  TEST_CASE("evaluate: NDCG and precision by hand, the relevant person ranked worst, unknown labels warned")
  {
    TuningWorld w;
    const std::string labels = w.dir.file("labels.csv");
    std::ofstream(labels) << "who,relevance\narxiv:Pablo Ruiz,3\ngithub:cora,0\ngithub:someone-else,2\n";
    const auto result =
      run_scout({"evaluate", "--config", w.config, "--weights", w.weights_with("papers", "0.0"), "--labels", labels});
    REQUIRE(result.exit_code == 0);
    // Cora first, Pablo (3) second: DCG = 7 / log2(3) = 4.4165, IDCG = 7: 0.631.
    CHECK(result.out.find("NDCG@10 0.631   precision@10 0.100") != std::string::npos);
    CHECK(result.out.find("Pablo Ruiz: #2 (relevance 3)") != std::string::npos);
    CHECK(result.err.find("github:someone-else is not a linked account") != std::string::npos);
  }

  TEST_CASE("evaluate: comment lines may come before the header, a header after data is an error")
  {
    TuningWorld w;
    const std::string labels = w.dir.file("labels.csv");
    std::ofstream(labels) << "# a recruiter's notes\n\nwho,relevance\narxiv:Pablo Ruiz,3\n";
    CHECK(run_scout({"evaluate", "--config", w.config, "--labels", labels}).exit_code == 0);
    std::ofstream(labels) << "arxiv:Pablo Ruiz,3\nwho,relevance\n";
    const auto result = run_scout({"evaluate", "--config", w.config, "--labels", labels});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find(labels + ":2: expected `who,relevance`") != std::string::npos);
  }

  TEST_CASE("evaluate: a relevance outside 0-3 exits 2 naming file and line")
  {
    TuningWorld w;
    const std::string labels = w.dir.file("labels.csv");
    std::ofstream(labels) << "github:cora,5\n";
    const auto result = run_scout({"evaluate", "--config", w.config, "--labels", labels});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find(labels + ":1: expected `who,relevance` with relevance 0 to 3") != std::string::npos);
  }
}
