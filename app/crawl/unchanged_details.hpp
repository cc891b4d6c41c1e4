#pragma once

#include "model/records.hpp"
#include "model/task.hpp"
#include "store/database.hpp"

#include <set>
#include <string>

namespace scout::app {

// Detail tasks whose subject has not changed since it was last stored: a repository whose
// pushed_at is the same (its README task), a model whose lastModified is the same (its
// model and card tasks). They are not crawled again, not even conditionally.
class UnchangedDetails {
public:
  // Compares `batch` with what is stored; call before the batch is written.
  UnchangedDetails(store::Database& db, const model::RecordBatch& batch);

  bool unchanged(const model::NewTask& task) const;

private:
  std::set<std::string> m_repos;   // full names
  std::set<std::string> m_models;  // model ids
};

}  // namespace scout::app
