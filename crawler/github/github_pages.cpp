// The GitHub kinds that find people and their repositories: github.user, github.user_repos,
// github.user_search and github.repo_contributors (github.repo is in github_records.cpp,
// github.readme in github_evidence.cpp). Each is declared in github_page.hpp.
#include "crawler/github/contributor_stats.hpp"
#include "crawler/github/github_evidence.hpp"
#include "crawler/github/github_identity.hpp"
#include "crawler/github/github_page.hpp"
#include "crawler/github/github_records.hpp"
#include "crawler/github/github_urls.hpp"
#include "crawler/http/response_policy.hpp"
#include "crawler/json_fields.hpp"

#include <algorithm>
#include <vector>

namespace scout::crawler::github {

// github.user: GET /users/{login}.
ParseOutput parse_user(const GithubPage& page)
{
  std::string error;
  const model::GithubUserRecord user = read_full_user(JsonFields(page.body, error));
  if (!error.empty()) {
    return failed(error);
  }
  ParseOutput output;
  output.records.github_users.push_back(user);
  // Organizations and bots are recorded (their type says what they are) but are not
  // people: their repositories and profile links would be credited to no one.
  if (user.type != "User" || is_bot(user)) {
    return output;
  }
  output.records.evidence = profile_evidence(user, page.page.url.empty() ? page.task.url : page.page.url);
  output.new_tasks.push_back(user_repos_task(page, user.login));
  if (page.options.social_accounts) {
    output.new_tasks.push_back(social_accounts_task(page, user.login));
  }
  return output;
}

// github.repo_contributors: GET /repos/{o}/{r}/contributors?per_page=100 and its next pages.
namespace {

// Which repository a page lists. GitHub's next links use the numeric
// /repositories/{id}/contributors form, which no longer names the repository, so when we
// follow one we append "scout_repo=owner/name" ourselves (GitHub ignores unknown query
// parameters) and read it back here. Recorded fixtures for such pages must include it,
// since the replay server matches queries exactly.
std::optional<std::string> listed_repo(const model::Task& task)
{
  if (std::optional<std::string> repo = repo_from_path(task.url)) {
    return repo;
  }
  return query_param(task.url, "scout_repo");
}

std::string next_contributors_url(const std::string& next, const std::string& repo)
{
  if (repo_from_path(next) || query_param(next, "scout_repo")) {
    return next;
  }
  // Owner and repository names are [A-Za-z0-9._-], so "owner/name" needs no escaping.
  return with_query_param(next, "scout_repo", repo);
}

// Adds one contributor row; people only: bots, [bot] logins and anonymous
// (email-only, anon=1) rows are skipped.
void read_contributor(const rapidjson::Value& item, std::size_t index, const std::string& repo, const GithubPage& page,
                      ParseOutput& output, std::string& error)
{
  const JsonFields fields(item, error, "item " + std::to_string(index));
  if (!error.empty() || (fields.has("type") && fields.string("type") != "User")) {
    return;
  }
  const model::GithubUserRecord user = read_short_user(fields);
  const std::int64_t contributions = fields.integer("contributions");
  if (!error.empty() || is_bot(user)) {
    return;
  }
  output.records.github_contributions.push_back({repo, user.login, contributions});
  output.new_tasks.push_back(user_task(page, user.login));
  output.records.github_users.push_back(user);
}

}  // namespace

ParseOutput parse_repo_contributors(const GithubPage& page)
{
  const std::optional<std::string> repo = listed_repo(page.task);
  if (!repo) {
    return failed(
      "cannot tell which repository this contributors page lists "
      "(no /repos/{owner}/{name} path and no scout_repo parameter)");
  }
  if (is_contributor_list_too_large(page.page.status, std::string_view(page.page.body))) {
    // Permanent for this repository: record it and ask for the statistics instead.
    ParseOutput output;
    output.records.github_contributor_lists.push_back({*repo, false, true});
    output.new_tasks.push_back(contributor_stats_task(page, *repo));
    return output;
  }
  if (!page.body.IsArray()) {
    return failed(wrong_type("", "array", page.body));
  }
  ParseOutput output;
  std::string error;
  std::size_t index = 0;
  for (const rapidjson::Value& item : page.body.GetArray()) {
    read_contributor(item, index++, *repo, page, output, error);
  }
  if (!error.empty()) {
    return failed(error);
  }
  const NextPage next = next_page_url(page.page);
  if (!next.error.empty()) {
    return failed(next.error);
  }
  if (next.url) {
    output.new_tasks.push_back(next_page_task(page, next_contributors_url(*next.url, *repo)));
  } else if (contributors_truncated(page.task.subject.page, query_int(page.task.url, "per_page").value_or(30),
                                    static_cast<std::int64_t>(page.body.GetArray().Size()))) {
    // GitHub names only the first 500; the statistics cover the rest and date the commits.
    output.records.github_contributor_lists.push_back({*repo, true, false});
    output.new_tasks.push_back(contributor_stats_task(page, *repo));
  }
  return output;
}

// github.user_search: GET /search/users?q=...&per_page=100 and its next pages.
namespace {

// Search answers at most 1,000 results per query (docs.github.com/rest/search/search).
constexpr std::int64_t k_search_result_cap = 1000;

bool is_first_page(const std::string& url)
{
  const std::optional<std::string> page = query_param(url, "page");
  return !page || *page == "1";
}

void add_notes(const GithubPage& page, std::int64_t total_count, bool incomplete, ParseOutput& output)
{
  const std::string query = query_param(page.task.url, "q").value_or("");
  if (total_count > k_search_result_cap && is_first_page(page.task.url)) {
    output.notes.push_back("GitHub user search '" + query + "' matched " + std::to_string(total_count)
                           + " users; the API returns at most 1,000");
  }
  if (incomplete) {
    output.notes.push_back("GitHub user search '" + query + "': incomplete_results on " + page.task.url
                           + " (the search timed out; some matches are missing)");
  }
}

// A github.user task for each person among the items.
void follow_users(const GithubPage& page, const rapidjson::Value& items, ParseOutput& output, std::string& error)
{
  std::size_t index = 0;
  for (const rapidjson::Value& item : items.GetArray()) {
    const model::GithubUserRecord user = read_short_user(JsonFields(item, error, "item " + std::to_string(index++)));
    // Organizations match user searches too; only people are followed.
    if (error.empty() && user.type == "User" && !is_bot(user)) {
      output.new_tasks.push_back(user_task(page, user.login));
    }
  }
}

}  // namespace

ParseOutput parse_user_search(const GithubPage& page)
{
  std::string error;
  const JsonFields fields(page.body, error);
  const std::int64_t total_count = fields.integer("total_count");
  const bool incomplete = fields.optional_bool("incomplete_results").value_or(false);
  const rapidjson::Value* items = fields.array("items");
  ParseOutput output;
  if (items != nullptr) {
    follow_users(page, *items, output, error);
  }
  if (!error.empty()) {
    return failed(error);
  }
  add_notes(page, total_count, incomplete, output);
  const NextPage next = next_page_url(page.page);
  if (!next.error.empty()) {
    return failed(next.error);
  }
  if (next.url) {
    output.new_tasks.push_back(next_page_task(page, *next.url));
  }
  return output;
}

// github.user_repos: GET /users/{login}/repos?per_page=100&sort=pushed and its next pages.
namespace {

// The user's own (non-fork) starred repositories on this page, most stars first, at most
// `limit`: their READMEs are where papers and models get cited.
std::vector<const model::GithubRepoRecord*> readme_candidates(const std::vector<model::GithubRepoRecord>& repos,
                                                              int limit)
{
  std::vector<const model::GithubRepoRecord*> candidates;
  for (const model::GithubRepoRecord& repo : repos) {
    if (!repo.fork && repo.stargazers_count > 0) {
      candidates.push_back(&repo);
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const auto* a, const auto* b) { return a->stargazers_count > b->stargazers_count; });
  candidates.resize(std::min(candidates.size(), static_cast<std::size_t>(std::max(limit, 0))));
  return candidates;
}

}  // namespace

ParseOutput parse_user_repos(const GithubPage& page)
{
  if (!page.body.IsArray()) {
    return failed(wrong_type("", "array", page.body));
  }
  ParseOutput output;
  std::string error;
  std::size_t index = 0;
  for (const rapidjson::Value& item : page.body.GetArray()) {
    output.records.github_repos.push_back(read_repo(JsonFields(item, error, "item " + std::to_string(index++))));
  }
  if (!error.empty()) {
    return failed(error);
  }
  for (const model::GithubRepoRecord* repo :
       readme_candidates(output.records.github_repos, page.options.readme_top_repos)) {
    output.new_tasks.push_back(readme_task(page, repo->full_name));
  }
  add_repo_identity(page, output);
  const NextPage next = next_page_url(page.page);
  if (!next.error.empty()) {
    return failed(next.error);
  }
  if (next.url) {
    output.new_tasks.push_back(next_page_task(page, *next.url));
  }
  return output;
}

}  // namespace scout::crawler::github
