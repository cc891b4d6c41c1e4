#include "model/crawl_run.hpp"

#include <doctest/doctest.h>

using scout::model::EndReason;
using scout::model::RunStatus;

TEST_SUITE("model::crawl_run")
{
  // The text values are what crawl_runs.status and its message hold in existing databases.
  TEST_CASE("run statuses and end reasons read back from their stored text")
  {
    for (const RunStatus status :
         {RunStatus::running, RunStatus::succeeded, RunStatus::partial, RunStatus::failed, RunStatus::interrupted}) {
      CHECK(scout::model::parse_run_status(scout::model::to_string(status)) == status);
    }
    for (const EndReason reason : {EndReason::drained, EndReason::budget, EndReason::stopped, EndReason::idle}) {
      CHECK(scout::model::parse_end_reason(scout::model::to_string(reason)) == reason);
    }
    CHECK(scout::model::to_string(RunStatus::interrupted) == "interrupted");
    CHECK(scout::model::to_string(EndReason::idle) == "idle");
    CHECK_FALSE(scout::model::parse_run_status("Succeeded").has_value());
    CHECK_FALSE(scout::model::parse_end_reason("").has_value());
  }

  TEST_CASE("RunCounters::add sums every counter and the waits per bucket")
  {
    scout::model::RunCounters a;
    a.requests = 3;
    a.tasks_failed = 1;
    a.wait_seconds["arxiv"] = 1.5;
    scout::model::RunCounters b;
    b.requests = 4;
    b.bytes = 10;
    b.wait_seconds["arxiv"] = 2;
    b.wait_seconds["github"] = 1;
    a.add(b);
    CHECK(a.requests == 7);
    CHECK(a.bytes == 10);
    CHECK(a.tasks_failed == 1);
    CHECK(a.wait_seconds.at("arxiv") == doctest::Approx(3.5));
    CHECK(a.wait_seconds.at("github") == doctest::Approx(1.0));
  }
}
