#include "store/direct_sql.hpp"
#include "store/frontier.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

using scout::model::NewTask;
using scout::model::Source;

namespace {

struct FrontierFixture {
  scout::testing::TempDir dir;
  scout::store::Database db = scout::store::Database::open(dir.file("f.db"));
  scout::store::Frontier frontier{db};
  FrontierFixture()
  {
    db.migrate();
    scout::store::execute(db, "INSERT INTO crawl_runs (id, started_at) VALUES (1, 'now')");
  }
};

NewTask task(const std::string& url) { return NewTask{Source::github, "github.user", url, 0}; }

}  // namespace

TEST_SUITE("store::Frontier")
{
  TEST_CASE("enqueue twice keeps one task per kind and url")
  {
    FrontierFixture f;
    CHECK(f.frontier.enqueue({task("a"), task("b")}, 1000) == 2);
    CHECK(f.frontier.enqueue({task("a")}, 2000) == 0);
    CHECK(f.frontier.count_in_state("pending") == 2);
  }

  TEST_CASE("claim_due takes only due tasks, oldest first, and marks them in flight")
  {
    FrontierFixture f;
    f.frontier.enqueue({task("a"), task("b"), task("c")}, 1000);
    const auto claimed = f.frontier.claim_due(2, 1000, 1);
    REQUIRE(claimed.size() == 2);
    CHECK(claimed[0].url == "a");
    CHECK(claimed[1].url == "b");
    CHECK(f.frontier.count_in_state("in_flight") == 2);
    CHECK(f.frontier.claim_due(10, 1000, 1).size() == 1);
  }

  TEST_CASE("a rescheduled task is not due before its time and a rate-limit wait costs no attempt")
  {
    FrontierFixture f;
    f.frontier.enqueue({task("a")}, 1000);
    const auto id = f.frontier.claim_due(1, 1000, 1).at(0).id;
    f.frontier.reschedule(id, 5000, "429 Retry-After 4 s", false, 1000);
    CHECK(f.frontier.claim_due(1, 4999, 1).empty());
    CHECK(f.frontier.next_due_at() == 5000);
    const auto again = f.frontier.claim_due(1, 5000, 1);
    REQUIRE(again.size() == 1);
    CHECK(again[0].attempts == 0);
  }

  TEST_CASE("in-flight tasks of a killed run go back to pending")
  {
    FrontierFixture f;
    f.frontier.enqueue({task("a"), task("b")}, 1000);
    f.frontier.claim_due(2, 1000, 1);
    CHECK(f.frontier.requeue_in_flight() == 2);
    CHECK(f.frontier.count_in_state("pending") == 2);
  }

  TEST_CASE("failed tasks keep their error and come back with retry_failed")
  {
    FrontierFixture f;
    f.frontier.enqueue({task("a")}, 1000);
    const auto id = f.frontier.claim_due(1, 1000, 1).at(0).id;
    f.frontier.mark_failed(id, 503, "HTTP 503 after 5 attempts", 1000);
    CHECK(scout::store::query_text(f.db, "SELECT last_error FROM crawl_tasks") == "HTTP 503 after 5 attempts");
    CHECK(f.frontier.retry_failed() == 1);
    CHECK(f.frontier.claim_due(1, 1000, 1).size() == 1);
  }

  TEST_CASE("a done task is re-queued only when it finished before the refresh time")
  {
    FrontierFixture f;
    f.frontier.enqueue({task("a")}, 1000);
    const auto id = f.frontier.claim_due(1, 1000, 1).at(0).id;
    f.frontier.mark_done(id, 200, 2000);
    CHECK(f.frontier.enqueue({task("a")}, 3000, 2000) == 0);
    CHECK(f.frontier.count_in_state("done") == 1);
    CHECK(f.frontier.enqueue({task("a")}, 3000, 2500) == 1);
    CHECK(f.frontier.count_in_state("pending") == 1);
  }
}
