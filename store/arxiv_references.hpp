#pragma once

#include "store/database.hpp"

#include <string>
#include <vector>

namespace scout::store {

// arXiv ids that GitHub or Hugging Face records point at (link evidence "arxiv:<id>",
// model tags of kind arxiv) and that arxiv_papers does not hold yet, sorted.
std::vector<std::string> unfetched_arxiv_ids(Database& db);

// Every stored arXiv paper's id (arxiv_papers) and every id a model's arxiv: tag names,
// sorted, each once: whose Hub page the crawl asks for (a tagged paper arXiv would not serve
// still has its page, and its claims).
std::vector<std::string> paper_page_ids(Database& db);

}  // namespace scout::store
