#pragma once

#include "crawler/github/github_parser.hpp"
#include "crawler/search_page_cap.hpp"
#include "crawler/source.hpp"

#include <string>
#include <vector>

namespace scout::crawler {

// [sources.github] as the source needs it (app/config reads and checks the file).
struct GithubSourceOptions {
  std::string api_url = "https://api.github.com";
  std::vector<std::string> seed_repos;      // "owner/name": the repository and its contributors
  std::vector<std::string> seed_users;      // logins
  std::vector<std::string> search_queries;  // user searches
  int search_max_pages = 10;                // pages of 100 per user search; 0 = all (GitHub stops at 1,000 results)
  std::string search_sort = "followers";    // GitHub's sort: followers, repositories, joined; "" = best match
  int max_concurrency = 4;
  int rate_limit_reserve = 50;
  int readme_top_repos = 5;
  bool social_accounts = true;  // GET /users/{login}/social_accounts per candidate
  int fork_parent_repos = 5;    // GET /repos/{o}/{r} of this many forks per repositories page
  std::int64_t max_requests = 0;
  std::string token_name = "GITHUB_TOKEN";  // labels the credentials in logs
};

// The GitHub REST API: users, their repositories and READMEs, repositories' contributors and
// user searches (task kinds github.*, see github_parser.hpp).
class GithubSource : public Source {
public:
  explicit GithubSource(GithubSourceOptions options);

  model::Source id() const override { return model::Source::github; }
  SourceEndpoint endpoint() const override;
  std::vector<model::NewTask> plan() const override;
  std::vector<model::NewTask> plan_papers(const std::vector<std::string>&) const override { return {}; }
  std::vector<model::NewTask> plan_account(const std::string& login) const override;
  const TaskParser& parser() const override { return m_bounded; }
  std::optional<std::string> account_of(const model::NewTask& task) const override;
  bool is_detail(const model::NewTask& task) const override;
  // Asks GitHub who owns each token (GET /user), when there are two or more.
  std::vector<std::string> token_accounts(HttpClient& http, const SourceEndpoint& endpoint, Logger& log) const override;

private:
  GithubSourceOptions m_options;
  GithubParser m_parser;
  SearchPageCap m_bounded;  // m_parser with user searches cut at search_max_pages
};

}  // namespace scout::crawler
