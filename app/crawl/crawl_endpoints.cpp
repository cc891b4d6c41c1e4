#include "app/crawl/crawl_endpoints.hpp"

namespace scout::app {

crawler::EngineOptions make_engine_options(const config::CrawlSettings& crawl, std::int64_t max_requests)
{
  crawler::EngineOptions options;
  options.concurrency = crawl.concurrency;
  options.per_host_concurrency = crawl.per_host_concurrency;
  options.limits.max_attempts = crawl.max_attempts;
  options.limits.backoff.base = std::chrono::milliseconds(crawl.backoff_base_ms);
  options.limits.backoff.cap = std::chrono::milliseconds(crawl.backoff_max_ms);
  options.max_requests = max_requests > 0 ? max_requests : crawl.max_requests;
  return options;
}

crawler::TransferLimits make_transfer_limits(const config::CrawlSettings& crawl)
{
  crawler::TransferLimits limits;
  limits.connect_timeout = std::chrono::milliseconds(crawl.connect_timeout_ms);
  limits.total_timeout = std::chrono::milliseconds(crawl.request_timeout_ms);
  limits.low_speed_bytes_per_s = crawl.low_speed_bytes_per_s;
  limits.low_speed_time = std::chrono::seconds(crawl.low_speed_time_s);
  limits.max_body_bytes = static_cast<std::uint64_t>(crawl.max_body_bytes);
  limits.user_agent = crawl.user_agent;
  limits.max_connections_per_host = crawl.per_host_concurrency;
  limits.max_total_connections = crawl.concurrency;
  return limits;
}

}  // namespace scout::app
