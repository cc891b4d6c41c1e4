#include "common/error.hpp"
#include "store/direct_sql.hpp"
#include "store/record_writer.hpp"
#include "store/suppressions.hpp"
#include "store/transaction.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

struct WriterFixture {
  scout::testing::TempDir dir;
  scout::store::Database db = scout::store::Database::open(dir.file("w.db"));
  WriterFixture() { db.migrate(); }

  void write(const scout::model::RecordBatch& batch)
  {
    scout::store::Transaction transaction(db, "write the test's records");
    scout::store::RecordWriter(db).write(batch, 1700000000000);
    transaction.commit();
  }
  std::int64_t count(const std::string& sql) { return scout::store::query_int(db, sql); }
};

scout::model::RecordBatch sample_batch()
{
  scout::model::RecordBatch batch;
  scout::model::GithubUserRecord user;
  user.login = "Lukasz-K";
  user.github_id = 7;
  user.full = true;
  user.name = "Łukasz Kaiser";
  user.blog = "https://huggingface.co/lukasz";
  user.followers = 120;
  batch.github_users.push_back(user);
  batch.github_contributions.push_back({"vllm-project/vllm", "lukasz-k", 42});
  scout::model::HfModelRecord model;
  model.id = "lukasz/zephyr-dpo";
  model.author = "lukasz";
  model.downloads = 10;
  model.tags = {{"arxiv", "2305.18290"}, {"base_model", "mistralai/Mistral-7B-v0.1"}};
  batch.hf_models.push_back(model);
  scout::model::ArxivPaperRecord paper;
  paper.id = "2305.18290";
  paper.version = 3;
  paper.title = "Direct Preference Optimization";
  paper.authors = {{"Rafael  Rafailov", ""}, {"李明", "Tsinghua"}};
  batch.arxiv_papers.push_back(paper);
  batch.evidence.push_back(
    {"github", "lukasz-k", "huggingface", "lukasz", "", "github_blog_url", "https://huggingface.co/lukasz", 1.0, ""});
  batch.evidence.push_back({"arxiv", "paper:2305.18290", "", "", "github:eric/dpo", "paper_code_link",
                            "https://github.com/eric/dpo", 1.0, ""});
  return batch;
}

scout::model::GithubUserRecord github_user(const std::string& login, const std::string& name, bool full)
{
  scout::model::GithubUserRecord user;
  user.login = login;
  user.full = full;
  user.name = name;
  return user;
}

scout::model::ArxivPaperRecord paper_by(const std::string& id, const std::string& author)
{
  scout::model::ArxivPaperRecord paper;
  paper.id = id;
  paper.title = "Paper " + id;
  paper.authors = {{author, ""}};
  return paper;
}

scout::model::LinkEvidenceRecord readme_evidence(const std::string& login, const std::string& url)
{
  return {"github", login, "", "", "arxiv:2402.01234", "readme_link", "arxiv.org/abs/2402.01234", 1.0, url};
}

// Records about the same people from different pages: a contributors page, a profile, a
// repository list, two READMEs citing one paper, two papers printing one author differently,
// a Hub overview and a model list.
std::vector<scout::model::RecordBatch> overlapping_batches()
{
  std::vector<scout::model::RecordBatch> batches(5);
  batches[0].github_users = {github_user("User0", "", false), github_user("user1", "", false)};
  batches[0].github_contributions = {{"beta-lab/beta", "User0", 3}, {"beta-lab/beta", "user1", 2}};
  batches[1].github_users = {github_user("user0", "Usér 0 ✓", true), github_user("user1", "", true)};
  scout::model::GithubRepoRecord repo;
  repo.id = 5;
  repo.full_name = "user0/tool";
  repo.owner_login = "user0";
  repo.name = "tool";
  batches[2].github_repos = {repo};
  batches[2].evidence = {readme_evidence("user0", "http://gh/repos/user0/tool/readme")};
  batches[3].evidence = {readme_evidence("user0", "http://gh/repos/user0/notes/readme")};
  batches[3].arxiv_papers = {paper_by("2402.01234", "ANN  LEE")};
  scout::model::HfAuthorRecord author;
  author.name = "annlee";
  author.kind = "org";
  author.fullname = "Ann Lee Lab";
  batches[4].hf_authors = {author};
  scout::model::HfModelRecord model;
  model.id = "annlee/m";
  model.author = "annlee";
  batches[4].hf_models = {model};
  batches[4].arxiv_papers = {paper_by("2305.18290", "Ann Lee")};
  return batches;
}

