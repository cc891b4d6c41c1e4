#pragma once

#include "crawler/task_parser.hpp"

#include <rapidjson/document.h>

#include <string>

// Internal to crawler/github: the only GitHub headers that expose RapidJSON.
namespace scout::crawler::github {

// Parses `page.body` into `document`. Returns "" on success, else why the body is not
// JSON ("expected JSON, got text/html; charset=utf-8" or "malformed JSON at byte N: ...");
// the caller prefixes the URL.
std::string parse_json_body(const FetchedPage& page, rapidjson::Document& document);

// "object", "array", "string", "integer", "number", "boolean" or "null".
const char* json_type_name(const rapidjson::Value& value);

}  // namespace scout::crawler::github
