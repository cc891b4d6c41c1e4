#include "store/database.hpp"
#include "store/direct_sql.hpp"
#include "store/migrations.hpp"
#include "store/suppressions.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <span>
#include <vector>

namespace {

std::string all_suppression_text(scout::store::Database& db)
{
  std::string text;
  for (const std::vector<std::string>& row :
       scout::store::query_rows(db, "SELECT source || ' ' || handle_hash || ' ' || reason FROM suppressions")) {
    text += row[0] + "\n";
  }
  return text;
}

}  // namespace

TEST_SUITE("store::suppressions")
{
  TEST_CASE("a plain-handle suppression from schema 3 becomes a salted hash and still suppresses")
  {
    scout::testing::TempDir dir;
    const std::vector<scout::store::Migration> migrations = scout::store::builtin_migrations();
    {
      auto sql = scout::store::Database::open(dir.file("old.db"));
      sql.migrate(std::span(migrations).first(3));
      scout::store::execute(
        sql, "INSERT INTO suppressions (source, handle, reason, created_at) VALUES ('github', 'ana-lima', '', 'now')");
    }
    auto db = scout::store::Database::open(dir.file("old.db"));
    db.migrate();
    CHECK(db.schema_version() == migrations.back().version);  // migrated through 4 to the latest
    CHECK(scout::store::is_suppressed(db, "github", "Ana-Lima"));
    CHECK_FALSE(scout::store::is_suppressed(db, "github", "ana"));
    CHECK_FALSE(scout::store::is_suppressed(db, "huggingface", "ana-lima"));
    const std::string stored = all_suppression_text(db);
    CHECK(stored.find("ana") == std::string::npos);
    CHECK(scout::store::query_int(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
                                  {"suppressions_plain"})
          == 0);
  }

  TEST_CASE("each database salts its hashes: the same handle hashes differently in two databases")
  {
    scout::testing::TempDir dir;
    auto first = scout::store::Database::open(dir.file("a.db"));
    first.migrate();
    auto second = scout::store::Database::open(dir.file("b.db"));
    second.migrate();
    scout::store::suppress(first, "arxiv", "José  Martínez", "erasure request", 0);
    scout::store::suppress(second, "arxiv", "josé martínez", "erasure request", 0);
    CHECK(scout::store::is_suppressed(first, "arxiv", "josé martínez"));
    CHECK(all_suppression_text(first) != all_suppression_text(second));
    CHECK(all_suppression_text(first).find("mart") == std::string::npos);
  }

  TEST_CASE("suppression_hash is sha256 of salt, source, ':' and the stored handle")
  {
    CHECK(scout::store::suppression_hash("", "github", "Abc") == scout::store::suppression_hash("", "github", "abc"));
    CHECK(scout::store::suppression_hash("s1", "github", "abc")
          != scout::store::suppression_hash("s2", "github", "abc"));
    CHECK(scout::store::suppression_hash("", "github", "abc").size() == 64);
  }
}
