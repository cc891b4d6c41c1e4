// `scout export` on a small ranked database written by hand: each filter, each format's
// routing, and the errors a recruiter can make.
#include "store/database.hpp"
#include "store/direct_sql.hpp"
#include "support/run_scout.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using scout::testing::run_scout;

namespace {

// Four people in two ranking runs. Run 2 (the latest): Ana (inference, London, GitHub +
// Hugging Face, seen 2026-11), Bo (rag, San Francisco, GitHub, seen 2026-01), Chen
// (alignment, arXiv only), and a bot that must never appear. Run 1 ranks Bo first.
struct RankedWorld {
  scout::testing::TempDir dir;
  std::string db = dir.file("x.db");

  RankedWorld()
  {
    REQUIRE(run_scout({"init", "--db", db}).exit_code == 0);
    auto sql = scout::store::Database::open(db);
    scout::store::execute(sql, R"SQL(
      INSERT INTO accounts (id, source, handle, kind, display_name, first_seen_at, updated_at) VALUES
        (1, 'github', 'ana-ml', 'user', 'Ana', '2026-11-02T00:00:00Z', 'x'),
        (2, 'huggingface', 'ana', 'user', 'Ana', '2026-11-03T00:00:00Z', 'x'),
        (3, 'github', 'bo', 'user', 'Bo', '2026-01-05T00:00:00Z', 'x'),
        (4, 'arxiv', 'chen wei', 'author', 'Chen Wei', '2026-02-01T00:00:00Z', 'x'),
        (5, 'github', 'helper[bot]', 'bot', 'helper', '2026-02-01T00:00:00Z', 'x');
      INSERT INTO github_profiles (account_id, name, location, email, fetched_at) VALUES
        (1, 'Ana', 'London, UK', 'ana@example.com', 'x'), (3, 'Bo', 'San Francisco, CA', 'bo@example.com', 'x');
      INSERT INTO people (id, display_name, created_at, updated_at) VALUES
        (10, 'Ana', 'x', 'x'), (20, 'Bo', 'x', 'x'), (30, 'Chen Wei', 'x', 'x'), (40, 'helper', 'x', 'x');
      INSERT INTO person_accounts (account_id, person_id) VALUES (1, 10), (2, 10), (3, 20), (4, 30), (5, 40);
      INSERT INTO ranking_runs (id, created_at) VALUES (1, '2026-11-01T00:00:00Z'), (2, '2026-11-20T00:00:00Z');
      INSERT INTO scores (run_id, person_id, total, rank, specialization) VALUES
        (1, 20, 9, 1, 'rag'), (1, 10, 5, 2, 'inference'),
        (2, 10, 9, 1, 'inference'), (2, 20, 6, 2, 'rag'), (2, 30, 3, 3, 'alignment'), (2, 40, 99, 0, 'inference');
      INSERT INTO specialisation_scores (run_id, person_id, specialisation, score) VALUES
        (2, 10, 'inference', 8), (2, 10, 'rag', 1), (2, 20, 'rag', 6), (2, 30, 'alignment', 3);
      INSERT INTO score_components (run_id, person_id, signal, value, weight, contribution, explanation) VALUES
        (2, 10, 'contributions', 412, 1, 7, '412 commits to acme/serve'),
        (2, 10, 'models', 3, 1, 2, '3 models, 48k downloads'),
        (2, 20, 'own_repos', 1, 1, 6, 'bo/retriever (900 stars)');
      INSERT INTO score_evidence (run_id, person_id, signal, position, description, url) VALUES
        (2, 10, 'contributions', 0, 'acme/serve', 'https://github.com/acme/serve');
    )SQL");
  }

  scout::testing::ScoutResult export_with(std::initializer_list<std::string> extra)
  {
    std::vector<std::string> args{"export", "--db", db};
    args.insert(args.end(), extra.begin(), extra.end());
    std::vector<const char*> argv{"scout"};
    for (const std::string& arg : args) {
      argv.push_back(arg.c_str());
    }
    std::ostringstream out;
    std::ostringstream err;
    scout::testing::ScoutResult result;
    result.exit_code = scout::app::run(static_cast<int>(argv.size()), argv.data(), out, err);
    result.out = out.str();
    result.err = err.str();
    return result;
  }
};

// The names in a CSV export, in order.
std::vector<std::string> names_in(const std::string& csv)
{
  std::vector<std::string> names;
  std::istringstream lines(csv);
  std::string line;
  std::getline(lines, line);  // header
  while (std::getline(lines, line)) {
    const std::size_t first = line.find(',');
    const std::size_t second = line.find(',', first + 1);
    names.push_back(line.substr(second + 1, line.find(',', second + 1) - second - 1));
  }
  return names;
}

}  // namespace

