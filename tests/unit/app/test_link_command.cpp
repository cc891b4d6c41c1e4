#include "common/strings.hpp"
#include "store/database.hpp"
#include "store/direct_sql.hpp"
#include "store/record_writer.hpp"
#include "store/transaction.hpp"
#include "support/run_scout.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <vector>

using scout::testing::run_scout;

namespace {

// A crawled database in a temp folder, with a config whose overrides file sits beside it.
struct LinkFixture {
  scout::testing::TempDir dir;
  std::string db_path = dir.file("scout.db");
  std::string config = dir.file("scout.toml");

  LinkFixture()
  {
    std::ofstream(config) << "[database]\npath = \"scout.db\"\n";
    crawl();
  }

  // Writes what a crawl of these accounts stores (again: the same batch is idempotent).
  void crawl()
  {
    auto db = scout::store::Database::open(db_path);
    db.migrate();
    scout::model::RecordBatch batch;
    scout::model::GithubUserRecord alice;
    alice.login = "alice";
    alice.full = true;
    alice.name = "Alice Example";
    alice.blog = "https://huggingface.co/alice-ml";
    batch.github_users.push_back(alice);
    scout::model::GithubUserRecord wei;
    wei.login = "wzhang";
    wei.full = true;
    wei.name = "Wei Zhang";
    batch.github_users.push_back(wei);
    batch.hf_authors.push_back({"alice-ml", "user", "Alice Example", {}, {}, {}, {}, {}, {}, {}, {}, {}});
    batch.hf_authors.push_back({"wei-zhang", "user", "Wei Zhang", {}, {}, {}, {}, {}, {}, {}, {}, {}});
    batch.evidence.push_back({"github", "alice", "huggingface", "alice-ml", "", "github_blog_url",
                              "https://huggingface.co/alice-ml", 1.0, "https://api.github.com/users/alice"});
    scout::store::Transaction transaction(db, "write the test's records");
    scout::store::RecordWriter(db).write(batch, 1700000000000);
    transaction.commit();
  }

  scout::testing::ScoutResult link() { return run_scout({"link", "--config", config}); }

  scout::testing::ScoutResult link(const std::string& flag, const std::string& a, const std::string& b)
  {
    return run_scout({"link", "--config", config, flag, a, b});
  }

  // "person_id|account" rows, the whole partition.
  std::string people()
  {
    auto db = scout::store::Database::open_read_only(db_path);
    std::string rows;
    for (const std::vector<std::string>& row :
         scout::store::query_rows(db,
                                  "SELECT pa.person_id || '|' || a.source || ':' || a.handle FROM person_accounts pa"
                                  " JOIN accounts a ON a.id = pa.account_id ORDER BY a.source, a.handle")) {
      rows += row[0] + "\n";
    }
    return rows;
  }

  bool together(const std::string& a, const std::string& b)
  {
    auto db = scout::store::Database::open_read_only(db_path);
    return scout::store::query_int(
             db,
             "SELECT count(DISTINCT pa.person_id) FROM person_accounts pa JOIN accounts a ON a.id = pa.account_id"
             " WHERE a.source || ':' || a.handle IN (?, ?)",
             {a, b})
           == 1;
  }
};

}  // namespace

TEST_SUITE("app::link")
{
  TEST_CASE("link merges a GitHub user whose blog is their Hugging Face profile and nobody else")
  {
    LinkFixture f;
    const auto result = f.link();
    REQUIRE(result.exit_code == 0);
    CHECK(result.err.find("4 accounts -> 3 people (1 with more than one account)") != std::string::npos);
    CHECK(f.together("github:alice", "huggingface:alice-ml"));
    CHECK_FALSE(f.together("github:wzhang", "huggingface:wei-zhang"));  // the same name is not evidence
  }

  TEST_CASE("link --show-people prints each person with more than one account")
  {
    LinkFixture f;
    const auto result = run_scout({"link", "--config", f.config, "--show-people"});
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.find(": Alice Example\n  github:alice\n  huggingface:alice-ml\n") != std::string::npos);
    CHECK(result.out.find("wzhang") == std::string::npos);
  }

  TEST_CASE("the same database linked twice gives identical person ids")
  {
    LinkFixture f;
    REQUIRE(f.link().exit_code == 0);
    const std::string first = f.people();
    REQUIRE(f.link().exit_code == 0);
    CHECK(f.people() == first);
    CHECK(first.find("|github:alice") != std::string::npos);
  }

  TEST_CASE("a --split override keeps a merge apart across re-crawls and re-links")
  {
    LinkFixture f;
    REQUIRE(f.link().exit_code == 0);
    REQUIRE(f.together("github:alice", "huggingface:alice-ml"));
    const auto split = f.link("--split", "github:alice", "hf:alice-ml");
    REQUIRE(split.exit_code == 0);
    CHECK_FALSE(f.together("github:alice", "huggingface:alice-ml"));
    CHECK(scout::read_file(f.dir.file("identity-overrides.toml"))
            .find("[[split]]\na = \"github:alice\"\nb = \"huggingface:alice-ml\"")
          != std::string::npos);
    f.crawl();
    REQUIRE(f.link().exit_code == 0);
    CHECK_FALSE(f.together("github:alice", "huggingface:alice-ml"));
  }

  TEST_CASE("a --merge override joins two accounts without evidence")
  {
    LinkFixture f;
    REQUIRE(f.link("--merge", "github:wzhang", "hf:wei-zhang").exit_code == 0);
    CHECK(f.together("github:wzhang", "huggingface:wei-zhang"));
    REQUIRE(f.link().exit_code == 0);
    CHECK(f.together("github:wzhang", "huggingface:wei-zhang"));
  }

  TEST_CASE("an override naming no known source exits 2 and writes nothing")
  {
    LinkFixture f;
    const auto result = f.link("--merge", "gitlab:alice", "hf:alice-ml");
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("'gitlab:alice' is not an account: write github:LOGIN, hf:USER or arxiv:FULL NAME")
          != std::string::npos);
    CHECK_FALSE(std::ifstream(f.dir.file("identity-overrides.toml")).good());
  }

  TEST_CASE("a malformed overrides file exits 2 naming its line")
  {
    LinkFixture f;
    std::ofstream(f.dir.file("identity-overrides.toml")) << "[[merge]]\na = \"github:alice\"\nc = \"hf:x\"\n";
    const auto result = f.link();
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("identity-overrides.toml:3: merge.c: unknown key") != std::string::npos);
  }

  TEST_CASE("explain shows the accounts and the accepted link with its evidence URL and same-name candidates")
  {
    LinkFixture f;
    REQUIRE(f.link().exit_code == 0);
    const auto alice = run_scout({"explain", "--config", f.config, "github:alice"});
    REQUIRE(alice.exit_code == 0);
    CHECK(alice.out.find("Alice Example (2 accounts)") != std::string::npos);
    CHECK(alice.out.find("https://huggingface.co/alice-ml") != std::string::npos);
    CHECK(alice.out.find("github:alice = huggingface:alice-ml  github_blog_url (strong, names match)")
          != std::string::npos);
    CHECK(alice.out.find("at https://api.github.com/users/alice") != std::string::npos);
    const auto wei = run_scout({"explain", "--config", f.config, "github:wzhang"});
    REQUIRE(wei.exit_code == 0);
    CHECK(wei.out.find("huggingface:wei-zhang  \"Wei Zhang\"  person ") != std::string::npos);
  }
}
