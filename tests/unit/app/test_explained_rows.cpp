// The explained people's rows: what the cache holds is used, the rest read, and the result
// is what one read of the database gives.
#include "app/ranking/explained_rows.hpp"
#include "store/database.hpp"
#include "store/ranking_cache.hpp"
#include "store/ranking_inputs.hpp"
#include "support/ranking_rows_world.hpp"

#include <doctest/doctest.h>

#include <filesystem>

using scout::app::read_explained_rows;
using scout::store::MainConnection;
using scout::testing::describe;

TEST_CASE("explained rows come from the cache for the people it holds and from the database for the rest")
{
  scout::testing::ReadFixture f;
  // The last run explained these four; this one explains two of them and three others.
  (void)read_explained_rows(f.db, {300, 7, 12, 150}, MainConnection::leave_free, "crawl state 1", true);
  REQUIRE(std::filesystem::exists(f.dir.file("scout.db.explained")));
  const std::vector<std::int64_t> people = {12, 151, 7, 298, 9};
  const scout::ranker::RankInput rows =
    read_explained_rows(f.db, people, MainConnection::leave_free, "crawl state 1", true);
  const std::string expected = describe(scout::store::read_rank_input_of(f.db, people));
  CHECK(expected.find("contribution ") != std::string::npos);
  CHECK(describe(rows) == expected);
  // The cache now holds this run's people, in this run's order.
  CHECK(describe(read_explained_rows(f.db, people, MainConnection::leave_free, "crawl state 1", true)) == expected);
}

TEST_CASE("the cached rows are used, and ignored under another crawl state or with --fresh")
{
  scout::testing::ReadFixture f;
  const std::vector<std::int64_t> people = {300, 12};
  scout::ranker::RankInput doctored = scout::store::read_rank_input_of(f.db, people);
  REQUIRE(!doctored.contributions.empty());
  doctored.contributions[0].commits = 987654;  // no row of the database says this
  const std::string bytes = scout::app::encode_rank_rows(doctored);
  scout::store::write_ranking_cache(f.db, scout::store::RankingCache::explained_rows,
                                    "scout-explained-rows-1|crawl state 1", {bytes});
  const auto read = [&](const std::string& state, bool use_cache) {
    return describe(read_explained_rows(f.db, people, MainConnection::share, state, use_cache));
  };
  CHECK(read("crawl state 1", true) == describe(doctored));
  CHECK(read("crawl state 1", false).find(" 987654 ") == std::string::npos);
  CHECK(read("crawl state 2", true) == describe(scout::store::read_rank_input_of(f.db, people)));
}

TEST_CASE("the rows' bytes give back every field, and damaged bytes give nothing")
{
  scout::testing::ReadFixture f;
  const scout::ranker::RankInput rows = scout::store::read_rank_input_of(f.db, {300, 12, 150, 9});
  const std::string bytes = scout::app::encode_rank_rows(rows);
  const std::optional<scout::ranker::RankInput> back = scout::app::decode_rank_rows(bytes);
  REQUIRE(back.has_value());
  CHECK(describe(*back) == describe(rows));
  CHECK(scout::app::encode_rank_rows(*back) == bytes);
  CHECK_FALSE(scout::app::decode_rank_rows(bytes.substr(0, bytes.size() - 1)).has_value());
  CHECK_FALSE(scout::app::decode_rank_rows(bytes + "x").has_value());
  CHECK_FALSE(scout::app::decode_rank_rows("scout-explained-rows-0" + bytes.substr(22)).has_value());
  // An account's source byte beyond the last source: the byte after the first account's
  // id (8 bytes), person (8) and the counts before it.
  scout::ranker::RankInput one;
  one.accounts.push_back({7, 1, scout::ranker::Source::arxiv, "h", "user"});
  std::string damaged = scout::app::encode_rank_rows(one);
  const std::size_t source_at = 22 + 8 + 8 + 8 + 8;  // magic, people count, accounts count, id, person
  REQUIRE(damaged[source_at] == 2);
  damaged[source_at] = 9;
  CHECK_FALSE(scout::app::decode_rank_rows(damaged).has_value());
}
