// Crawl-engine benchmark against an in-process replay server on 127.0.0.1:
//   1. N distinct URLs at 50 ms latency: wall time at concurrency 1 and 32, and the ratio;
//   2. the engine's own overhead: requests per second at 0 ms latency;
//   3. a second crawl of the same unchanged data: the share answered 304.
// Usage: crawl_bench [N=2000]
#include "app/config/config_loader.hpp"
#include "app/crawl/crawl_runner.hpp"
#include "replay/replay_server.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>

namespace {

namespace fs = std::filesystem;

// Organizations: the GitHub parser queues no follow-ups for them, so the crawl is exactly
// these `urls` pages.
fs::path make_fixtures(int urls)
{
  const fs::path dir = fs::temp_directory_path() / ("scout-bench-" + std::to_string(std::random_device{}()));
  fs::create_directories(dir / "fixtures");
  std::ofstream out(dir / "fixtures" / "users.json");
  out << '[';
  for (int i = 0; i < urls; ++i) {
    out << (i ? "," : "") << R"({"request":{"path":"/users/user)" << i
        << R"("},"response":{"status":200,"headers":{"Content-Type":"application/json","ETag":"\"e)" << i
        << R"(\""},"body_json":{"login":"user)" << i << R"(","id":)" << i << R"(,"type":"Organization"}}})";
  }
  out << ']';
  return dir;
}

scout::config::Settings bench_settings(const fs::path& dir, const std::string& db, const std::string& api, int urls,
                                       int concurrency)
{
  scout::config::Settings settings = scout::config::default_settings();
  settings.database.path = (dir / db).string();
  settings.crawl.concurrency = concurrency;
  settings.crawl.per_host_concurrency = concurrency;
  settings.crawl.freshness_hours = 0;
  settings.github.api_url = api;
  settings.github.token_env = {"SCOUT_BENCH_NO_TOKEN"};
  settings.github.seed_repos = {};
  settings.github.max_concurrency = concurrency;
  for (int i = 0; i < urls; ++i) {
    settings.github.seed_users.push_back("user" + std::to_string(i));
  }
  settings.huggingface.enabled = false;
  settings.arxiv.enabled = false;
  return settings;
}

struct Timed {
  double seconds = 0;
  scout::app::CrawlSummary summary;
};

Timed timed_crawl(const scout::config::Settings& settings)
{
  std::ostringstream sink;
  scout::Logger log(sink, scout::LogLevel::error);
  const auto start = std::chrono::steady_clock::now();
  Timed timed;
  timed.summary = scout::app::run_crawl(settings, {}, log);
  timed.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return timed;
}

scout::replay::ReplayOptions server_options(const fs::path& dir, int latency_ms)
{
  scout::replay::ReplayOptions options;
  options.fixture_dir = (dir / "fixtures").string();
  options.latency_ms = latency_ms;
  options.threads = 64;
  return options;
}

}  // namespace

int main(int argc, char** argv)
{
  const int urls = argc > 1 ? std::atoi(argv[1]) : 2000;
  const fs::path dir = make_fixtures(urls);

  scout::replay::ReplayServer slow(server_options(dir, 50));
  slow.start();
  const Timed serial = timed_crawl(bench_settings(dir, "c1.db", slow.base_url(), urls, 1));
  const Timed parallel = timed_crawl(bench_settings(dir, "c32.db", slow.base_url(), urls, 32));
  std::printf("%d URLs at 50 ms latency: concurrency 1: %.2f s, concurrency 32: %.2f s, speed-up %.1fx\n", urls,
              serial.seconds, parallel.seconds, serial.seconds / parallel.seconds);

  scout::replay::ReplayServer fast(server_options(dir, 0));
  fast.start();
  const scout::config::Settings fast_settings = bench_settings(dir, "fast.db", fast.base_url(), urls, 32);
  const Timed first = timed_crawl(fast_settings);
  std::printf("%d URLs at 0 ms latency, concurrency 32: %.2f s, %.0f requests/s\n", urls, first.seconds,
              static_cast<double>(first.summary.counters.requests) / first.seconds);
  const Timed second = timed_crawl(fast_settings);
  const auto& c = second.summary.counters;
  std::printf("re-crawl of unchanged data: %lld requests, %lld answered 304 (%.1f%%), %.2f s\n",
              static_cast<long long>(c.requests), static_cast<long long>(c.not_modified),
              c.requests ? 100.0 * static_cast<double>(c.not_modified) / static_cast<double>(c.requests) : 0.0,
              second.seconds);
  fs::remove_all(dir);
  return 0;
}
