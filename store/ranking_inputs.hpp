#pragma once

#include "ranker/rank_input.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>

namespace scout::store {

// Everything the ranker reads, in one bulk pass: one query per table, no query per person.
// Only accounts linked to a person (`scout link`) are read; as_of_day is left for the caller.
ranker::RankInput read_rank_input(Database& db);

// When the last finished crawl run finished ("2026-11-23T16:40:00Z"); nullopt before any.
std::optional<std::string> last_crawl_finished(Database& db);

}  // namespace scout::store
