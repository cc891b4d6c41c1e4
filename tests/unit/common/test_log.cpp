#include "common/error.hpp"
#include "common/log.hpp"

#include <doctest/doctest.h>

#include <sstream>

namespace {

using namespace std::chrono;

class FixedClock : public scout::Clock {
public:
  explicit FixedClock(system_clock::time_point t) : m_t(t) {}
  system_clock::time_point now() const override { return m_t; }

private:
  system_clock::time_point m_t;
};

const system_clock::time_point k_time =
  sys_days{year{2026} / 12 / 1} + hours{3} + minutes{4} + seconds{5} + milliseconds{67};

}  // namespace

TEST_SUITE("common::Logger")
{
  TEST_CASE("text lines keep the 'scout: <level>: ' prefix and end with the run ID")
  {
    std::ostringstream out;
    scout::Logger log(out);
    log.warn("GitHub answered 502");
    log.set_run_id("20261201T030405Z-0000002a");
    log.error("cannot open db", {scout::log_field("path", "x.db"), scout::log_field("tasks", 3)});
    CHECK(out.str() == "scout: warn: GitHub answered 502\n"
                       "scout: error: cannot open db path=x.db tasks=3 [run 20261201T030405Z-0000002a]\n");
  }

  TEST_CASE("json lines carry time, level, run ID, message and fields, one event per line")
  {
    std::ostringstream out;
    scout::Logger log(out);
    const FixedClock clock(k_time);
    log.set_clock(clock);
    log.set_format(scout::LogFormat::json);
    log.set_run_id("20261201T030405Z-0000002a");
    log.info("said \"hi\"\nthen left\\", {scout::log_field("requests", 12), scout::log_field("source", "github")});
    CHECK(out.str()
          == R"({"time":"2026-12-01T03:04:05.067Z","level":"info","run":"20261201T030405Z-0000002a",)"
             R"("message":"said \"hi\"\nthen left\\","requests":12,"source":"github"})"
             "\n");
  }

  TEST_CASE("a message with a line break stays one text line")
  {
    std::ostringstream out;
    scout::Logger log(out);
    log.warn("body:\r\nline two");
    CHECK(out.str() == "scout: warn: body:\\nline two\n");
  }

  TEST_CASE("levels below the threshold are dropped in both formats")
  {
    std::ostringstream out;
    scout::Logger log(out, scout::LogLevel::warn);
    log.info("quiet");
    log.set_format(scout::LogFormat::json);
    log.debug("quieter");
    CHECK(out.str().empty());
  }

  TEST_CASE("progress text is dropped in json, where every line is an event")
  {
    std::ostringstream out;
    scout::Logger log(out);
    log.raw("\r12 requests");
    log.set_format(scout::LogFormat::json);
    log.raw("\r13 requests");
    CHECK(out.str() == "\r12 requests");
  }

  TEST_CASE("registered secrets never reach a line, in messages or fields")
  {
    for (const scout::LogFormat format : {scout::LogFormat::text, scout::LogFormat::json}) {
      std::ostringstream out;
      scout::Logger log(out);
      log.set_format(format);
      log.add_secret("ghp_SECRET123");
      log.add_secret("");
      log.error("401 for Authorization: Bearer ghp_SECRET123 (ghp_SECRET123)",
                {scout::log_field("header", "token ghp_SECRET123")});
      CHECK(out.str().find("ghp_SECRET123") == std::string::npos);
      CHECK(out.str().find("Bearer [redacted] ([redacted])") != std::string::npos);
      CHECK(out.str().find("token [redacted]") != std::string::npos);
    }
  }

  TEST_CASE("run IDs sort by start time and differ in their random part")
  {
    CHECK(scout::make_run_id(k_time, 0x2a) == "20261201T030405Z-0000002a");
    CHECK(scout::make_run_id(k_time, 0xdeadbeef) == "20261201T030405Z-deadbeef");
    CHECK(scout::make_run_id(k_time, 0xffffffff) < scout::make_run_id(k_time + seconds{1}, 0));
  }

  TEST_CASE("log formats are text or json")
  {
    CHECK(scout::parse_log_format("text") == scout::LogFormat::text);
    CHECK(scout::parse_log_format("json") == scout::LogFormat::json);
    CHECK_THROWS_WITH_AS(scout::parse_log_format("xml"), "--log-format: 'xml' is not a log format (use text or json)",
                         scout::UsageError);
  }
}
