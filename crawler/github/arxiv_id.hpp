#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace scout::crawler::github {

struct ArxivIdMatch {
  std::string id;          // without version: "2305.18290", "cs/0601001", "math/0309136"
  std::size_t length = 0;  // characters of `text` consumed, version included
};

// Reads an arXiv identifier at the start of `text`: new style "YYMM.NNNN[N][vN]" or old
// style "archive[.XX]/YYMMNNN[vN]" (the ".XX" subject class is not part of the id and is
// dropped). nullopt when `text` does not start with one or a digit follows it.
std::optional<ArxivIdMatch> match_arxiv_id(std::string_view text);

}  // namespace scout::crawler::github