TEST_SUITE("app::export")
{
  TEST_CASE("the latest run goes to stdout as CSV, by rank, without bots or e-mail addresses")
  {
    RankedWorld w;
    const auto result = w.export_with({"--format", "csv"});
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.starts_with("\xEF\xBB\xBFrank,score,name"));
    CHECK(names_in(result.out) == std::vector<std::string>{"Ana", "Bo", "Chen Wei"});
    CHECK(result.out.find("@example.com") == std::string::npos);
    CHECK(result.out.find("https://github.com/ana-ml") != std::string::npos);
    CHECK(result.out.find("https://huggingface.co/ana") != std::string::npos);
    CHECK(result.out.find("412 commits to acme/serve") != std::string::npos);
  }

  TEST_CASE("--top, --min-score and --run")
  {
    RankedWorld w;
    CHECK(names_in(w.export_with({"--top", "1"}).out) == std::vector<std::string>{"Ana"});
    CHECK(names_in(w.export_with({"--min-score", "5"}).out) == std::vector<std::string>{"Ana", "Bo"});
    CHECK(names_in(w.export_with({"--run", "1"}).out) == std::vector<std::string>{"Bo", "Ana"});
    const auto missing = w.export_with({"--run", "9"});
    CHECK(missing.exit_code == 1);
    CHECK(missing.err.find("ranking run 9 does not exist") != std::string::npos);
  }

  TEST_CASE("--specialisation ranks by that score, an unknown key exits 2 listing the valid ones")
  {
    RankedWorld w;
    CHECK(names_in(w.export_with({"--specialisation", "rag"}).out)
          == std::vector<std::string>{"Bo", "Ana", "Chen Wei"});
    const auto unknown = w.export_with({"--specialisation", "cooking"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err.find("unknown key \"cooking\" (valid: pretraining, alignment") != std::string::npos);
  }

  TEST_CASE("--location matches folded words and metro areas")
  {
    RankedWorld w;
    CHECK(names_in(w.export_with({"--location", "london"}).out) == std::vector<std::string>{"Ana"});
    CHECK(names_in(w.export_with({"--location", "Bay Area"}).out) == std::vector<std::string>{"Bo"});
    CHECK(names_in(w.export_with({"--location", "Paris"}).out).empty());
  }

  TEST_CASE("--source, --new-since and --exclude")
  {
    RankedWorld w;
    CHECK(names_in(w.export_with({"--source", "arxiv"}).out) == std::vector<std::string>{"Chen Wei"});
    CHECK(names_in(w.export_with({"--source", "huggingface"}).out) == std::vector<std::string>{"Ana"});
    CHECK(names_in(w.export_with({"--new-since", "2026-06-01"}).out) == std::vector<std::string>{"Ana"});
    CHECK(w.export_with({"--new-since", "June"}).exit_code == 2);
    std::ofstream(w.dir.file("contacted.txt")) << "# already contacted\nhttps://huggingface.co/ana\narxiv:Chen Wei\n";
    CHECK(names_in(w.export_with({"--exclude", w.dir.file("contacted.txt")}).out) == std::vector<std::string>{"Bo"});
    // A repository URL without scheme names its owner; a GitHub site page names nobody.
    std::ofstream(w.dir.file("repos.txt")) << "github.com/Bo/retriever\nhttps://github.com/explore\n";
    CHECK(names_in(w.export_with({"--exclude", w.dir.file("repos.txt")}).out)
          == std::vector<std::string>{"Ana", "Chen Wei"});
  }

  TEST_CASE("--out writes the file and logs to stderr only")
  {
    RankedWorld w;
    const std::string path = w.dir.file("list.html");
    const auto result = w.export_with({"--format", "html", "--out", path});
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.empty());
    std::ifstream file(path);
    const std::string html((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    CHECK(html.starts_with("<!DOCTYPE html>"));
    CHECK(html.find("Ana") != std::string::npos);
  }

  TEST_CASE("without a ranking run export says what to run first")
  {
    scout::testing::TempDir dir;
    REQUIRE(run_scout({"init", "--db", dir.file("x.db")}).exit_code == 0);
    const auto result = run_scout({"export", "--db", dir.file("x.db")});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("run `scout link` and `scout rank` first") != std::string::npos);
  }
}
