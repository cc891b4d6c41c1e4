#pragma once

#include "crawler/github/github_parser.hpp"
#include "crawler/http/link_header.hpp"
#include "model/task.hpp"

#include <rapidjson/document.h>

#include <optional>
#include <string>
#include <string_view>

// Internal to crawler/github: what each kind's parse function gets, and their declarations.
namespace scout::crawler::github {

struct GithubPage {
  const model::Task& task;
  const FetchedPage& page;
  const rapidjson::Value& body;  // the parsed JSON body
  const GithubParserOptions& options;
};

// One function per task kind, each in its own file. On a malformed body they return an
// output holding only `error`, without the URL (GithubParser::parse prefixes it).
ParseOutput parse_repo_contributors(const GithubPage& page);
ParseOutput parse_repo(const GithubPage& page);
ParseOutput parse_user(const GithubPage& page);
ParseOutput parse_user_repos(const GithubPage& page);
ParseOutput parse_readme(const GithubPage& page);
ParseOutput parse_user_search(const GithubPage& page);
ParseOutput parse_repo_contributor_stats(const GithubPage& page);  // contributor_stats.cpp
ParseOutput parse_user_social_accounts(const GithubPage& page);    // github_identity.cpp

// The follow-up tasks a page makes, each with its URL (on options.api_url) and the typed
// subject it is about; the one place that creates GitHub tasks while parsing.
model::NewTask user_task(const GithubPage& page, std::string_view login);        // github.user
model::NewTask user_repos_task(const GithubPage& page, std::string_view login);  // github.user_repos, page 1
model::NewTask readme_task(const GithubPage& page, std::string_view full_name);  // github.readme of "owner/name"
// github.user_social_accounts: /users/{login}/social_accounts.
model::NewTask social_accounts_task(const GithubPage& page, std::string_view login);
// github.fork_repo: /repos/{o}/{r} of a fork "owner/name", read for its parent.
model::NewTask fork_repo_task(const GithubPage& page, std::string_view full_name);
// github.repo_contributor_stats: /repos/{o}/{r}/stats/contributors of "owner/name".
model::NewTask contributor_stats_task(const GithubPage& page, std::string_view full_name);
// The next page of the page's own listing, at `url`: same kind and subject, page + 1.
model::NewTask next_page_task(const GithubPage& page, std::string url);

// The Link header's rel="next" target on the API's origin (see crawler::next_page).
NextPage next_page_url(const FetchedPage& page);

// An output holding only `error`.
ParseOutput failed(std::string error);

// True for accounts that are automation, not people: type "Bot" or a login ending in "[bot]".
bool is_bot(const model::GithubUserRecord& user);

}  // namespace scout::crawler::github
