#include "crawler/github/json_body.hpp"

#include "common/json_parse.hpp"
#include "crawler/page_follower.hpp"


namespace scout::crawler::github {

namespace {

std::string content_type_of(const FetchedPage& page)
{
  return page.headers != nullptr ? page.headers->get("Content-Type").value_or("") : "";
}

}  // namespace

std::string parse_json_body(const FetchedPage& page, rapidjson::Document& document)
{
  // A 200 that announces HTML is a login wall, a proxy error page or a mistyped base URL;
  // say so instead of reporting where the JSON parser tripped. A 304 carries the archived
  // 200's body but its own (possibly type-less) headers, so only the body decides there.
  const std::string content_type = content_type_of(page);
  if (page.status == 200 && !content_type.empty() && !is_json_content_type(content_type)) {
    return "expected JSON, got " + content_type;
  }
  return parse_json(document, page.body);
}

const char* json_type_name(const rapidjson::Value& value)
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

}  // namespace scout::crawler::github
