// github.user_social_accounts (GET /users/{login}/social_accounts) and what a user's
// repositories page gives identity: homepage evidence and the forks whose parent to ask for.
#include "crawler/github/github_identity.hpp"

#include "common/strings.hpp"
#include "crawler/github/github_evidence.hpp"
#include "crawler/github/github_urls.hpp"
#include "crawler/http/url.hpp"
#include "crawler/json_fields.hpp"
#include "crawler/links/link_evidence.hpp"

#include <algorithm>
#include <vector>

namespace scout::crawler::github {

namespace {

// The login a social-accounts page is about: the task's subject, else the URL's
// /users/{login}/social_accounts path (a task stored before subjects existed).
std::optional<std::string> listed_login(const model::Task& task)
{
  if (task.subject.kind == model::SubjectKind::account && !task.subject.value.empty()) {
    return task.subject.value;
  }
  const std::optional<Url> url = parse_url(task.url);
  if (!url) {
    return std::nullopt;
  }
  const std::vector<std::string> parts = split(url->path, '/');
  for (std::size_t i = 0; i + 2 < parts.size(); ++i) {
    if (parts[i] == "users" && parts[i + 2] == "social_accounts" && !parts[i + 1].empty()) {
      return percent_decode(parts[i + 1], false);
    }
  }
  return std::nullopt;
}

// One {provider, url} item; problems go to `error`, naming the item.
model::GithubSocialAccount read_social_account(const rapidjson::Value& item, std::size_t index, std::string& error)
{
  const JsonFields fields(item, error, "item " + std::to_string(index));
  model::GithubSocialAccount account;
  account.provider = fields.string("provider");
  account.url = fields.string("url");
  return account;
}

}  // namespace

ParseOutput parse_user_social_accounts(const GithubPage& page)
{
  const std::optional<std::string> login = listed_login(page.task);
  if (!login) {
    return failed("cannot tell whose social accounts these are (no /users/{login}/social_accounts path)");
  }
  if (!page.body.IsArray()) {
    return failed(wrong_type("", "array", page.body));
  }
  model::GithubSocialAccountsRecord record{*login, {}};
  std::string error;
  std::size_t index = 0;
  for (const rapidjson::Value& item : page.body.GetArray()) {
    record.accounts.push_back(read_social_account(item, index++, error));
  }
  if (!error.empty()) {
    return failed(error);
  }
  ParseOutput output;
  // The user wrote these links about themselves, as they wrote their blog field.
  const links::EvidenceSource from{"github", *login, page.page.url.empty() ? page.task.url : page.page.url};
  for (const model::GithubSocialAccount& account : record.accounts) {
    if (std::optional<model::LinkEvidenceRecord> evidence =
          self_link_evidence(from, "github_social_account", account.url)) {
      output.records.evidence.push_back(std::move(*evidence));
    }
  }
  output.records.github_social_accounts.push_back(std::move(record));
  return output;
}

void add_repo_identity(const GithubPage& page, ParseOutput& output)
{
  const std::string source_url = page.page.url.empty() ? page.task.url : page.page.url;
  int forks_left = std::max(page.options.fork_parent_repos, 0);
  for (const model::GithubRepoRecord& repo : output.records.github_repos) {
    if (repo.fork) {
      // A fork's homepage is usually its parent's; its parent says what it was made from.
      if (forks_left > 0) {
        output.new_tasks.push_back(fork_repo_task(page, repo.full_name));
        --forks_left;
      }
      continue;
    }
    if (std::optional<model::LinkEvidenceRecord> evidence = homepage_evidence(repo, source_url)) {
      output.records.evidence.push_back(std::move(*evidence));
    }
  }
}

}  // namespace scout::crawler::github