// What the source tables say, without row ids and write times.
std::string stored_data(scout::store::Database& db)
{
  const scout::store::SqlRows query = scout::store::query_rows(
    db,
    "SELECT source || ':' || handle || ':' || kind || ':' || quote(display_name) FROM accounts"
    " UNION ALL SELECT e.kind || ':' || e.to_ref || ':' || e.confidence || ':' || quote(e.source_url)"
    "  FROM link_evidence e"
    " UNION ALL SELECT repo_full_name || ':' || contributions FROM github_contributions"
    " UNION ALL SELECT paper_id || ':' || author_name FROM arxiv_authorships ORDER BY 1");
  std::string rows;
  for (const std::vector<std::string>& row : query) {
    rows += row[0] + "\n";
  }
  return rows;
}

}  // namespace

TEST_SUITE("store::RecordWriter")
{
  TEST_CASE("a batch fills accounts, profiles, contributions, models, tags, papers and evidence")
  {
    WriterFixture f;
    f.write(sample_batch());
    CHECK(f.count("SELECT count(*) FROM accounts WHERE source = 'github' AND handle = 'lukasz-k'") == 1);
    CHECK(scout::store::query_text(f.db, "SELECT name FROM github_profiles") == "Łukasz Kaiser");
    CHECK(f.count("SELECT contributions FROM github_contributions") == 42);
    CHECK(f.count("SELECT count(*) FROM hf_model_tags WHERE kind = 'arxiv' AND value = '2305.18290'") == 1);
    CHECK(f.count("SELECT count(*) FROM arxiv_authorships") == 2);
    CHECK(f.count("SELECT count(*) FROM accounts WHERE source = 'arxiv' AND handle = 'rafael rafailov'") == 1);
    CHECK(f.count("SELECT count(*) FROM link_evidence WHERE kind = 'github_blog_url' AND to_account_id IS NOT NULL")
          == 1);
    CHECK(f.count("SELECT count(*) FROM link_evidence WHERE kind = 'paper_code_link'") == 2);  // one per author
  }

  TEST_CASE("writing the same batch twice leaves the same rows")
  {
    WriterFixture f;
    f.write(sample_batch());
    const std::string census =
      "SELECT (SELECT count(*) FROM accounts) || '/' || (SELECT count(*) FROM link_evidence)"
      " || '/' || (SELECT count(*) FROM hf_model_tags) || '/' || (SELECT count(*) FROM arxiv_authorships)";
    const std::string before = scout::store::query_text(f.db, census);
    f.write(sample_batch());
    CHECK(scout::store::query_text(f.db, census) == before);
  }

  TEST_CASE("a suppressed account is not stored, nor anything pointing at it")
  {
    WriterFixture f;
    scout::store::suppress(f.db, "github", "Lukasz-K", "", 0);
    f.write(sample_batch());
    CHECK(f.count("SELECT count(*) FROM accounts WHERE source = 'github'") == 0);
    CHECK(f.count("SELECT count(*) FROM github_profiles") == 0);
    CHECK(f.count("SELECT count(*) FROM github_contributions") == 0);
    CHECK(f.count("SELECT count(*) FROM link_evidence WHERE kind = 'github_blog_url'") == 0);
  }

  TEST_CASE("a repository owned by an organisation stores the owner as an org")
  {
    WriterFixture f;
    scout::model::RecordBatch batch;
    scout::model::GithubRepoRecord repo;
    repo.id = 1;
    repo.full_name = "vllm-project/vllm";
    repo.owner_login = "vllm-project";
    repo.owner_type = "Organization";
    repo.name = "vllm";
    batch.github_repos.push_back(repo);
    f.write(batch);
    CHECK(scout::store::query_text(f.db, "SELECT kind FROM accounts WHERE handle = 'vllm-project'") == "org");
  }

  TEST_CASE("a list-form model does not erase card metadata stored earlier")
  {
    WriterFixture f;
    scout::model::RecordBatch full;
    scout::model::HfModelRecord model;
    model.id = "org/m";
    model.author = "org";
    model.has_card_data = true;
    model.card_license = "apache-2.0";
    full.hf_models.push_back(model);
    f.write(full);
    model.has_card_data = false;
    model.card_license = "";
    model.downloads = 99;
    scout::model::RecordBatch list;
    list.hf_models.push_back(model);
    f.write(list);
    CHECK(scout::store::query_text(f.db, "SELECT card_license FROM hf_models") == "apache-2.0");
    CHECK(f.count("SELECT downloads FROM hf_models") == 99);
  }

  TEST_CASE("a model entry without tags keeps the tags stored earlier")
  {
    WriterFixture f;
    scout::model::RecordBatch batch;
    scout::model::HfModelRecord model;
    model.id = "org/m";
    model.author = "org";
    model.tags = {{"arxiv", "2305.18290"}};
    batch.hf_models = {model};
    f.write(batch);
    batch.hf_models[0].tags.clear();
    f.write(batch);
    CHECK(f.count("SELECT count(*) FROM hf_model_tags WHERE model_id = 'org/m'") == 1);
    batch.hf_models[0].tags = {{"license", "mit"}};
    f.write(batch);
    CHECK(scout::store::query_text(f.db, "SELECT kind FROM hf_model_tags WHERE model_id = 'org/m'") == "license");
  }

  TEST_CASE("downloads of all time, parameter count and base-model relations are stored beside downloads")
  {
    WriterFixture f;
    scout::model::RecordBatch listing;
    scout::model::HfModelRecord model;
    model.id = "org/m-GGUF";
    model.author = "org";
    model.downloads = 40;
    model.downloads_all_time = 900;
    model.parameter_count = 7241732096;
    model.tags = {{"base_model", "org/m"}, {"base_model", "org/base"}};
    model.base_models = {{"org/m", "quantized"}, {"org/base", ""}};
    listing.hf_models = {model};
    f.write(listing);
    CHECK(scout::store::query_text(
            f.db, "SELECT downloads || '/' || downloads_all_time || '/' || parameter_count FROM hf_models")
          == "40/900/7241732096");
    CHECK(scout::store::query_text(
            f.db,
            "SELECT group_concat(base_model_id || ':' || relation, ' ') FROM"
            " (SELECT * FROM hf_model_base_models WHERE model_id = 'org/m-GGUF' ORDER BY base_model_id)")
          == "org/base: org/m:quantized");
    // The full /api/models/{id} object has no downloadsAllTime: the listing's value stays.
    model.downloads = 41;
    model.downloads_all_time.reset();
    model.base_models = {{"org/m", "quantized"}};
    scout::model::RecordBatch detail;
    detail.hf_models = {model};
    f.write(detail);
    CHECK(f.count("SELECT downloads_all_time FROM hf_models") == 900);
    CHECK(f.count("SELECT downloads FROM hf_models") == 41);
    CHECK(f.count("SELECT count(*) FROM hf_model_base_models") == 1);
    // Erasing the model's row takes its relations with it.
    scout::store::execute(f.db, "DELETE FROM hf_models");
    CHECK(f.count("SELECT count(*) FROM hf_model_base_models") == 0);
  }

  TEST_CASE("a contributors row after the profile keeps the profile's name")
  {
    WriterFixture f;
    scout::model::RecordBatch profile;
    profile.github_users = {github_user("user0", "Usér 0 ✓", true)};
    f.write(profile);
    scout::model::RecordBatch contributors;
    contributors.github_users = {github_user("user0", "", false)};
    f.write(contributors);
    CHECK(scout::store::query_text(f.db, "SELECT display_name FROM accounts") == "Usér 0 ✓");
  }

  TEST_CASE("a profile replaces the name stored before it, and one without a name stores the login")
  {
    WriterFixture f;
    scout::model::RecordBatch batch;
    batch.github_users = {github_user("user0", "", false)};
    f.write(batch);
    CHECK(scout::store::query_text(f.db, "SELECT display_name FROM accounts") == "user0");
    batch.github_users = {github_user("user0", "Usér 0 ✓", true)};
    f.write(batch);
    CHECK(scout::store::query_text(f.db, "SELECT display_name FROM accounts") == "Usér 0 ✓");
    batch.github_users = {github_user("user0", "", true)};  // the person removed their name
    f.write(batch);
    CHECK(scout::store::query_text(f.db, "SELECT display_name FROM accounts") == "user0");
  }

  TEST_CASE("an arXiv author printed two ways gets the mixed-case name whichever paper comes first")
  {
    for (const bool mixed_first : {true, false}) {
      CAPTURE(mixed_first);
      WriterFixture f;
      scout::model::RecordBatch mixed;
      mixed.arxiv_papers = {paper_by("2305.18290", "Ann Lee")};
      scout::model::RecordBatch upper;
      upper.arxiv_papers = {paper_by("2402.01234", "ANN LEE")};
      f.write(mixed_first ? mixed : upper);
      f.write(mixed_first ? upper : mixed);
      CHECK(scout::store::query_text(f.db, "SELECT display_name FROM accounts") == "Ann Lee");
    }
  }

  TEST_CASE("evidence seen at two URLs keeps the smaller URL whichever is seen first")
  {
    for (const bool tool_first : {true, false}) {
      CAPTURE(tool_first);
      WriterFixture f;
      scout::model::RecordBatch tool;
      tool.evidence = {readme_evidence("user0", "http://gh/repos/user0/tool/readme")};
      scout::model::RecordBatch notes;
      notes.evidence = {readme_evidence("user0", "http://gh/repos/user0/notes/readme")};
      f.write(tool_first ? tool : notes);
      f.write(tool_first ? notes : tool);
      CHECK(f.count("SELECT count(*) FROM link_evidence") == 1);
      CHECK(scout::store::query_text(f.db, "SELECT source_url FROM link_evidence")
            == "http://gh/repos/user0/notes/readme");
    }
  }

  TEST_CASE("overlapping records written in every order leave the same data")
  {
    std::vector<scout::model::RecordBatch> batches = overlapping_batches();
    std::string order = "01234";
    std::string first;
    do {
      scout::store::Database db = scout::store::Database::open(":memory:");
      db.migrate();
      for (const char index : order) {
        scout::store::Transaction transaction(db, "write the test's records");
        scout::store::RecordWriter(db).write(batches[static_cast<std::size_t>(index - '0')], 1700000000000);
        transaction.commit();
      }
      const std::string data = stored_data(db);
      if (first.empty()) {
        first = data;
        REQUIRE(first.find("github:user0:user:'Usér 0 ✓'") != std::string::npos);
      }
      CAPTURE(order);
      REQUIRE(data == first);
    } while (std::next_permutation(order.begin(), order.end()));
  }

  TEST_CASE("a table SQLite refuses to write is named in the error, with the database")
  {
    WriterFixture f;
    scout::store::execute(
      f.db, "CREATE TRIGGER refuse BEFORE INSERT ON github_profiles BEGIN SELECT RAISE(ABORT, 'refused'); END");
    scout::store::Transaction transaction(f.db, "store crawl results");
    try {
      scout::store::RecordWriter(f.db).write(sample_batch(), 1700000000000);
      FAIL("the write was refused, so it must throw");
    } catch (const scout::Error& e) {
      const std::string message = e.what();
      CHECK(message.find(f.dir.file("w.db")) != std::string::npos);
      CHECK(message.find("cannot write a GitHub profile to accounts, github_profiles: refused") != std::string::npos);
    }
  }

  TEST_CASE("store::Transaction names its operation when it cannot begin")
  {
    WriterFixture f;
    scout::store::execute(f.db, "BEGIN");  // a transaction already open: SQLite refuses a nested BEGIN
    try {
      scout::store::Transaction transaction(f.db, "store crawl results");
      FAIL("a nested BEGIN must throw");
    } catch (const scout::Error& e) {
      CHECK(std::string(e.what()).find("store crawl results: cannot begin a transaction") != std::string::npos);
    }
    scout::store::execute(f.db, "ROLLBACK");
  }

  TEST_CASE("store::Transaction rolls back what it did not commit")
  {
    WriterFixture f;
    {
      scout::store::Transaction transaction(f.db, "test");
      scout::store::RecordWriter(f.db).write(sample_batch(), 1700000000000);
    }
    CHECK(f.count("SELECT count(*) FROM github_profiles") == 0);
    {
      scout::store::Transaction transaction(f.db, "test");
      scout::store::RecordWriter(f.db).write(sample_batch(), 1700000000000);
      transaction.commit();
    }
    CHECK(f.count("SELECT count(*) FROM github_profiles") == 1);
  }
}
