#include "store/json_text.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace scout::store {

namespace {

void write_string(rapidjson::Writer<rapidjson::StringBuffer>& json, const std::string& value)
{
  json.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
}

}  // namespace

std::string json_array(const std::vector<std::string>& values)
{
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> json(buffer);
  json.StartArray();
  for (const std::string& value : values) {
    write_string(json, value);
  }
  json.EndArray();
  return buffer.GetString();
}

std::string json_pairs(const std::vector<std::pair<std::string, std::string>>& pairs)
{
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> json(buffer);
  json.StartArray();
  for (const auto& [first, second] : pairs) {
    json.StartArray();
    write_string(json, first);
    write_string(json, second);
    json.EndArray();
  }
  json.EndArray();
  return buffer.GetString();
}

}  // namespace scout::store
