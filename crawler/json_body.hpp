#pragma once

#include "crawler/task_parser.hpp"

#include <rapidjson/document.h>

#include <string>

// Internal to crawler/: the sources' parsers share these; RapidJSON stays out of public headers.
namespace scout::crawler {

// Parses a page whose body must be JSON into `document`, by one rule for every source.
// Returns "" on success, else why the body is not JSON, without the URL (the caller adds it):
//   a 200 that announces another type: "expected JSON, got text/html: \"<!DOCTYPE html>...\""
//   an empty body:                      "expected JSON, got an empty body"
//   text that cannot start JSON:        "expected JSON, got \"Temporary Redirect...\""
//   JSON that does not parse:           "expected JSON, got malformed JSON at byte 46: ..."
// A 304 carries the archived 200's body under its own (possibly type-less) headers, so only
// a 200's Content-Type is read.
std::string parse_json_body(const FetchedPage& page, rapidjson::Document& document);

// The JSON type for messages: "object", "array", "string", "integer", "number", "boolean"
// or "null".
std::string json_type_name(const rapidjson::Value& value);

}  // namespace scout::crawler
