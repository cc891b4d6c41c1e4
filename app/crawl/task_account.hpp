#pragma once

#include "model/task.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace scout::app {

// The account a task is about, read from its typed subject: the account itself, or the
// owner of a repository or model (GitHub users and their repositories, Hugging Face users,
// organisations, author listings, models and cards). Searches, papers and arXiv tasks name
// none. Used to keep suppressed accounts out of every crawl. Returns (source, handle).
std::optional<std::pair<std::string, std::string>> account_named_by(const model::NewTask& task);

// `tasks` without those about a suppressed account: a suppressed person stays out of
// every crawl, not only out of the tables.
// The handles of dropped tasks are appended to `dropped` (lower case) when it is given.
std::vector<model::NewTask> drop_suppressed(store::Database& db, const std::vector<model::NewTask>& tasks,
                                            std::vector<std::string>* dropped = nullptr);

}  // namespace scout::app
