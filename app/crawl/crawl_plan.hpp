#pragma once

#include "app/config/settings.hpp"
#include "model/task.hpp"

#include <vector>

namespace scout::app {

// The discovery tasks the configured seeds ask for: contributors of seed repos, seed
// users, GitHub user searches, Hugging Face authors' models and model searches, arXiv
// query pages. Only enabled sources; URLs built on each source's api_url.
std::vector<model::NewTask> plan_seed_tasks(const config::Settings& settings);

// arxiv.id_batch tasks fetching `ids` with id_list, `batch_size` ids a request.
std::vector<model::NewTask> plan_arxiv_id_batches(const config::ArxivSettings& arxiv,
                                                  const std::vector<std::string>& ids, std::size_t batch_size = 50);

}  // namespace scout::app
