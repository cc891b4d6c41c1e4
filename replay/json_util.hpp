#pragma once

// Internal to scout_replay: RapidJSON helpers. Keep this header out of public headers.

#include <rapidjson/document.h>

#include <string>
#include <string_view>

namespace scout::replay {

// Parses `text`; throws scout::ConfigError "<label>:<line>: invalid JSON: <reason>".
rapidjson::Document parse_json(std::string_view text, const std::string& label);

// Compact serialisation of a JSON value.
std::string to_compact_json(const rapidjson::Value& value);

// `{"message":"<message>"}`, GitHub's error body shape.
std::string message_json(std::string_view message);

// A JSON string literal (quoted and escaped).
std::string json_string(std::string_view text);

}  // namespace scout::replay
