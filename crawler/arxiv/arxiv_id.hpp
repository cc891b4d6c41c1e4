#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace scout::crawler {

// An arXiv identifier without its version, and the version (1 when none is written).
struct ArxivId {
  std::string id;  // "2305.18290", "astro-ph/0601001"
  int version = 1;
};

// Splits an entry's <id> ("http://arxiv.org/abs/2305.18290v3", "https://arxiv.org/abs/astro-ph/0601001v1")
// or a bare id ("2305.18290", "hep-th/9901001v2"). The id is normalised as match_arxiv_id
// reads it (an old-style subject class is dropped: "math.GT/0309136" is "math/0309136").
// nullopt when the whole text is not one arXiv id.
std::optional<ArxivId> split_arxiv_id(std::string_view text);

}  // namespace scout::crawler
