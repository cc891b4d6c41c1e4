#include "store/record_writer.hpp"

#include "store/suppressions.hpp"

#include "support/temp_dir.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>

namespace {

struct WriterFixture {
  scout::testing::TempDir dir;
  scout::store::Database db = scout::store::Database::open(dir.file("w.db"));
  WriterFixture() { db.migrate(); }

  void write(const scout::model::RecordBatch& batch)
  {
    SQLite::Transaction transaction(db.sql());
    scout::store::RecordWriter(db).write(batch, 1700000000000);
    transaction.commit();
  }
  std::int64_t count(const std::string& sql) { return db.sql().execAndGet(sql).getInt64(); }
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
  batch.evidence.push_back({"github", "lukasz-k", "huggingface", "lukasz", "", "github_blog_url",
                            "https://huggingface.co/lukasz", 1.0, ""});
  batch.evidence.push_back({"arxiv", "paper:2305.18290", "", "", "github:eric/dpo", "paper_code_link",
                            "https://github.com/eric/dpo", 1.0, ""});
  return batch;
}

}  // namespace

TEST_SUITE("store::RecordWriter")
{
  TEST_CASE("a batch fills accounts, profiles, contributions, models, tags, papers and evidence")
  {
    WriterFixture f;
    f.write(sample_batch());
    CHECK(f.count("SELECT count(*) FROM accounts WHERE source = 'github' AND handle = 'lukasz-k'") == 1);
    CHECK(f.db.sql().execAndGet("SELECT name FROM github_profiles").getString() == "Łukasz Kaiser");
    CHECK(f.count("SELECT contributions FROM github_contributions") == 42);
    CHECK(f.count("SELECT count(*) FROM hf_model_tags WHERE kind = 'arxiv' AND value = '2305.18290'") == 1);
    CHECK(f.count("SELECT count(*) FROM arxiv_authorships") == 2);
    CHECK(f.count("SELECT count(*) FROM accounts WHERE source = 'arxiv' AND handle = 'rafael rafailov'") == 1);
    CHECK(f.count("SELECT count(*) FROM link_evidence WHERE kind = 'github_blog_url' AND to_account_id IS NOT NULL") == 1);
    CHECK(f.count("SELECT count(*) FROM link_evidence WHERE kind = 'paper_code_link'") == 2);  // one per author
  }

  TEST_CASE("writing the same batch twice leaves the same rows")
  {
    WriterFixture f;
    f.write(sample_batch());
    const std::string census = "SELECT (SELECT count(*) FROM accounts) || '/' || (SELECT count(*) FROM link_evidence)"
                               " || '/' || (SELECT count(*) FROM hf_model_tags) || '/' || (SELECT count(*) FROM arxiv_authorships)";
    const std::string before = f.db.sql().execAndGet(census).getString();
    f.write(sample_batch());
    CHECK(f.db.sql().execAndGet(census).getString() == before);
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
    CHECK(f.db.sql().execAndGet("SELECT kind FROM accounts WHERE handle = 'vllm-project'").getString() == "org");
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
    CHECK(f.db.sql().execAndGet("SELECT card_license FROM hf_models").getString() == "apache-2.0");
    CHECK(f.count("SELECT downloads FROM hf_models") == 99);
  }
}
