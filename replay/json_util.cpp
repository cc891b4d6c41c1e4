#include "replay/json_util.hpp"

#include "common/error.hpp"
#include "common/json_parse.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>

namespace scout::replay {

rapidjson::Document parse_json(std::string_view text, const std::string& label)
{
  rapidjson::Document document;
  if (const std::string error = scout::parse_json(document, text); !error.empty()) {
    const std::size_t offset = std::min(document.GetErrorOffset(), text.size());
    const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n');
    throw ConfigError(label + ":" + std::to_string(line) + ": invalid JSON: " + error);
  }
  return document;
}

std::string to_compact_json(const rapidjson::Value& value)
{
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

std::string message_json(std::string_view message) { return "{\"message\":" + json_string(message) + "}"; }

std::string json_string(std::string_view text)
{
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace scout::replay
