#pragma once

#include "app/config/settings.hpp"
#include "model/task.hpp"

#include <vector>

namespace scout::app {

// The discovery tasks the configured seeds ask for: contributors of seed repos, seed
// users, GitHub user searches, Hugging Face authors' models and model searches, arXiv
// query pages. Only enabled sources; URLs built on each source's api_url.
std::vector<model::NewTask> plan_seed_tasks(const config::Settings& settings);

}  // namespace scout::app
