#include "common/error.hpp"
#include "store/direct_sql.hpp"
#include "store/response_archive.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

TEST_SUITE("store::ResponseArchive")
{
  TEST_CASE("an archived body comes back byte for byte and is stored compressed")
  {
    scout::testing::TempDir dir;
    auto db = scout::store::Database::open(dir.file("a.db"));
    db.migrate();
    scout::store::ResponseArchive archive(db);
    std::string body;
    for (int i = 0; i < 200; ++i) {
      body += R"({"login":"Łukasz","name":"李明","contributions":)" + std::to_string(i) + "},";
    }
    const auto id = archive.archive("http://x/users", 1000, 200, "{}", body);
    CHECK(archive.load_body(id) == body);
    const auto stored = scout::store::query_int(db, "SELECT length(body) FROM raw_responses");
    CHECK(stored < static_cast<std::int64_t>(body.size()) / 4);
  }

  TEST_CASE("validators are remembered per url and replaced by newer ones")
  {
    scout::testing::TempDir dir;
    auto db = scout::store::Database::open(dir.file("a.db"));
    db.migrate();
    scout::store::ResponseArchive archive(db);
    CHECK_FALSE(archive.lookup("http://x/a").has_value());
    const auto first = archive.archive("http://x/a", 1000, 200, "{}", "one");
    archive.remember({"http://x/a", "\"e1\"", "", 200, first}, 1000);
    const auto second = archive.archive("http://x/a", 2000, 200, "{}", "two");
    archive.remember({"http://x/a", "W/\"e2\"", "Mon, 01 Jan 2024 00:00:00 GMT", 200, second}, 2000);
    const auto entry = archive.lookup("http://x/a");
    REQUIRE(entry.has_value());
    CHECK(entry->etag == "W/\"e2\"");
    CHECK(entry->last_modified == "Mon, 01 Jan 2024 00:00:00 GMT");
    CHECK(archive.load_body(entry->raw_response_id) == "two");
  }

  TEST_CASE("an unknown body id is an error naming it")
  {
    scout::testing::TempDir dir;
    auto db = scout::store::Database::open(dir.file("a.db"));
    db.migrate();
    scout::store::ResponseArchive archive(db);
    CHECK_THROWS_WITH_AS(archive.load_body(42), doctest::Contains("42"), scout::Error);
  }
}

TEST_SUITE("store::ResponseArchive parser version")
{
  TEST_CASE("the parser version of an archived body is unknown until given, and lookup reports it")
  {
    scout::testing::TempDir dir;
    auto db = scout::store::Database::open(dir.file("a.db"));
    db.migrate();
    scout::store::ResponseArchive archive(db);
    const auto old_body = archive.archive("http://x/a", 1000, 200, "{}", "old");
    archive.remember({"http://x/a", "\"e1\"", "", 200, old_body}, 1000);
    CHECK(archive.lookup("http://x/a")->parser_version == 0);
    archive.mark_parsed(old_body, 3);
    CHECK(archive.lookup("http://x/a")->parser_version == 3);

    const auto new_body = archive.archive("http://x/b", 2000, 200, "{}", "new", 4);
    archive.remember({"http://x/b", "\"e2\"", "", 200, new_body}, 2000);
    CHECK(archive.lookup("http://x/b")->parser_version == 4);
  }
}
