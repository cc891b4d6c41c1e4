#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace scout::crawler::github {

// One author's line of GET /repos/{o}/{r}/stats/contributors: commits in total and the
// first and last week with a commit, as the date of the week's Sunday ("2024-03-10").
struct ContributorStats {
  std::string login;
  std::int64_t commits = 0;
  std::string first_week;  // "" when no week has a commit
  std::string last_week;
};

// What a stats/contributors answer says.
struct ContributorStatsAnswer {
  // 202: GitHub is still computing the statistics; ask again later (not a failure).
  bool computing = false;
  std::vector<ContributorStats> authors;  // people only: null authors and bots are left out
  std::string error;                      // a malformed body, naming the item and field
};

// Reads a 200 (array of {author{login,type}, total, weeks[{w,a,d,c}]}) or a 202 (body `{}`
// or empty). Pure and thread-safe.
[[nodiscard]] ContributorStatsAnswer read_contributor_stats(long status, std::string_view body);

// GitHub's /contributors names at most this many contributors (the first 500 author
// addresses of the history); a list that reaches it is cut short.
inline constexpr std::int64_t k_contributors_listed_max = 500;

// True when a contributors page with no next page ends a list at or past
// k_contributors_listed_max: page `page` (1-based) of `per_page` holding `rows` rows.
bool contributors_truncated(std::int64_t page, std::int64_t per_page, std::int64_t rows);

}  // namespace scout::crawler::github
