#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace scout::crawler {

// The parts of an absolute http(s) URL that rate limiting and redirect checks need.
struct Url {
  std::string scheme;  // lower-case: "https"
  std::string host;    // lower-case, with ":port" only when not the scheme's default
  std::string path;    // "/" when the URL has none; never holds the query or fragment
  std::string query;   // after '?', without it; empty when absent

  // "https://api.github.com" (scheme + host + non-default port).
  std::string origin() const;
};

// Parses `scheme://[user@]host[:port][/path][?query][#fragment]` with libcurl's URL API
// (curl_url); nullopt when libcurl refuses it (no scheme, no host, a space...). The fragment
// and user info are dropped; no percent-decoding is done.
std::optional<Url> parse_url(std::string_view text);

// True when both parse and have the same scheme, host and port. Used to decide whether
// an Authorization header may follow a redirect.
bool same_origin(std::string_view a, std::string_view b);

// Resolves a Location value against the URL it came from: absolute URLs are kept,
// "//host/x", "/x", "?q" and "x" are made absolute (dot segments are not collapsed).
// nullopt when `base` does not parse.
std::optional<std::string> resolve_reference(std::string_view base, std::string_view reference);

}  // namespace scout::crawler
