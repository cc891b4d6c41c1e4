// The records identity needs and the Hub's datasets and Spaces (issue 12, migrations 14
// and 15): written, replaced, kept across poorer answers, and left out for suppressed owners.
#include "store/direct_sql.hpp"
#include "store/record_writer.hpp"
#include "store/suppressions.hpp"
#include "store/transaction.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

struct Fixture {
  scout::testing::TempDir dir;
  scout::store::Database db = scout::store::Database::open(dir.file("identity.db"));
  Fixture() { db.migrate(); }

  void write(const scout::model::RecordBatch& batch)
  {
    scout::store::Transaction transaction(db, "write the test's records");
    scout::store::RecordWriter(db).write(batch, 1700000000000);
    transaction.commit();
  }
  std::string text(const std::string& sql)
  {
    std::string out;
    for (const std::vector<std::string>& row : scout::store::query_rows(db, sql, {}, "NULL")) {
      for (std::size_t i = 0; i < row.size(); ++i) {
        out += (i > 0 ? "|" : "") + row[i];
      }
      out += "\n";
    }
    return out;
  }
};

scout::model::GithubRepoRecord fork_of(const std::string& parent)
{
  scout::model::GithubRepoRecord repo;
  repo.id = 700001;
  repo.full_name = "ana-ml/transformers";
  repo.owner_login = "ana-ml";
  repo.owner_type = "User";
  repo.name = "transformers";
  repo.fork = true;
  repo.parent_full_name = parent;
  return repo;
}

}  // namespace

TEST_SUITE("store::RecordWriter identity records")
{
  TEST_CASE("social accounts: each answer replaces the user's rows, an empty one clears them")
  {
    Fixture f;
    scout::model::RecordBatch batch;
    batch.github_social_accounts.push_back(
      {"Ana-ML", {{"twitter", "https://twitter.com/ana_ml"}, {"linkedin", "https://linkedin.com/in/ana"}}});
    f.write(batch);
    CHECK(
      f.text("SELECT a.handle, s.provider, s.url FROM github_social_accounts s JOIN accounts a ON a.id = s.account_id"
             " ORDER BY s.url")
      == "ana-ml|linkedin|https://linkedin.com/in/ana\nana-ml|twitter|https://twitter.com/ana_ml\n");
    batch.github_social_accounts[0].accounts = {{"bluesky", "https://bsky.app/profile/ana.bsky.social"}};
    f.write(batch);
    CHECK(f.text("SELECT provider FROM github_social_accounts") == "bluesky\n");
    batch.github_social_accounts[0].accounts.clear();
    f.write(batch);
    CHECK(f.text("SELECT count(*) FROM github_social_accounts") == "0\n");
  }

  TEST_CASE("a fork's parent survives a listing that rewrites the repository, the homepage follows the latest")
  {
    Fixture f;
    scout::model::RecordBatch detail;
    detail.github_repos.push_back(fork_of("huggingface/transformers"));
    detail.github_repos[0].homepage = "https://hf.co/docs";
    f.write(detail);
    scout::model::RecordBatch listing;
    listing.github_repos.push_back(fork_of(""));
    listing.github_repos[0].stargazers_count = 3;
    f.write(listing);
    CHECK(f.text("SELECT parent_full_name, homepage, stargazers_count FROM github_repos")
          == "huggingface/transformers|NULL|3\n");
  }

  TEST_CASE("a parent whose owner is suppressed is not named")
  {
    Fixture f;
    scout::store::suppress(f.db, "github", "Secret-Org", "", 0);
    scout::model::RecordBatch batch;
    batch.github_repos.push_back(fork_of("secret-org/model-zoo"));
    f.write(batch);
    CHECK(f.text("SELECT full_name, parent_full_name FROM github_repos") == "ana-ml/transformers|NULL\n");
  }

  TEST_CASE("a Hub profile keeps its bio and createdAt")
  {
    Fixture f;
    scout::model::RecordBatch batch;
    scout::model::HfAuthorRecord author;
    author.name = "ana-ml";
    author.details = "Preference data & evals";
    author.created_at = "2022-06-14T09:30:00.000Z";
    batch.hf_authors.push_back(author);
    author.name = "quiet";
    author.details.clear();
    author.created_at.clear();
    batch.hf_authors.push_back(author);
    f.write(batch);
    CHECK(f.text("SELECT a.handle, p.details, p.created_at FROM hf_profiles p JOIN accounts a ON a.id = p.account_id"
                 " ORDER BY a.handle")
          == "ana-ml|Preference data & evals|2022-06-14T09:30:00.000Z\nquiet|NULL|NULL\n");
  }
}

TEST_SUITE("store::RecordWriter datasets and spaces")
{
  TEST_CASE("datasets and Spaces are stored with their author, tags and counts, and replaced by a newer answer")
  {
    Fixture f;
    scout::model::RecordBatch batch;
    batch.hf_datasets.push_back({"zoe-lk/ultrafeedback-pl",
                                 "zoe-lk",
                                 {"language:pl", "arxiv:2310.01377"},
                                 27,
                                 1832,
                                 40211,
                                 "2024-07-25T11:02:03.000Z",
                                 "2025-03-01T08:15:00.000Z"});
    batch.hf_spaces.push_back({"zoe-lk/pl-chat-arena",
                               "zoe-lk",
                               {"gradio"},
                               64,
                               "gradio",
                               "2025-02-02T12:00:00.000Z",
                               "2025-10-30T09:09:09.000Z"});
    f.write(batch);
    CHECK(f.text("SELECT d.id, a.handle, d.tags_json, d.likes, d.downloads, d.downloads_all_time, d.created_at,"
                 " d.last_modified FROM hf_datasets d JOIN accounts a ON a.id = d.author_account_id")
          == "zoe-lk/ultrafeedback-pl|zoe-lk|[\"language:pl\",\"arxiv:2310.01377\"]|27|1832|40211|"
             "2024-07-25T11:02:03.000Z|2025-03-01T08:15:00.000Z\n");
    CHECK(f.text("SELECT id, tags_json, likes, sdk FROM hf_spaces") == "zoe-lk/pl-chat-arena|[\"gradio\"]|64|gradio\n");
    batch.hf_spaces[0].likes = 65;
    batch.hf_datasets[0].downloads.reset();
    f.write(batch);
    CHECK(f.text("SELECT likes FROM hf_spaces") == "65\n");
    CHECK(f.text("SELECT downloads FROM hf_datasets") == "NULL\n");
  }

  TEST_CASE("a suppressed author's datasets and Spaces are not stored, and erasing an author removes them")
  {
    Fixture f;
    scout::store::suppress(f.db, "huggingface", "hidden", "", 0);
    scout::model::RecordBatch batch;
    batch.hf_datasets.push_back({"hidden/data", "hidden", {}, 1, std::nullopt, std::nullopt, "", ""});
    batch.hf_spaces.push_back({"shown/demo", "shown", {}, 1, "static", "", ""});
    f.write(batch);
    CHECK(f.text("SELECT count(*) FROM hf_datasets") == "0\n");
    scout::store::execute(f.db, "DELETE FROM accounts WHERE handle = 'shown'");
    CHECK(f.text("SELECT count(*) FROM hf_spaces") == "0\n");
  }
}
