#include "crawler/http/stated_budgets.hpp"

#include "common/clock.hpp"
#include "common/json_parse.hpp"
#include "crawler/http/rate_headers.hpp"
#include "crawler/http/url.hpp"

#include <map>
#include <set>
#include <tuple>

namespace scout::crawler {

namespace {

std::string host_of(const std::string& url)
{
  const std::optional<Url> parsed = parse_url(url);
  return parsed ? parsed->host : std::string();
}

// The source whose API lives on `host`; a host shared by several is told apart by the
// headers' style, one used by none is named by the host itself.
std::string source_for(const std::string& host, const Headers& headers, const std::vector<SourceApi>& sources)
{
  std::vector<model::Source> on_host;
  for (const SourceApi& api : sources) {
    if (host_of(api.api_url) == host) {
      on_host.push_back(api.source);
    }
  }
  if (on_host.size() == 1) {
    return std::string(model::to_string(on_host.front()));
  }
  if (on_host.empty()) {
    return host;
  }
  return github_budget(headers, {}) ? "github" : "huggingface";
}

using BucketKey = std::pair<std::string, std::string>;  // host, resource

// Each run's waits name every bucket it drew from, "host|credential|resource" (arXiv's
// are a bare host). The newest run naming a host and resource says which credentials used it.
std::map<BucketKey, std::set<std::string>> credentials_by_bucket(const std::vector<std::string>& run_waits)
{
  std::map<BucketKey, std::set<std::string>> found;
  for (const std::string& wait_json : run_waits) {
    rapidjson::Document waits;
    if (!parse_json(waits, wait_json).empty() || !waits.IsObject()) {
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

std::vector<StatedBudget> stated_budgets(const std::vector<ArchivedRateHeaders>& sightings,
                                         const std::vector<std::string>& run_waits,
                                         const std::vector<SourceApi>& sources)
{
  const std::map<BucketKey, std::set<std::string>> credentials = credentials_by_bucket(run_waits);
  std::map<std::tuple<std::string, std::string, std::string>, StatedBudget> newest;
  for (const ArchivedRateHeaders& sighting : sightings) {
    // Relative resets (Hugging Face's t=) count from when the response came, not from now.
    const std::optional<ServerBudget> budget = server_budget(
      sighting.headers, std::chrono::system_clock::time_point(std::chrono::milliseconds(sighting.fetched_ms)));
    if (!budget) {
      continue;
    }
    const std::string host = host_of(sighting.url);
    const auto used = credentials.find({host, budget->resource});
    StatedBudget line{source_for(host, sighting.headers, sources),
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
  std::vector<StatedBudget> lines;
  for (auto& [key, line] : newest) {
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace scout::crawler
