#pragma once

#include "crawler/task_parser.hpp"

#include <string>

namespace scout::crawler {

struct GithubParserOptions {
  std::string api_url = "https://api.github.com";  // follow-ups are built on it; no trailing slash
  int readme_top_repos = 5;                        // per user_repos page: READMEs of this many most-starred own repos
  bool social_accounts = true;                     // per user: GET /users/{login}/social_accounts
  int fork_parent_repos = 5;                       // per user_repos page: GET /repos/{o}/{r} of this many forks
};

// The GitHub adapter's parse step. Kind, URL it reads -> what it emits:
//   github.repo_contributors  /repos/{o}/{r}/contributors?per_page=100 -> short users,
//                             contributions, github.user tasks, the next page
//   github.repo               /repos/{o}/{r} -> one repository
//   github.user               /users/{login} -> full user, profile evidence, github.user_repos,
//                             github.user_social_accounts (when options.social_accounts)
//   github.user_repos         /users/{login}/repos?per_page=100&sort=pushed -> repositories,
//                             homepage evidence, github.readme for the most-starred own ones,
//                             github.fork_repo for the first fork_parent_repos forks, the next page
//   github.user_social_accounts  /users/{login}/social_accounts -> the user's social accounts
//                             (replacing the stored ones) and their links as evidence
//   github.fork_repo          /repos/{o}/{r} of a fork -> the repository with its parent
//   github.readme             /repos/{o}/{r}/readme -> readme_link evidence
//   github.user_search        /search/users?q=...&per_page=100 -> github.user tasks, the next page
//   github.repo_contributor_stats  /repos/{o}/{r}/stats/contributors -> dated commit totals,
//                             github.user tasks (a 202, still computing, gives a note); queued
//                             by a contributors list that was too large (403) or cut at 500
// 404/410 (and 204, an empty repository's contributors) give an empty output; a malformed
// body gives only an error naming the URL and field. Stateless and const: safe to call
// from any number of threads at once.
class GithubParser : public TaskParser {
public:
  explicit GithubParser(GithubParserOptions options);
  ParseOutput parse(const model::Task& task, const FetchedPage& page) const override;

private:
  GithubParserOptions m_options;
};

}  // namespace scout::crawler
