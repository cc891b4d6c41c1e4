#pragma once

#include "crawler/http/http_types.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace scout::crawler {

// One `<target>; rel="next"; ...` element of an RFC 8288 Link header.
struct LinkValue {
  std::string target;                                       // as written between < and >, not resolved
  std::vector<std::string> rels;                            // lower-case relation types: `rel="next last"` gives two
  std::vector<std::pair<std::string, std::string>> params;  // other parameters, names lower-case
};

// Parses a Link header value holding any number of comma-separated links. Parameters may
// come in any order, quoted or not; commas inside <...> or quotes do not split links.
// Malformed elements are skipped.
std::vector<LinkValue> parse_link_header(std::string_view value);

// The target of the first link with relation "next" across all Link headers, or nullopt
// on the last page. Other relations (including URI-template "first") are ignored.
std::optional<std::string> next_link(const Headers& headers);

// The next page a response announces, resolved against the page's own URL. A link to
// another origin is refused: following it would send the source's token there and store
// that host's answer as the source's data.
struct NextPage {
  std::optional<std::string> url;  // nullopt on the last page, or when refused
  std::string error;               // set when refused, naming the link; the task fails with it
};
NextPage next_page(const Headers& headers, std::string_view page_url);

}  // namespace scout::crawler
