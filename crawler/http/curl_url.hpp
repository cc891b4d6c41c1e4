#pragma once

#include <curl/curl.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace scout::crawler {

// libcurl's URL handle (curl_url), freed on scope exit. parse_url and the query-string
// functions both read URLs through it, so scout parses a URL the way libcurl will send it.
struct CurlUrlFree {
  void operator()(CURLU* url) const { curl_url_cleanup(url); }
};
using CurlUrl = std::unique_ptr<CURLU, CurlUrlFree>;

// `text` parsed by libcurl (any scheme); null when libcurl refuses it as an absolute URL.
CurlUrl parse_curl_url(std::string_view text);

// One part of `url` as libcurl hands it out (still percent-encoded); nullopt when the URL
// has none (no port written, no query, no fragment).
std::optional<std::string> curl_url_part(CURLU* url, CURLUPart which);

}  // namespace scout::crawler
