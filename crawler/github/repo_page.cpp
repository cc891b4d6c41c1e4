// github.repo: GET /repos/{o}/{r}.
#include "crawler/github/github_page.hpp"
#include "crawler/github/github_records.hpp"
#include "crawler/json_fields.hpp"

namespace scout::crawler::github {

ParseOutput parse_repo(const GithubPage& page)
{
  std::string error;
  const model::GithubRepoRecord repo = read_repo(JsonFields(page.body, error));
  if (!error.empty()) {
    return failed(error);
  }
  ParseOutput output;
  output.records.github_repos.push_back(repo);
  return output;
}

}  // namespace scout::crawler::github
