#include "crawler/huggingface/hf_json.hpp"

#include "common/json_parse.hpp"
#include "common/strings.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cassert>
#include <cctype>

namespace scout::crawler::hf {

std::string to_compact_json(const rapidjson::Value& value)
{
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

std::optional<std::string> string_member(const rapidjson::Value& object, const char* name)
{
  if (!object.IsObject()) {
    return std::nullopt;
  }
  const auto member = object.FindMember(name);
  if (member == object.MemberEnd() || !member->value.IsString()) {
    return std::nullopt;
  }
  return std::string(member->value.GetString(), member->value.GetStringLength());
}

JsonFields::JsonFields(const rapidjson::Value& object) : m_object(object)
{
  assert(object.IsObject());  // callers check the shape before reading fields
}

const rapidjson::Value* JsonFields::find(const char* name) const
{
  const auto member = m_object.FindMember(name);
  if (member == m_object.MemberEnd() || member->value.IsNull()) {
    return nullptr;
  }
  return &member->value;
}

void JsonFields::fail(const char* name, std::string expected)
{
  if (m_field.empty()) {
    m_field = name;
    m_expected = std::move(expected);
  }
}

void JsonFields::required_string(const char* name, std::string& out)
{
  if (find(name) == nullptr) {
    fail(name, "string, got nothing");
    return;
  }
  optional_string(name, out);
}

void JsonFields::optional_string(const char* name, std::string& out)
{
  const rapidjson::Value* value = find(name);
  if (value == nullptr) {
    return;
  }
  if (!value->IsString()) {
    fail(name, "string, got " + json_type_name(*value));
    return;
  }
  out.assign(value->GetString(), value->GetStringLength());
}

void JsonFields::required_int(const char* name, std::int64_t& out)
{
  std::optional<std::int64_t> value;
  if (find(name) == nullptr) {
    fail(name, "integer, got nothing");
    return;
  }
  optional_int(name, value);
  out = value.value_or(out);
}

void JsonFields::optional_int(const char* name, std::optional<std::int64_t>& out)
{
  const rapidjson::Value* value = find(name);
  if (value == nullptr) {
    return;
  }
  if (!value->IsInt64()) {
    fail(name, "integer, got " + json_type_name(*value));
    return;
  }
  out = value->GetInt64();
}

void JsonFields::optional_bool(const char* name, std::optional<bool>& out)
{
  const rapidjson::Value* value = find(name);
  if (value == nullptr) {
    return;
  }
  if (!value->IsBool()) {
    fail(name, "boolean, got " + json_type_name(*value));
    return;
  }
  out = value->GetBool();
}

const rapidjson::Value* JsonFields::optional_array(const char* name)
{
  const rapidjson::Value* value = find(name);
  if (value != nullptr && !value->IsArray()) {
    fail(name, "array, got " + json_type_name(*value));
    return nullptr;
  }
  return value;
}

std::string JsonFields::problem(std::string_view where) const
{
  if (m_field.empty()) {
    return "";
  }
  return "field '" + m_field + "'" + std::string(where) + ": expected " + m_expected;
}

}  // namespace scout::crawler::hf
