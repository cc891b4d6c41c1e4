#include "store/migrations.hpp"
#include "store/suppressions.hpp"
#include "support/temp_dir.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>

#include <span>
#include <vector>

namespace {

std::string all_suppression_text(SQLite::Database& db)
{
  std::string text;
  SQLite::Statement rows(db, "SELECT source || ' ' || handle_hash || ' ' || reason FROM suppressions");
  while (rows.executeStep()) {
    text += rows.getColumn(0).getString() + "\n";
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
      SQLite::Database sql(dir.file("old.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      scout::store::apply_migrations(sql, std::span(migrations).first(3));
      sql.exec(
        "INSERT INTO suppressions (source, handle, reason, created_at) VALUES ('github', 'ana-lima', '', 'now')");
    }
    auto db = scout::store::Database::open(dir.file("old.db"));
    db.migrate();
    CHECK(db.schema_version() == migrations.back().version);  // migrated through 4 to the latest
    CHECK(scout::store::is_suppressed(db, "github", "Ana-Lima"));
    CHECK_FALSE(scout::store::is_suppressed(db, "github", "ana"));
    CHECK_FALSE(scout::store::is_suppressed(db, "huggingface", "ana-lima"));
    const std::string stored = all_suppression_text(db.sql());
    CHECK(stored.find("ana") == std::string::npos);
    CHECK_FALSE(db.sql().tableExists("suppressions_plain"));
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
    CHECK(all_suppression_text(first.sql()) != all_suppression_text(second.sql()));
    CHECK(all_suppression_text(first.sql()).find("mart") == std::string::npos);
  }

  TEST_CASE("suppression_hash is sha256 of salt, source, ':' and the stored handle")
  {
    CHECK(scout::store::suppression_hash("", "github", "Abc") == scout::store::suppression_hash("", "github", "abc"));
    CHECK(scout::store::suppression_hash("s1", "github", "abc")
          != scout::store::suppression_hash("s2", "github", "abc"));
    CHECK(scout::store::suppression_hash("", "github", "abc").size() == 64);
  }
}
