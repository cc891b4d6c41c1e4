#include "app/crawl/unchanged_details.hpp"

#include "store/record_timestamps.hpp"

namespace scout::app {

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
  // The detail tasks a listing queues: a repository's README, a model's detail and card.
  if (task.kind == "github.readme" && task.subject.kind == model::SubjectKind::repository) {
    return m_repos.count(task.subject.value) > 0;
  }
  const bool model_detail = task.kind == "hf.model" || task.kind == "hf.model_card";
  return model_detail && task.subject.kind == model::SubjectKind::model && m_models.count(task.subject.value) > 0;
}

}  // namespace scout::app
