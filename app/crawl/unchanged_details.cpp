#include "app/crawl/unchanged_details.hpp"

#include "common/strings.hpp"
#include "crawler/http/url.hpp"
#include "store/record_timestamps.hpp"

namespace scout::app {

namespace {

// "/repos/{owner}/{name}/readme" -> "owner/name"
std::string repo_of_readme(const std::string& path)
{
  const std::string prefix = "/repos/";
  const std::string suffix = "/readme";
  if (!starts_with(path, prefix) || !ends_with(path, suffix)) {
    return "";
  }
  return percent_decode(path.substr(prefix.size(), path.size() - prefix.size() - suffix.size()));
}

// "/api/models/{id}" or "/{id}/raw/main/README.md" -> id
std::string model_of_detail(const model::NewTask& task, const std::string& path)
{
  if (task.kind == "hf.model" && starts_with(path, "/api/models/")) {
    return percent_decode(path.substr(12));
  }
  const std::string card = "/raw/main/README.md";
  if (task.kind == "hf.model_card" && ends_with(path, card) && path.size() > card.size() + 1) {
    return percent_decode(path.substr(1, path.size() - card.size() - 1));
  }
  return "";
}

}  // namespace

UnchangedDetails::UnchangedDetails(store::Database& db, const model::RecordBatch& batch)
{
  for (const model::GithubRepoRecord& repo : batch.github_repos) {
    const auto stored = store::stored_repo_pushed_at(db, repo.full_name);
    if (stored && !repo.pushed_at.empty() && *stored == repo.pushed_at) {
      m_repos.insert(repo.full_name);
    }
  }
  for (const model::HfModelRecord& model : batch.hf_models) {
    const auto stored = store::stored_model_last_modified(db, model.id);
    if (stored && !model.last_modified.empty() && *stored == model.last_modified) {
      m_models.insert(model.id);
    }
  }
}

bool UnchangedDetails::unchanged(const model::NewTask& task) const
{
  const std::optional<crawler::Url> url = crawler::parse_url(task.url);
  if (!url) {
    return false;
  }
  if (task.kind == "github.readme") {
    return m_repos.count(repo_of_readme(url->path)) > 0;
  }
  return m_models.count(model_of_detail(task, url->path)) > 0;
}

}  // namespace scout::app
