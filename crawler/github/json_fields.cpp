#include "crawler/github/json_fields.hpp"

#include "crawler/json_body.hpp"

#include <utility>

namespace scout::crawler::github {

std::string wrong_type(const std::string& where, const char* expected, const rapidjson::Value& got)
{
  return (where.empty() ? std::string("body") : where) + ": expected " + expected + ", got " + json_type_name(got);
}

JsonFields::JsonFields(const rapidjson::Value& value, std::string& error, std::string where, std::string prefix)
  : m_object(value.IsObject() ? &value : nullptr), m_error(error), m_where(std::move(where)),
    m_prefix(std::move(prefix))
{
  if (m_object == nullptr && m_error.empty()) {
    m_error = wrong_type(m_where, "object", value);
  }
}

const rapidjson::Value* JsonFields::member(const char* name) const
{
  if (m_object == nullptr) {
    return nullptr;
  }
  const auto it = m_object->FindMember(name);
  if (it == m_object->MemberEnd() || it->value.IsNull()) {
    return nullptr;
  }
  return &it->value;
}

bool JsonFields::has(const char* name) const { return member(name) != nullptr; }

void JsonFields::fail(const char* name, const char* expected, const rapidjson::Value* got) const
{
  if (!m_error.empty()) {
    return;
  }
  m_error = "field '" + m_prefix + name + "'";
  if (!m_where.empty()) {
    m_error += " of " + m_where;
  }
  m_error += std::string(": expected ") + expected;
  m_error += got == nullptr ? ", but it is missing or null" : std::string(", got ") + json_type_name(*got);
}

std::string JsonFields::string(const char* name) const
{
  const rapidjson::Value* value = member(name);
  if (value == nullptr || !value->IsString()) {
    fail(name, "string", value);
    return "";
  }
  return std::string(value->GetString(), value->GetStringLength());
}

std::string JsonFields::optional_string(const char* name) const { return has(name) ? string(name) : ""; }

std::int64_t JsonFields::integer(const char* name) const
{
  const rapidjson::Value* value = member(name);
  if (value == nullptr || !value->IsInt64()) {
    fail(name, "integer", value);
    return 0;
  }
  return value->GetInt64();
}

std::optional<std::int64_t> JsonFields::optional_integer(const char* name) const
{
  if (!has(name)) {
    return std::nullopt;
  }
  return integer(name);
}

std::optional<bool> JsonFields::optional_bool(const char* name) const
{
  const rapidjson::Value* value = member(name);
  if (value == nullptr) {
    return std::nullopt;
  }
  if (!value->IsBool()) {
    fail(name, "boolean", value);
    return std::nullopt;
  }
  return value->GetBool();
}

std::vector<std::string> JsonFields::optional_strings(const char* name) const
{
  std::vector<std::string> result;
  const rapidjson::Value* value = member(name);
  if (value == nullptr) {
    return result;
  }
  if (!value->IsArray()) {
    fail(name, "array of strings", value);
    return result;
  }
  for (const rapidjson::Value& item : value->GetArray()) {
    if (!item.IsString()) {
      fail(name, "array of strings", &item);
      return {};
    }
    result.emplace_back(item.GetString(), item.GetStringLength());
  }
  return result;
}

JsonFields JsonFields::object(const char* name) const
{
  static const rapidjson::Value k_empty_object(rapidjson::kObjectType);
  const rapidjson::Value* value = member(name);
  if (value == nullptr || !value->IsObject()) {
    fail(name, "object", value);
    return JsonFields(k_empty_object, m_error, m_where, m_prefix + name + ".");
  }
  return JsonFields(*value, m_error, m_where, m_prefix + name + ".");
}

std::optional<JsonFields> JsonFields::optional_object(const char* name) const
{
  if (!has(name)) {
    return std::nullopt;
  }
  return object(name);
}

const rapidjson::Value* JsonFields::array(const char* name) const
{
  const rapidjson::Value* value = member(name);
  if (value == nullptr || !value->IsArray()) {
    fail(name, "array", value);
    return nullptr;
  }
  return value;
}

}  // namespace scout::crawler::github
