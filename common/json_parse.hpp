#pragma once

#include <rapidjson/document.h>

#include <string>
#include <string_view>

namespace scout {

// Nesting deeper than this is refused before parsing. Real API answers nest fewer than
// 20 levels; the bound keeps every later walk of a document (Accept, schema validation,
// recursive readers) far from the stack's limit.
inline constexpr int k_max_json_depth = 512;

// Parses `text` into `document` the one way scout parses JSON from outside: iteratively
// (RapidJSON's default parser recurses once per level and a body of 55,000 '[' overflows
// the stack), refusing nesting deeper than `max_depth`, and with "\u0000" escapes read as
// U+FFFD so that no stored string is cut at an embedded NUL. Returns "" on success, else
// a message saying what is wrong and where ("malformed JSON at byte 12: ...", "JSON nested
// deeper than 512 levels at byte 600").
[[nodiscard]] std::string parse_json(rapidjson::Document& document, std::string_view text,
                                     int max_depth = k_max_json_depth);

// The byte offset at which `text` first nests deeper than `max_depth` arrays/objects
// (counting only brackets outside strings), or std::string_view::npos when it never does.
std::size_t json_depth_exceeded_at(std::string_view text, int max_depth);

// `text` with every "\u0000" escape inside a JSON string replaced by "\uFFFD" (same length).
std::string without_json_nul_escapes(std::string_view text);

}  // namespace scout
