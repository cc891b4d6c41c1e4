// github.user_repos: GET /users/{login}/repos?per_page=100&sort=pushed and its next pages.
#include "crawler/github/github_page.hpp"
#include "crawler/github/github_records.hpp"
#include "crawler/github/github_urls.hpp"
#include "crawler/json_fields.hpp"

#include <algorithm>
#include <vector>

namespace scout::crawler::github {

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
