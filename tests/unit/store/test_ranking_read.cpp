// The ranker's bulk read: tables read in key ranges on several connections give the same
// rows in the same order as one scan, whatever the range size and the threads.
#include "common/error.hpp"
#include "ranker/day_number.hpp"
#include "store/chunked_scan.hpp"
#include "store/database.hpp"
#include "store/direct_sql.hpp"
#include "store/ranking_inputs.hpp"
#include "store/row_writer.hpp"
#include "store/transaction.hpp"
#include "support/ranking_rows_world.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>
#include <tbb/global_control.h>

#include <algorithm>
#include <random>
#include <sstream>
#include <string>

namespace {

using scout::store::KeyRange;

using scout::testing::describe;
using scout::testing::ReadFixture;

}  // namespace

TEST_CASE("the bulk read gives the same rows in the same order in ranges of 7 rows as in one range")
{
  ReadFixture f;
  const std::string whole = describe(scout::store::read_rank_input(f.db, 1000000));
  CHECK(whole.find("model ") != std::string::npos);
  CHECK(whole.find("dpo text-generation") != std::string::npos);  // tags attached, in order, licence left out
  CHECK(whole.find("authorship ") != std::string::npos);
  CHECK(describe(scout::store::read_rank_input(f.db, 7)) == whole);
  CHECK(describe(scout::store::read_rank_input(f.db, 1)) == whole);
}

TEST_CASE("the bulk read on one thread gives what it gives on two")
{
  ReadFixture f;
  const std::string two = describe(scout::store::read_rank_input(f.db, 5));
  const tbb::global_control one_thread(tbb::global_control::max_allowed_parallelism, 1);
  CHECK(describe(scout::store::read_rank_input(f.db, 5)) == two);
}

TEST_CASE("the rows of a few people read in groups on two connections are those one reader reads")
{
  ReadFixture f;
  const std::vector<std::int64_t> people = {300, 7, 12, 150, 151, 9, 42, 298};
  const std::string grouped = describe(scout::store::read_rank_input_of(f.db, people));
  CHECK(grouped.find("repo ") != std::string::npos);
  CHECK(grouped.find("paper ") != std::string::npos);
  const tbb::global_control one_thread(tbb::global_control::max_allowed_parallelism, 1);
  CHECK(describe(scout::store::read_rank_input_of(f.db, people)) == grouped);
}

TEST_CASE("the rows of hundreds of people, read in more groups than threads, are those one reader reads, in order")
{
  ReadFixture f;
  std::vector<std::int64_t> people;
  for (std::int64_t id = 1; id <= 300; ++id) {
    people.push_back(id);
  }
  std::shuffle(people.begin(), people.end(), std::mt19937(7));  // the order wanted is the rank order, not the ids'
  const std::string grouped = describe(scout::store::read_rank_input_of(f.db, people));
  // The rows' order follows the people's: the first person's accounts come first.
  const std::string first_person = "person " + std::to_string(people.front()) + "\n";
  CHECK(grouped.starts_with(first_person));
  const tbb::global_control one_thread(tbb::global_control::max_allowed_parallelism, 1);
  CHECK(describe(scout::store::read_rank_input_of(f.db, people)) == grouped);
}

TEST_CASE("the rows of a few people read beside a writer come from read-only connections, as of the last commit")
{
  ReadFixture f;
  const std::vector<std::int64_t> people = {300, 7, 12, 150};
  const std::string committed = describe(scout::store::read_rank_input_of(f.db, people));
  // An uncommitted change on the main connection, which a read sharing it would see.
  scout::store::Transaction writing(f.db, "rank");
  scout::store::execute(f.db, "DELETE FROM github_contributions");
  CHECK(describe(scout::store::read_rank_input_of(f.db, people, scout::store::MainConnection::leave_free))
        == committed);
  CHECK(describe(scout::store::read_rank_input_of(f.db, people)) != committed);
}

