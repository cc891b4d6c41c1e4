#include "crawler/json_body.hpp"

#include "common/json_parse.hpp"
#include "common/strings.hpp"
#include "crawler/page_follower.hpp"

#include <algorithm>
#include <cctype>

namespace scout::crawler {

namespace {

constexpr std::size_t k_snippet_bytes = 40;

// The start of a body for an error message: control characters become spaces and a
// multi-byte UTF-8 character is never cut in half.
std::string body_snippet(std::string_view content)
{
  std::size_t size = std::min(content.size(), k_snippet_bytes);
  while (size > 0 && size < content.size() && (static_cast<unsigned char>(content[size]) & 0xC0) == 0x80) {
    --size;
  }
  std::string text(content.substr(0, size));
  for (char& c : text) {
    if (std::iscntrl(static_cast<unsigned char>(c)) != 0) {
      c = ' ';
    }
  }
  return "\"" + text + (size < content.size() ? "...\"" : "\"");
}

// True when `c` can begin a JSON text: an HTML page or a plain-text error cannot.
bool starts_json(char c)
{
  return std::string_view("{[\"-tfn").find(c) != std::string_view::npos || (c >= '0' && c <= '9');
}

}  // namespace

std::string parse_json_body(const FetchedPage& page, rapidjson::Document& document)
{
  const std::string_view content = trim(page.body);
  // A 200 that announces HTML is a login wall, a proxy error page or a mistyped base URL;
  // say so, and show how it starts, instead of where the JSON parser tripped.
  const std::string content_type = page.headers != nullptr ? page.headers->get("Content-Type").value_or("") : "";
  if (page.status == 200 && !content_type.empty() && !is_json_content_type(content_type)) {
    return "expected JSON, got " + content_type + (content.empty() ? "" : ": " + body_snippet(content));
  }
  if (content.empty()) {
    return "expected JSON, got an empty body";
  }
  if (!starts_json(content.front())) {
    return "expected JSON, got " + body_snippet(content);
  }
  if (std::string error = parse_json(document, page.body); !error.empty()) {
    return "expected JSON, got " + error;
  }
  return "";
}

std::string json_type_name(const rapidjson::Value& value)
{
  if (value.IsObject()) {
    return "object";
  }
  if (value.IsArray()) {
    return "array";
  }
  if (value.IsString()) {
    return "string";
  }
  if (value.IsInt64() || value.IsUint64()) {
    return "integer";
  }
  if (value.IsNumber()) {
    return "number";
  }
  if (value.IsBool()) {
    return "boolean";
  }
  return "null";
}

}  // namespace scout::crawler
