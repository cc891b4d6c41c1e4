#include "app/rate_budget_report.hpp"

#include "app/crawl/source_table.hpp"

namespace scout::app {

std::vector<RateBudgetLine> rate_budget_lines(const std::vector<store::RateLimitSighting>& sightings,
                                              const std::vector<store::CrawlRunSummary>& runs,
                                              const config::Settings& settings)
{
  std::vector<crawler::ArchivedRateHeaders> archived;
  archived.reserve(sightings.size());
  for (const store::RateLimitSighting& sighting : sightings) {
    crawler::ArchivedRateHeaders headers{sighting.url, sighting.fetched_ms, {}};
    for (const auto& [name, value] : sighting.headers) {
      headers.headers.add(name, value);
    }
    archived.push_back(std::move(headers));
  }
  std::vector<std::string> run_waits;
  for (const store::CrawlRunSummary& run : runs) {
    run_waits.push_back(run.wait_json);
  }
  return crawler::stated_budgets(archived, run_waits, SourceTable(settings).apis());
}

}  // namespace scout::app
