#include "store/record_timestamps.hpp"

#include "common/error.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace scout::store {

namespace {

std::optional<std::string> single_text(Database& db, const char* sql, const std::string& key)
{
  try {
    CachedStatement query = db.statement(sql);
    query->bind(1, key);
    if (!query->executeStep() || query->getColumn(0).isNull()) {
      return std::nullopt;
    }
    return query->getColumn(0).getString();
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": cannot read " + key + ": " + e.what());
  }
}

}  // namespace

std::optional<std::string> stored_repo_pushed_at(Database& db, const std::string& full_name)
{
  return single_text(db, "SELECT pushed_at FROM github_repos WHERE full_name = ?", full_name);
}

std::optional<std::string> stored_model_last_modified(Database& db, const std::string& model_id)
{
  return single_text(db, "SELECT last_modified FROM hf_models WHERE id = ?", model_id);
}

}  // namespace scout::store
