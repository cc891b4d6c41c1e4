#pragma once

#include "app/config/settings.hpp"
#include "crawler/http/stated_budgets.hpp"
#include "store/status_report.hpp"

#include <vector>

namespace scout::app {

// The budget a server last stated for one of its rate-limit buckets, for `scout status`.
using RateBudgetLine = crawler::StatedBudget;

// One line per host and resource from the archived responses' rate-limit headers
// (crawler::stated_budgets), each source named through the source table's APIs.
std::vector<RateBudgetLine> rate_budget_lines(const std::vector<store::RateLimitSighting>& sightings,
                                              const std::vector<store::CrawlRunSummary>& runs,
                                              const config::Settings& settings);

}  // namespace scout::app
