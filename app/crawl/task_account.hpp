#pragma once

#include "model/task.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace scout::app {

// The account a task is about, when its URL names one: GitHub /users/{login}[/...],
// Hugging Face /api/users/{u}/..., /api/organizations/{o}/..., /api/models?author={a}.
// Used to keep suppressed accounts out of every crawl. Returns (source, handle).
std::optional<std::pair<std::string, std::string>> account_named_by(const model::NewTask& task);

// `tasks` without those about a suppressed account: a suppressed person stays out of
// every crawl, not only out of the tables.
std::vector<model::NewTask> drop_suppressed(store::Database& db, const std::vector<model::NewTask>& tasks);

}  // namespace scout::app
