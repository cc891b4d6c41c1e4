#pragma once

#include "model/records.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scout::crawler {

// What an arXiv API Atom feed says. Elements are matched by namespace URI, not by prefix.
struct AtomFeed {
  std::optional<std::int64_t> total_results;    // <opensearch:totalResults>
  std::optional<std::int64_t> start_index;      // <opensearch:startIndex>
  std::optional<std::int64_t> items_per_page;   // <opensearch:itemsPerPage>
  std::vector<model::ArxivPaperRecord> papers;  // one per <entry>, in feed order
  // The <summary> of arXiv's error entry (id ".../api/errors#..."); papers is then empty.
  std::string api_error;
};

// A parsed feed, or `error` (without the URL) when the body is not well-formed XML, is
// not an Atom <feed>, or an entry lacks its <id> or <title> or has an id that is not arXiv's.
struct AtomFeedResult {
  AtomFeed feed;
  std::string error;
};

// Parses an arXiv API response body. Titles and summaries have whitespace runs collapsed to
// one space and are trimmed; XML entities are decoded; UTF-8 text is kept as is. Thread-safe.
[[nodiscard]] AtomFeedResult parse_atom_feed(std::string_view body);

// Collapses runs of ASCII whitespace (newlines included) to one space and trims both ends.
std::string collapse_whitespace(std::string_view text);

}  // namespace scout::crawler
