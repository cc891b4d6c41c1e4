// github.repo_contributors: GET /repos/{o}/{r}/contributors?per_page=100 and its next pages.
#include "crawler/github/contributor_stats.hpp"
#include "crawler/github/github_page.hpp"
#include "crawler/github/github_records.hpp"
#include "crawler/github/github_urls.hpp"
#include "crawler/http/response_policy.hpp"
#include "crawler/json_fields.hpp"

namespace scout::crawler::github {

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

}  // namespace scout::crawler::github
