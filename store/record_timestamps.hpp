#pragma once

#include "store/database.hpp"

#include <optional>
#include <string>

namespace scout::store {

// The pushed_at stored for a GitHub repository, or nullopt when it is not stored.
std::optional<std::string> stored_repo_pushed_at(Database& db, const std::string& full_name);

// The last_modified stored for a Hugging Face model, or nullopt when it is not stored.
std::optional<std::string> stored_model_last_modified(Database& db, const std::string& model_id);

}  // namespace scout::store
