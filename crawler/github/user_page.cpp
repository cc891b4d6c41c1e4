// github.user: GET /users/{login}.
#include "crawler/github/github_page.hpp"
#include "crawler/github/github_records.hpp"
#include "crawler/github/github_urls.hpp"
#include "crawler/json_fields.hpp"
#include "crawler/github/github_evidence.hpp"

namespace scout::crawler::github {

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
  return output;
}

}  // namespace scout::crawler::github
