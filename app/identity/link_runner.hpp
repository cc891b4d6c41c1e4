#pragma once

#include "app/config/settings.hpp"
#include "common/log.hpp"
#include "linker/identity_model.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <map>
#include <string>

namespace scout::app {

// What one `scout link` did, for its closing log line.
struct LinkSummary {
  std::int64_t accounts = 0;
  std::int64_t people = 0;
  std::int64_t multi_account_people = 0;
  std::int64_t accepted_links = 0;
  std::int64_t refused_links = 0;
  std::int64_t overrides = 0;
  double seconds = 0;
};

// The linker's rules from [identity]. Throws scout::ConfigError for a strength that is not
// strong, medium or weak (the schema already refuses one in a file).
linker::IdentityRules identity_rules(const config::IdentitySettings& identity);

// Links the database's accounts into people: reads accounts and evidence, the overrides
// file, links, and replaces people, person_accounts and identity_links in one transaction.
// Overrides naming an account not (yet) crawled are reported and skipped.
LinkSummary run_link(const config::Settings& settings, Logger& log);
// The same on a database the caller holds open with its writer lock.
LinkSummary run_link(store::Database& db, const config::Settings& settings, Logger& log);

}  // namespace scout::app
