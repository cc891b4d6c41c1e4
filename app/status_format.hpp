#pragma once

#include "app/rate_budget_report.hpp"
#include "store/status_report.hpp"

#include <string>
#include <vector>

namespace scout::app {

// What `scout status` adds to the store's report from outside the database's tables.
struct StatusExtras {
  std::vector<RateBudgetLine> budgets;  // rate-limit budget per source, host and resource
  std::vector<std::string> integrity;   // PRAGMA quick_check's findings; empty = not checked
};

// `scout status` for a person: aligned tables.
std::string status_to_text(const std::string& db_path, const store::StatusReport& report,
                           const StatusExtras& extras = {});

// `scout status --json` for scripts and monitoring.
std::string status_to_json(const std::string& db_path, const store::StatusReport& report,
                           const StatusExtras& extras = {});

}  // namespace scout::app
