#pragma once

#include "model/task.hpp"

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

// True for a detail task of its subject (a repository's README, a model's detail or card):
// one that is not crawled again while its subject is stored unchanged.
bool is_detail_task(const model::NewTask& task);

}  // namespace scout::app
