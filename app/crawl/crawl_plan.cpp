#include "app/crawl/crawl_plan.hpp"

#include "common/strings.hpp"

namespace scout::app {

namespace {

using model::NewTask;
using model::Source;
using Subject = model::SubjectKind;

std::string without_trailing_slash(std::string url)
{
  while (!url.empty() && url.back() == '/') {
    url.pop_back();
  }
  return url;
}

void plan_github(const config::GithubSettings& github, std::vector<NewTask>& tasks)
{
  const std::string api = without_trailing_slash(github.api_url);
  for (const std::string& repo : github.seed_repos) {
    tasks.push_back({Source::github, "github.repo", api + "/repos/" + repo, 0, {Subject::repository, repo, 0}});
    tasks.push_back({Source::github, "github.repo_contributors", api + "/repos/" + repo + "/contributors?per_page=100",
                     0, {Subject::repository, repo, 1}});
  }
  for (const std::string& login : github.seed_users) {
    tasks.push_back({Source::github, "github.user", api + "/users/" + percent_encode(login), 0,
                     {Subject::account, login, 0}});
  }
  for (const std::string& query : github.search_queries) {
    tasks.push_back({Source::github, "github.user_search",
                     api + "/search/users?q=" + percent_encode(query) + "&per_page=100", 0, {Subject::query, query, 1}});
  }
}

void plan_huggingface(const config::HuggingFaceSettings& hf, std::vector<NewTask>& tasks)
{
  const std::string api = without_trailing_slash(hf.api_url) + "/api/models?";
  for (const std::string& author : hf.seed_authors) {
    tasks.push_back({Source::huggingface, "hf.author_models",
                     api + "author=" + percent_encode(author) + "&full=true&limit=100", 0,
                     {Subject::account, author, 1}});
  }
  for (const std::string& query : hf.search_queries) {
    tasks.push_back({Source::huggingface, "hf.model_search",
                     api + "search=" + percent_encode(query) + "&full=true&limit=100", 0, {Subject::query, query, 1}});
  }
}

void plan_arxiv(const config::ArxivSettings& arxiv, std::vector<NewTask>& tasks)
{
  for (const std::string& query : arxiv.queries) {
    tasks.push_back({Source::arxiv, "arxiv.query_page",
                     arxiv.api_url + "?search_query=" + percent_encode(query) + "&start=0&max_results="
                       + std::to_string(arxiv.page_size) + "&sortBy=submittedDate&sortOrder=descending",
                     0, {Subject::query, query, 1}});
  }
}

}  // namespace

std::vector<model::NewTask> plan_arxiv_id_batches(const config::ArxivSettings& arxiv,
                                                  const std::vector<std::string>& ids, std::size_t batch_size)
{
  std::vector<NewTask> tasks;
  for (std::size_t first = 0; first < ids.size(); first += batch_size) {
    std::string list;
    std::string subject;
    const std::size_t last = std::min(ids.size(), first + batch_size);
    for (std::size_t i = first; i < last; ++i) {
      list += (i == first ? "" : ",") + percent_encode(ids[i]);
      subject += (i == first ? "" : ",") + ids[i];
    }
    tasks.push_back({Source::arxiv, "arxiv.id_batch",
                     arxiv.api_url + "?id_list=" + list + "&start=0&max_results=" + std::to_string(last - first), 0,
                     {Subject::paper, subject, 0}});
  }
  return tasks;
}

std::vector<model::NewTask> plan_seed_tasks(const config::Settings& settings)
{
  std::vector<NewTask> tasks;
  if (settings.github.enabled) {
    plan_github(settings.github, tasks);
  }
  if (settings.huggingface.enabled) {
    plan_huggingface(settings.huggingface, tasks);
  }
  if (settings.arxiv.enabled) {
    plan_arxiv(settings.arxiv, tasks);
  }
  return tasks;
}

}  // namespace scout::app
