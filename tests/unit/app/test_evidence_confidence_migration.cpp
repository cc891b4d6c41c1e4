// Migration 012 on a database made at the schema before it: every link_evidence row that
// kept the old default 1.0 gets the confidence a new crawl would give it. It lives with the
// app tests because it holds the SQL up against the crawler's table of kinds
// (crawler::links::evidence_confidence), which the store's own tests cannot link.
#include "crawler/links/link_evidence.hpp"
#include "store/database.hpp"
#include "store/direct_sql.hpp"
#include "store/migrations.hpp"
#include "store/row_writer.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

constexpr int k_migration = 12;

struct OldRow {
  std::string kind;
  std::string to_ref;  // empty when the row points at an account
};

// Every kind with every target the crawler gives it, as rows of an old database.
const std::vector<OldRow> k_rows = {
  {"github_blog_url", "url:ana.dev"},
  {"github_blog_url", ""},
  {"github_twitter", "twitter:ana"},
  {"hf_paper_claim", "arxiv:2401.00001"},
  {"readme_link", ""},
  {"readme_link", "hf:ana/model"},
  {"readme_link", "arxiv:2401.00002"},
  {"hf_card_github", "github:ana"},
  {"hf_card_github", "github:ana/repo"},
  {"hf_card_arxiv", "arxiv:2401.00003"},
  {"hf_arxiv_tag", "arxiv:2401.00004"},
  {"paper_code_link", "github:ana/code"},
  {"paper_hf_link", "hf:ana/space"},
};

// A database migrated up to the step before 012, with accounts 1 (from) and 2 (to).
void make_old_database(scout::store::Database& db)
{
  std::vector<scout::store::Migration> before;
  for (const scout::store::Migration& migration : scout::store::builtin_migrations()) {
    if (migration.version < k_migration) {
      before.push_back(migration);
    }
  }
  db.migrate(before);
  REQUIRE(db.schema_version() == k_migration - 1);
  scout::store::execute(db,
                        "INSERT INTO accounts (id, source, handle, kind, first_seen_at, updated_at) VALUES"
                        " (1, 'github', 'ana', 'user', 't', 't'), (2, 'huggingface', 'ana', 'user', 't', 't')");
}

void insert_old_row(scout::store::Database& db, const OldRow& row, const std::string& detail)
{
  scout::store::RowWriter insert(db,
                                 "INSERT INTO link_evidence (from_account_id, to_account_id, to_ref, kind, detail,"
                                 " created_at) VALUES (1, ?, ?, ?, ?, 't')");
  if (row.to_ref.empty()) {
    insert.bind(1, 2);
  } else {
    insert.bind(1, nullptr);
  }
  insert.bind(2, row.to_ref);
  insert.bind(3, row.kind);
  insert.bind(4, detail);
  insert.write_row();
}

// Throws (failing the test) when no row has this detail.
double confidence_of(scout::store::Database& db, const std::string& detail)
{
  return scout::store::query_double(db, "SELECT confidence FROM link_evidence WHERE detail = ?", {detail});
}

}  // namespace

TEST_SUITE("store migration 012: evidence confidence by kind")
{
  TEST_CASE("old rows at 1.0 get the confidence of their kind and target, as a new crawl gives")
  {
    scout::testing::TempDir dir;
    auto db = scout::store::Database::open(dir.file("old.db"));
    make_old_database(db);
    for (std::size_t i = 0; i < k_rows.size(); ++i) {
      insert_old_row(db, k_rows[i], "row" + std::to_string(i));
    }
    insert_old_row(db, {"a_kind_from_elsewhere", "url:x"}, "unknown");
    CHECK(scout::store::query_int(db, "SELECT count(*) FROM link_evidence WHERE confidence = 1.0")
          == static_cast<int>(k_rows.size()) + 1);

    db.migrate();
    CHECK(db.schema_version() >= k_migration);
    for (std::size_t i = 0; i < k_rows.size(); ++i) {
      const OldRow& row = k_rows[i];
      CAPTURE(row.kind);
      CAPTURE(row.to_ref);
      const double expected = scout::crawler::links::evidence_confidence(row.kind, row.to_ref, row.to_ref.empty());
      CHECK(confidence_of(db, "row" + std::to_string(i)) == doctest::Approx(expected));
    }
    // A kind the table does not know keeps what it had.
    CHECK(confidence_of(db, "unknown") == doctest::Approx(1.0));
  }
}
