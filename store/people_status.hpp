#pragma once

#include "store/database.hpp"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace scout::store {

// What the last `scout link` built, for `scout status`.
struct PeopleSummary {
  std::int64_t people = 0;
  std::int64_t multi_account_people = 0;                            // people with accounts on more than one row
  std::vector<std::pair<std::string, std::int64_t>> links_by_rule;  // accepted links per rule, by rule name
};

// Zeros and no rules when the database predates people (schema < 4) or was never linked.
PeopleSummary read_people_summary(Database& db);

}  // namespace scout::store
