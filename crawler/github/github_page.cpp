#include "crawler/github/github_page.hpp"

#include "crawler/github/github_urls.hpp"
#include "crawler/http/link_header.hpp"

#include <utility>

namespace scout::crawler::github {

namespace {

model::NewTask follow_up(const GithubPage& page, std::string kind, std::string url, model::TaskSubject subject)
{
  return model::NewTask{model::Source::github, std::move(kind), std::move(url), page.task.id, std::move(subject)};
}

}  // namespace

model::NewTask user_task(const GithubPage& page, std::string_view login)
{
  return follow_up(page, "github.user", user_url(page.options.api_url, login),
                   {model::SubjectKind::account, std::string(login), 0});
}

model::NewTask user_repos_task(const GithubPage& page, std::string_view login)
{
  return follow_up(page, "github.user_repos", user_repos_url(page.options.api_url, login),
                   {model::SubjectKind::account, std::string(login), 1});
}

model::NewTask readme_task(const GithubPage& page, std::string_view full_name)
{
  return follow_up(page, "github.readme", readme_url(page.options.api_url, full_name),
                   {model::SubjectKind::repository, std::string(full_name), 0});
}

model::NewTask social_accounts_task(const GithubPage& page, std::string_view login)
{
  return follow_up(page, "github.user_social_accounts", social_accounts_url(page.options.api_url, login),
                   {model::SubjectKind::account, std::string(login), 0});
}

model::NewTask fork_repo_task(const GithubPage& page, std::string_view full_name)
{
  return follow_up(page, "github.fork_repo", repo_url(page.options.api_url, full_name),
                   {model::SubjectKind::repository, std::string(full_name), 0});
}

model::NewTask contributor_stats_task(const GithubPage& page, std::string_view full_name)
{
  return follow_up(page, "github.repo_contributor_stats",
                   page.options.api_url + "/repos/" + std::string(full_name) + "/stats/contributors",
                   {model::SubjectKind::repository, std::string(full_name), 0});
}

model::NewTask next_page_task(const GithubPage& page, std::string url)
{
  return follow_up(page, page.task.kind, std::move(url), model::next_page_of(page.task.subject));
}

NextPage next_page_url(const FetchedPage& page)
{
  return page.headers != nullptr ? next_page(*page.headers, page.url) : NextPage{};
}

ParseOutput failed(std::string error)
{
  ParseOutput output;
  output.error = std::move(error);
  return output;
}

bool is_bot(const model::GithubUserRecord& user) { return user.type == "Bot" || user.login.ends_with("[bot]"); }

}  // namespace scout::crawler::github
