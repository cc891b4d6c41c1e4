#pragma once

#include "common/strings.hpp"

#include <string>
#include <string_view>

namespace scout::replay {

using scout::percent_decode;  // common/strings.hpp

// Canonical form of a query string, so that recorded and live queries match whatever
// their parameter order and encoding: split on `&`, drop empty parts, decode `%XX`
// and `+`, re-encode only the bytes that would be ambiguous (`%&=+#`, space,
// control and non-ASCII), sort, join with `&`. A leading `?` is ignored.
// "per_page=100&q=a+b" and "q=a%20b&per_page=100" both give "per_page=100&q=a%20b".
std::string normalise_query(std::string_view query);

// Canonical form of a path: `%XX` decoded (a `+` stays a `+`).
std::string normalise_path(std::string_view path);

// The key routes are matched and counted by: "GET /path" or "GET /path?query",
// from an already normalised path and query.
std::string route_key(std::string_view method, std::string_view path, std::string_view query);

}  // namespace scout::replay
