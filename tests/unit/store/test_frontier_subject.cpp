// The frontier keeps each task's typed subject (migration 9) and back-fills the tasks an
// older scout stored without one.
#include "store/database.hpp"
#include "store/direct_sql.hpp"
#include "store/frontier.hpp"
#include "store/migrations.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

using scout::model::NewTask;
using scout::model::Source;
using scout::model::SubjectKind;
using scout::model::TaskSubject;

TEST_SUITE("store::Frontier subjects")
{
  TEST_CASE("a claimed task carries the subject it was queued with, the first subject of a task stays")
  {
    scout::testing::TempDir dir;
    auto db = scout::store::Database::open(dir.file("s.db"));
    db.migrate();
    scout::store::execute(db, "INSERT INTO crawl_runs (id, started_at) VALUES (1, 'now')");
    scout::store::Frontier frontier(db);
    const TaskSubject contributors{SubjectKind::repository, "vllm-project/vllm", 2};
    frontier.enqueue({NewTask{Source::github, "github.repo_contributors", "u", 0, contributors}}, 1000);
    frontier.enqueue({NewTask{Source::github, "github.repo_contributors", "u", 0, {SubjectKind::query, "x", 9}}}, 1000);
    const auto claimed = frontier.claim_due(10, 2000, 1);
    REQUIRE(claimed.size() == 1);
    CHECK(claimed[0].subject == contributors);
  }

  TEST_CASE("tasks stored before migration 9 get their subject once, those it cannot name keep none")
  {
    scout::testing::TempDir dir;
    const std::vector<scout::store::Migration> migrations = scout::store::builtin_migrations();
    {
      auto sql = scout::store::Database::open(dir.file("old.db"));
      sql.migrate(std::span(migrations).first(8));
      scout::store::execute(sql,
                            "INSERT INTO crawl_tasks (source, kind, url, created_at, updated_at) VALUES"
                            " ('github', 'github.user', 'https://api.github.com/users/ana', 't', 't'),"
                            " ('github', 'github.user', 'https://api.github.com/nothing', 't', 't')");
    }
    auto db = scout::store::Database::open(dir.file("old.db"));
    db.migrate();
    scout::store::execute(db, "INSERT INTO crawl_runs (id, started_at) VALUES (1, 'now')");
    scout::store::Frontier frontier(db);
    int asked = 0;
    const auto subject_of = [&](const scout::model::Task& task) {
      ++asked;
      return task.url.ends_with("/ana") ? TaskSubject{SubjectKind::account, "ana", 0} : TaskSubject{};
    };
    CHECK(frontier.fill_missing_subjects(subject_of) == 1);
    CHECK(asked == 2);
    const auto claimed = frontier.claim_due(10, 0, 1);
    REQUIRE(claimed.size() == 2);
    CHECK(claimed[0].subject == TaskSubject{SubjectKind::account, "ana", 0});
    CHECK(claimed[1].subject == TaskSubject{});
    CHECK(frontier.fill_missing_subjects(subject_of) == 0);  // the filled one is not asked about again
    CHECK(asked == 3);
  }
}
