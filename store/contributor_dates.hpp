#pragma once

#include "ranker/rank_input.hpp"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace scout::store {

// GitHub's contributor statistics (github_contributor_stats) held in memory for the bulk
// read of the contributions: each listed contribution takes its author's last week from
// them on the thread that read it, and the authors only the statistics name (a repository
// GitHub lists only 500 of, or refuses to list) follow the list. A join per row did the
// same in SQL at ten seconds of a million people's read; the statistics cover few
// repositories, so most rows cost one failed lookup here.
class ContributorDates {
public:
  // Reads every statistics row (a few per large repository).
  explicit ContributorDates(sqlite3* db);

  // The day of the week of `account`'s last commit to `repo`, or -1 when the statistics do
  // not name them; a pair named is marked listed. Safe from several threads at once.
  int last_day(std::string_view repo, std::int64_t account) const;

  // The pairs no listed contribution matched, as contributions in the table's rowid order:
  // call after every listed contribution has been looked up.
  std::vector<ranker::Contribution> unlisted() const;

private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  std::vector<ranker::Contribution> m_rows;  // rowid order, last_day set
  std::unique_ptr<std::atomic<bool>[]> m_listed;
  // Repository -> its rows' indices.
  std::unordered_map<std::string, std::vector<std::uint32_t>, Hash, std::equal_to<>> m_by_repo;
};

}  // namespace scout::store
