#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace scout {

// Splits on every occurrence of `separator`; keeps empty parts.
std::vector<std::string> split(std::string_view text, char separator);

// Removes ASCII whitespace at both ends.
std::string_view trim(std::string_view text);

// ASCII lower-case copy (HTTP header names, hosts).
std::string to_lower(std::string_view text);

// True when `a` and `b` are equal ignoring ASCII case.
bool iequals(std::string_view a, std::string_view b);

bool starts_with(std::string_view text, std::string_view prefix);
bool ends_with(std::string_view text, std::string_view suffix);

// Joins parts with a separator.
std::string join(const std::vector<std::string>& parts, std::string_view separator);

// `value` with `decimals` digits after the point, "C" locale: format_fixed(2.5, 3) = "2.500".
std::string format_fixed(double value, int decimals);

// Reads a whole file; throws scout::Error naming the path when it cannot.
std::string read_file(const std::string& path);

}  // namespace scout

namespace scout {

// Percent-encodes everything but RFC 3986 unreserved characters and the ASCII characters
// in `also_plain` (a query value may keep sub-delimiters that mean nothing to form decoding).
std::string percent_encode(std::string_view text, std::string_view also_plain = {});

// Decodes %XX escapes (a malformed escape is kept as is) and, when `plus_is_space`, '+'
// as a space (form encoding, used in query strings).
std::string percent_decode(std::string_view text, bool plus_is_space = false);

}  // namespace scout