TEST_CASE(
  "models arrive with all-time downloads and their bases, a fine-tune beating a quantisation, in bulk as per person")
{
  ReadFixture f;
  const std::string whole = describe(scout::store::read_rank_input(f.db, 7));
  // "model ID AUTHOR DOWNLOADS ALL_TIME base BASE RELATION TAGS": relation 1 unstated, 2 fine-tune, 5 quantised.
  CHECK(whole.find(" -1 base ") != std::string::npos);                  // no all-time count stored
  CHECK(whole.find(" base org/card-base 1 ") != std::string::npos);     // the card's base, no relation
  CHECK(whole.find(" base org/base-2 5 ") != std::string::npos);        // quantised only
  CHECK(whole.find(" base org/another-base 2 ") != std::string::npos);  // fine-tuned one, quantised another
  CHECK(whole.find(" base org/base-3 ") == std::string::npos);
  CHECK(whole.find(" base  0 ") != std::string::npos);  // no base at all
  const std::vector<std::int64_t> people = {300, 12, 150, 298, 42, 8};
  std::istringstream lines(describe(scout::store::read_rank_input_of(f.db, people)));
  int models = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("model ")) {
      CAPTURE(line);
      CHECK(whole.find(line + "\n") != std::string::npos);
      models += 1;
    }
  }
  CHECK(models >= 6);
}

TEST_CASE(
  "contributions are dated by GitHub's statistics, and authors only the statistics name are read, in bulk as per "
  "person")
{
  ReadFixture f;
  const scout::ranker::RankInput whole = scout::store::read_rank_input(f.db, 7);
  int dated = 0, stats_only = 0;
  for (const auto& c : whole.contributions) {
    dated += c.last_day >= 0 && c.repo_full_name != "big/monorepo" ? 1 : 0;
    stats_only += c.repo_full_name == "big/monorepo" ? 1 : 0;
    if (c.repo_full_name == "big/monorepo") {
      CHECK(c.last_day >= scout::ranker::day_number("2025-10-05"));
    }
  }
  CHECK(dated >= 250);      // one of each person's four, less duplicates
  CHECK(stats_only == 60);  // every fifth of 300 people
  const std::string bulk = describe(whole);
  std::istringstream lines(describe(scout::store::read_rank_input_of(f.db, {300, 12, 150, 295, 42, 5})));
  int contributions = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("contribution ")) {
      CAPTURE(line);
      CHECK(bulk.find(line + "\n") != std::string::npos);
      contributions += line.find("big/monorepo") != std::string::npos ? 100 : 1;
    }
  }
  CHECK(contributions >= 4 * 100 + 20);  // 300, 150, 295 and 5 with their monorepo row, and the listed ones
}

TEST_CASE("a table the bulk read cannot read fails naming the database and what was read")
{
  ReadFixture f;
  scout::store::execute(f.db, "DROP TABLE arxiv_authorships");
  try {
    (void)scout::store::read_rank_input(f.db, 3);
    FAIL("expected an error");
  } catch (const scout::Error& e) {
    const std::string message = e.what();
    CHECK(message.find(f.dir.file("scout.db")) != std::string::npos);
    CHECK(message.find("reading the crawled tables for ranking failed") != std::string::npos);
    CHECK(message.find("arxiv_authorships") != std::string::npos);
  }
}

TEST_CASE("integer ranges cover the keys without gaps, the last open above")
{
  const std::vector<KeyRange> ranges = scout::store::integer_ranges(10, 109, 100, 25);
  REQUIRE(ranges.size() == 4);
  CHECK(std::holds_alternative<std::monostate>(ranges.front().from));
  CHECK(std::holds_alternative<std::monostate>(ranges.back().to));
  for (std::size_t i = 1; i < ranges.size(); ++i) {
    CHECK(std::get<std::int64_t>(ranges[i].from) == std::get<std::int64_t>(ranges[i - 1].to));
  }
  CHECK(std::get<std::int64_t>(ranges[0].to) == 35);
  // Few rows: one range, open at both ends.
  CHECK(scout::store::integer_ranges(1, 1000000, 20, 25).size() == 1);
}

TEST_CASE("text ranges never split the rows of one key between two ranges")
{
  scout::store::Database db = scout::store::Database::open(":memory:");
  scout::store::execute(db, "CREATE TABLE k (key TEXT); INSERT INTO k VALUES ('a'), ('b'), ('b'), ('b'), ('c'), ('d')");
  // text_ranges works on the connection's handle, as the store's bulk readers call it.
  const std::vector<KeyRange> ranges =
    scout::store::text_ranges(db.sql().getHandle(), "SELECT key FROM k ORDER BY key", 2);
  // Every second key would be a boundary: 'b', 'b' (the same key, skipped), 'd'.
  REQUIRE(ranges.size() == 3);
  CHECK(std::get<std::string>(ranges[0].to) == "b");
  CHECK(std::get<std::string>(ranges[1].from) == "b");
  CHECK(std::get<std::string>(ranges[1].to) == "d");
  CHECK(std::holds_alternative<std::monostate>(ranges[2].to));
}
