#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace scout::crawler {

// Query-string helpers (arXiv paging, account names in task URLs, ...).
// They work on the raw text: no parameter is re-encoded or reordered.

// The raw (still percent-encoded) value of the first `name=` parameter; nullopt when absent.
std::optional<std::string> query_param(std::string_view url, std::string_view name);

// The first `name=` parameter as a non-negative integer; nullopt when absent or not a number.
std::optional<long long> query_int(std::string_view url, std::string_view name);

// `url` with the first `name=` parameter's value set to `value` (appended when absent).
// Every other byte of the URL, fragment included, is kept.
std::string with_query_param(std::string_view url, std::string_view name, std::string_view value);

// Decodes %XX escapes and '+' (a space in form encoding); a malformed escape is kept as is.
std::string percent_decode(std::string_view text);

}  // namespace scout::crawler
