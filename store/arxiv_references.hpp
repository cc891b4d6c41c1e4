#pragma once

#include "store/database.hpp"

#include <string>
#include <vector>

namespace scout::store {

// arXiv ids that GitHub or Hugging Face records point at (link evidence "arxiv:<id>",
// model tags of kind arxiv) and that arxiv_papers does not hold yet, sorted.
std::vector<std::string> unfetched_arxiv_ids(Database& db);

}  // namespace scout::store
