#include "app/rate_budget_report.hpp"

#include "common/clock.hpp"
#include "common/json_parse.hpp"
#include "crawler/http/rate_headers.hpp"
#include "crawler/http/url.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace scout::app {

namespace {

std::string host_of(const std::string& url)
{
  const std::optional<crawler::Url> parsed = crawler::parse_url(url);
  return parsed ? parsed->host : std::string();
}

// The sources whose configured API lives on `host`.
std::vector<std::string> sources_on(const std::string& host, const config::Settings& settings)
{
  std::vector<std::string> sources;
  const std::pair<const char*, const std::string*> apis[] = {{"github", &settings.github.api_url},
                                                             {"huggingface", &settings.huggingface.api_url},
                                                             {"arxiv", &settings.arxiv.api_url}};
  for (const auto& [source, url] : apis) {
    if (host_of(*url) == host) {
      sources.push_back(source);
    }
  }
  return sources;
}

std::string source_for(const std::string& host, const crawler::Headers& headers, const config::Settings& settings)
{
  const std::vector<std::string> sources = sources_on(host, settings);
  if (sources.size() == 1) {
    return sources.front();
  }
  if (sources.empty()) {
    return host;
  }
  return crawler::github_budget(headers, {}) ? "github" : "huggingface";
}

crawler::Headers to_headers(const store::RateLimitSighting& sighting)
{
  crawler::Headers headers;
  for (const auto& [name, value] : sighting.headers) {
    headers.add(name, value);
  }
  return headers;
}

std::chrono::system_clock::time_point from_millis(std::int64_t millis)
{
  return std::chrono::system_clock::time_point(std::chrono::milliseconds(millis));
}

using BucketKey = std::pair<std::string, std::string>;  // host, resource

// Each run's wait_json names every bucket it drew from, "host|credential|resource" (arXiv's
// are a bare host). The newest run naming a host and resource says which credentials used it.
std::map<BucketKey, std::set<std::string>> credentials_by_bucket(const std::vector<store::CrawlRunSummary>& runs)
{
  std::map<BucketKey, std::set<std::string>> found;
  for (const store::CrawlRunSummary& run : runs) {
    rapidjson::Document waits;
    if (!parse_json(waits, run.wait_json).empty() || !waits.IsObject()) {
      continue;
    }
    std::map<BucketKey, std::set<std::string>> in_run;
    for (const auto& member : waits.GetObject()) {
      const std::string id = member.name.GetString();
      const std::size_t first = id.find('|');
      const std::size_t last = id.rfind('|');
      if (first != std::string::npos && last > first) {
        in_run[{id.substr(0, first), id.substr(last + 1)}].insert(id.substr(first + 1, last - first - 1));
      }
    }
    for (auto& [key, labels] : in_run) {
      found.try_emplace(key, std::move(labels));  // runs come newest first
    }
  }
  return found;
}

std::string credential_text(const std::set<std::string>& labels)
{
  std::string text;
  for (const std::string& label : labels) {
    text += (text.empty() ? "" : ", ") + label;
  }
  return labels.size() > 1 ? "one of " + text : text;
}

}  // namespace

std::vector<RateBudgetLine> rate_budget_lines(const std::vector<store::RateLimitSighting>& sightings,
                                              const std::vector<store::CrawlRunSummary>& runs,
                                              const config::Settings& settings)
{
  const std::map<BucketKey, std::set<std::string>> credentials = credentials_by_bucket(runs);
  std::map<std::tuple<std::string, std::string, std::string>, RateBudgetLine> newest;
  for (const store::RateLimitSighting& sighting : sightings) {
    const crawler::Headers headers = to_headers(sighting);
    // Relative resets (Hugging Face's t=) count from when the response came, not from now.
    const std::optional<crawler::ServerBudget> budget =
      crawler::server_budget(headers, from_millis(sighting.fetched_ms));
    if (!budget) {
      continue;
    }
    const std::string host = host_of(sighting.url);
    const auto used = credentials.find({host, budget->resource});
    RateBudgetLine line{source_for(host, headers, settings),
                        host,
                        budget->resource,
                        used == credentials.end() ? "" : credential_text(used->second),
                        budget->remaining,
                        budget->limit,
                        format_iso8601(budget->reset),
                        format_iso8601_millis(sighting.fetched_ms)};
    // Sightings come newest first: the first one of a bucket is its current state.
    newest.try_emplace({line.source, line.host, line.resource}, std::move(line));
  }
  std::vector<RateBudgetLine> lines;
  for (auto& [key, line] : newest) {
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace scout::app
