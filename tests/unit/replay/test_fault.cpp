#include "common/error.hpp"
#include "replay/fault.hpp"
#include "replay/fault_plan.hpp"

#include <doctest/doctest.h>

using namespace scout::replay;

TEST_SUITE("replay::Fault")
{
  TEST_CASE("parses a status fault with every option")
  {
    const Fault fault = parse_fault(R"({"kind":"status","status":429,"retry_after":2,"count":1,"path_prefix":"/users",)"
                                    R"("ratelimit_reset_in":30,"body":"{}","headers":{"X-Extra":"1"}})");
    CHECK(fault.kind == FaultKind::status);
    CHECK(fault.status == 429);
    CHECK(fault.retry_after_s == 2);
    CHECK(fault.ratelimit_reset_in_s == 30);
    CHECK(fault.count == 1);
    CHECK(fault.path_prefix == "/users");
    CHECK(fault.body == "{}");
    CHECK(fault.headers.size() == 1);
  }

  TEST_CASE("round-trips through JSON")
  {
    const std::string json = R"({"kind":"drip","path_prefix":"/a","count":3,"chunk_bytes":8,"interval_ms":5})";
    CHECK(fault_to_json(parse_fault(json)) == json);
  }

  TEST_CASE("rejects bad fault objects with the offending key")
  {
    CHECK_THROWS_WITH_AS(parse_fault(R"({"kind":"explode"})"), doctest::Contains("kind: must be one of"),
                         scout::ConfigError);
    CHECK_THROWS_WITH_AS(parse_fault(R"({"kind":"status"})"), doctest::Contains("status: required"),
                         scout::ConfigError);
    CHECK_THROWS_WITH_AS(parse_fault(R"({"kind":"latency","ms":-1})"), doctest::Contains("ms: must be an integer"),
                         scout::ConfigError);
    CHECK_THROWS_WITH_AS(parse_fault(R"({"kind":"latency","delay":5})"), doctest::Contains("delay: unknown key"),
                         scout::ConfigError);
    CHECK_THROWS_WITH_AS(parse_fault("{nope"), doctest::Contains("invalid JSON"), scout::ConfigError);
  }
}

TEST_SUITE("replay::FaultPlan")
{
  TEST_CASE("a counted fault expires after N matching requests")
  {
    FaultPlan plan;
    plan.add(parse_fault(R"({"kind":"status","status":503,"count":2})"));
    CHECK(plan.select("/a").status.has_value());
    CHECK(plan.select("/b").status.has_value());
    CHECK_FALSE(plan.select("/a").status.has_value());
    CHECK(plan.list().empty());
  }

  TEST_CASE("path_prefix limits a fault and non-matching requests do not consume it")
  {
    FaultPlan plan;
    plan.add(parse_fault(R"({"kind":"truncate","path_prefix":"/users","count":1})"));
    CHECK_FALSE(plan.select("/repos/x").body.has_value());
    CHECK(plan.select("/users/x").body.has_value());
    CHECK_FALSE(plan.select("/users/x").body.has_value());
  }

  TEST_CASE("latencies add up and a shadowed fault is not consumed")
  {
    FaultPlan plan;
    plan.add(parse_fault(R"({"kind":"latency","ms":10})"));
    plan.add(parse_fault(R"({"kind":"latency","ms":5,"count":1})"));
    plan.add(parse_fault(R"({"kind":"status","status":500,"count":1})"));
    plan.add(parse_fault(R"({"kind":"status","status":502,"count":1})"));
    const FaultSelection first = plan.select("/x");
    CHECK(first.latency_ms == 15);
    CHECK(first.status->status == 500);
    const FaultSelection second = plan.select("/x");
    CHECK(second.latency_ms == 10);
    CHECK(second.status->status == 502);
    CHECK(plan.list().size() == 1);
  }
}
