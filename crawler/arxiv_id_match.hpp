#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace scout::crawler {

struct ArxivIdMatch {
  std::string id;          // without version: "2305.18290", "cs/0601001", "math/0309136"
  std::size_t length = 0;  // characters of `text` consumed, version included
};

// Reads an arXiv identifier at the start of `text`, as arXiv issues them: new style
// "YYMM.NNNN[vN]" from 0704 to 1412 and "YYMM.NNNNN[vN]" from 1501 on, or old style
// "archive[.XX]/YYMMNNN[vN]" (the ".XX" subject class is not part of the id and is
// dropped). nullopt when `text` does not start with one or a digit follows it. Shared by
// every parser that finds arXiv ids in free text, so one malformed id never reaches an
// id_list request (arXiv fails the whole batch on one bad id).
std::optional<ArxivIdMatch> match_arxiv_id(std::string_view text);

}  // namespace scout::crawler
