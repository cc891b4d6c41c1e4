#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace scout::crawler {

// The one query-string library of every source (arXiv paging, GitHub search and paging,
// Hugging Face authors, the account a task names). URLs are split and put together by
// libcurl's URL API (curl_url); parameters are form-encoded pairs joined by '&'.

// The decoded value of the first parameter named `name` (%XX escapes undone, '+' read as
// a space, as servers read a query): "q=a%20b+c" gives "a b c". "" when the parameter has no
// value, nullopt when it is absent or `url` is not an absolute URL.
std::optional<std::string> query_param(std::string_view url, std::string_view name);

// The first `name` parameter as a non-negative integer; nullopt when absent or not a number.
std::optional<long long> query_int(std::string_view url, std::string_view name);

// `url` with parameter `name` set to `value`: the first `name` parameter's value is
// replaced (so a URL never carries two), or the pair is appended when absent. `value` is
// plain text, percent-encoded here where a query needs it ('/' and ':' stay as they are).
// Every other parameter keeps its bytes and order, and the fragment is kept. `url`
// unchanged when it is not an absolute URL.
std::string with_query_param(std::string_view url, std::string_view name, std::string_view value);

// Decodes %XX escapes and '+' (a space in form encoding); a malformed escape is kept as is.
std::string percent_decode(std::string_view text);

}  // namespace scout::crawler
