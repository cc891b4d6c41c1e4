#include "app/crawl/crawl_endpoints.hpp"

#include "app/config/tokens.hpp"

#include <algorithm>

namespace scout::app {

namespace {

using crawler::HostKind;
using crawler::HostPolicy;
using model::Source;

bool wanted(const std::vector<Source>& only, Source source)
{
  return only.empty() || std::find(only.begin(), only.end(), source) != only.end();
}

crawler::SourceEndpoint github_endpoint(const config::GithubSettings& github, const crawler::TaskParser& parser)
{
  crawler::SourceEndpoint endpoint;
  endpoint.source = Source::github;
  endpoint.api_url = github.api_url;
  endpoint.policy = HostPolicy{HostKind::github,        github.max_concurrency,   std::chrono::milliseconds(0), 0,
                               std::chrono::seconds(0), github.rate_limit_reserve};
  endpoint.token_name = github.token_env.empty() ? "GITHUB_TOKEN" : github.token_env.front();
  endpoint.tokens = config::resolve_tokens(github.token_env, config::process_environment());
  endpoint.headers = {{"Accept", "application/vnd.github+json"}, {"X-GitHub-Api-Version", "2022-11-28"}};
  endpoint.max_requests = github.max_requests;
  endpoint.parser = &parser;
  return endpoint;
}

crawler::SourceEndpoint huggingface_endpoint(const config::HuggingFaceSettings& hf, const crawler::TaskParser& parser)
{
  crawler::SourceEndpoint endpoint;
  endpoint.source = Source::huggingface;
  endpoint.api_url = hf.api_url;
  endpoint.policy = HostPolicy{HostKind::huggingface,
                               hf.max_concurrency,
                               std::chrono::milliseconds(0),
                               0,
                               std::chrono::seconds(hf.window_seconds),
                               0,
                               {{"api", hf.api_per_window_anonymous, hf.api_per_window_token},
                                {"resolvers", hf.resolvers_per_window_anonymous, hf.resolvers_per_window_token},
                                {"pages", hf.pages_per_window_anonymous, hf.pages_per_window_token}}};
  endpoint.token_name = hf.token_env.empty() ? "HF_TOKEN" : hf.token_env.front();
  endpoint.tokens = config::resolve_tokens(hf.token_env, config::process_environment());
  endpoint.headers = {{"Accept", "application/json"}};
  endpoint.max_requests = hf.max_requests;
  endpoint.parser = &parser;
  return endpoint;
}

// arXiv's terms: one connection, one request every three seconds.
crawler::SourceEndpoint arxiv_endpoint(const config::ArxivSettings& arxiv, const crawler::TaskParser& parser)
{
  crawler::SourceEndpoint endpoint;
  endpoint.source = Source::arxiv;
  endpoint.api_url = arxiv.api_url;
  endpoint.policy =
    HostPolicy{HostKind::arxiv, 1, std::chrono::milliseconds(arxiv.min_interval_ms), 0, std::chrono::seconds(0), 0};
  endpoint.token_name = "arxiv";
  endpoint.headers = {{"Accept", "application/atom+xml"}};
  endpoint.max_requests = arxiv.max_requests;
  endpoint.parser = &parser;
  return endpoint;
}

}  // namespace

std::vector<crawler::SourceEndpoint> make_endpoints(const config::Settings& settings, const std::vector<Source>& only,
                                                    const SourceParsers& parsers)
{
  std::vector<crawler::SourceEndpoint> endpoints;
  if (settings.github.enabled && wanted(only, Source::github)) {
    endpoints.push_back(github_endpoint(settings.github, parsers.for_source(Source::github)));
  }
  if (settings.huggingface.enabled && wanted(only, Source::huggingface)) {
    endpoints.push_back(huggingface_endpoint(settings.huggingface, parsers.for_source(Source::huggingface)));
  }
  if (settings.arxiv.enabled && wanted(only, Source::arxiv)) {
    endpoints.push_back(arxiv_endpoint(settings.arxiv, parsers.for_source(Source::arxiv)));
  }
  return endpoints;
}

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
