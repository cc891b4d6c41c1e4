// Migration 10: what GitHub's contributors list leaves out, and stats/contributors' dated
// commits, as the record writer stores them and `scout status` reads them back.
#include "store/direct_sql.hpp"
#include "store/record_writer.hpp"
#include "store/status_report.hpp"
#include "store/transaction.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <string>

namespace {

struct Fixture {
  scout::testing::TempDir dir;
  scout::store::Database db = scout::store::Database::open(dir.file("c.db"));
  Fixture() { db.migrate(); }

  void write(const scout::model::RecordBatch& batch)
  {
    scout::store::Transaction transaction(db, "write the test's records");
    scout::store::RecordWriter(db).write(batch, 1700000000000);
    transaction.commit();
  }
  std::string text(const std::string& sql) { return scout::store::query_text(db, sql); }
};

scout::model::RecordBatch list(bool truncated, bool too_large)
{
  scout::model::RecordBatch batch;
  batch.github_contributor_lists.push_back({"big-org/monorepo", truncated, too_large});
  return batch;
}

}  // namespace

TEST_SUITE("store::contributor lists")
{
  TEST_CASE("a truncated or too-large flag once recorded is not cleared by the other answer")
  {
    for (const bool too_large_first : {true, false}) {
      CAPTURE(too_large_first);
      Fixture f;
      f.write(too_large_first ? list(false, true) : list(true, false));
      f.write(too_large_first ? list(true, false) : list(false, true));
      CHECK(f.text("SELECT contributors_truncated || ',' || contributors_too_large FROM github_contributor_lists")
            == "1,1");
    }
  }

  TEST_CASE("stats rows keep commits and first and last week, status names the incomplete lists")
  {
    Fixture f;
    scout::model::RecordBatch batch = list(false, true);
    batch.github_contributor_stats.push_back({"big-org/monorepo", "ana-ml", 9, "2024-01-14", "2024-01-28"});
    batch.github_contributor_stats.push_back({"big-org/monorepo", "bo-chen", 0, "", ""});
    batch.github_contributor_lists.push_back({"small/lib", false, false});
    f.write(batch);
    CHECK(f.text("SELECT commits || ' ' || first_week || ' ' || last_week FROM github_contributor_stats s"
                 " JOIN accounts a ON a.id = s.account_id WHERE a.handle = 'ana-ml'")
          == "9 2024-01-14 2024-01-28");
    CHECK(f.text("SELECT coalesce(first_week, 'null') FROM github_contributor_stats s"
                 " JOIN accounts a ON a.id = s.account_id WHERE a.handle = 'bo-chen'")
          == "null");

    const scout::store::StatusReport report = scout::store::read_status(f.db);
    REQUIRE(report.contributor_lists.size() == 1);
    CHECK(report.contributor_lists[0].repo == "big-org/monorepo");
    CHECK(report.contributor_lists[0].too_large);
    CHECK_FALSE(report.contributor_lists[0].truncated);
    CHECK(report.contributor_lists[0].stats_people == 2);
  }
}
