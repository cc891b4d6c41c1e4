#include "app/crawl/task_account.hpp"


namespace scout::app {

std::optional<std::pair<std::string, std::string>> account_named_by(const model::NewTask& task)
{
  if (task.source == model::Source::arxiv) {
    return std::nullopt;  // arXiv has authors' names, not accounts
  }
  const std::string& value = task.subject.value;
  std::string handle;
  switch (task.subject.kind) {
  case model::SubjectKind::account: handle = value; break;
  // A repository's or a model's owner: "owner" of "owner/name" (all of a legacy "gpt2").
  case model::SubjectKind::repository:
  case model::SubjectKind::model: handle = value.substr(0, value.find('/')); break;
  case model::SubjectKind::none:
  case model::SubjectKind::paper:
  case model::SubjectKind::query: break;
  }
  if (handle.empty()) {
    return std::nullopt;
  }
  return std::make_pair(std::string(model::to_string(task.source)), handle);
}

bool is_detail_task(const model::NewTask& task)
{
  if (task.kind == "github.readme") {
    return task.subject.kind == model::SubjectKind::repository;
  }
  return (task.kind == "hf.model" || task.kind == "hf.model_card") && task.subject.kind == model::SubjectKind::model;
}

}  // namespace scout::app
