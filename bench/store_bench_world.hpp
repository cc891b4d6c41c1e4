#pragma once

#include "model/task.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace scout::bench {

// One archived answer of the synthetic world: the task that asked for it and its body.
struct SyntheticResponse {
  model::Task task;
  std::string body;
  std::string etag;
};

// Generates answers shaped like the real APIs' (GitHub contributors pages, user profiles and
// repository lists; Hugging Face author model lists; arXiv Atom query pages), in rounds of
// one answer of each kind. People recur across pages as they do in a crawl, so upserts meet
// existing rows. `round` numbers the rounds; the same round always gives the same answers.
std::vector<SyntheticResponse> synthetic_round(std::size_t round, std::size_t people);

}  // namespace scout::bench
