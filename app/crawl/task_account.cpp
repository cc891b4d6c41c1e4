#include "app/crawl/task_account.hpp"

#include "common/strings.hpp"
#include "store/suppressions.hpp"

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

std::vector<model::NewTask> drop_suppressed(store::Database& db, const std::vector<model::NewTask>& tasks,
                                            std::vector<std::string>* dropped)
{
  std::vector<model::NewTask> kept;
  for (const model::NewTask& task : tasks) {
    const auto account = account_named_by(task);
    if (!account || !store::is_suppressed(db, account->first, account->second)) {
      kept.push_back(task);
    } else if (dropped != nullptr) {
      dropped->push_back(to_lower(account->second));
    }
  }
  return kept;
}

}  // namespace scout::app
