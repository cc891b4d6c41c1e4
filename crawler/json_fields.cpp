#include "crawler/json_fields.hpp"

#include "crawler/json_body.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <utility>

namespace scout::crawler {

std::string wrong_type(const std::string& where, const char* expected, const rapidjson::Value& got)
{
  return (where.empty() ? std::string("body") : where) + ": expected " + expected + ", got " + json_type_name(got);
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

std::string to_compact_json(const rapidjson::Value& value)
{
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

JsonFields::JsonFields(const rapidjson::Value& value, std::string& error, std::string where, std::string prefix)
  : m_object(value.IsObject() ? &value : nullptr), m_error(error), m_where(std::move(where)),
    m_prefix(std::move(prefix))
{
  if (m_object == nullptr && m_error.empty()) {
    m_error = wrong_type(m_where, "object", value);
  }
}

const rapidjson::Value* JsonFields::value(const char* name) const
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

bool JsonFields::has(const char* name) const { return value(name) != nullptr; }

void JsonFields::fail(const char* name, const char* expected, const rapidjson::Value* got) const
{
  if (!m_error.empty()) {
    return;
  }
  m_error = "field '" + m_prefix + name + "'";
  if (!m_where.empty()) {
    m_error += " of " + m_where;
  }
  m_error += std::string(": expected ") + expected + ", got ";
  if (got != nullptr) {
    m_error += json_type_name(*got);
  } else {
    // An explicit null and an absent field are different mistakes in an API answer.
    const bool present = m_object != nullptr && m_object->FindMember(name) != m_object->MemberEnd();
    m_error += present ? "null" : "nothing";
  }
}

std::string JsonFields::string(const char* name) const
{
  const rapidjson::Value* found = value(name);
  if (found == nullptr || !found->IsString()) {
    fail(name, "string", found);
    return "";
  }
  return std::string(found->GetString(), found->GetStringLength());
}

std::string JsonFields::optional_string(const char* name) const { return has(name) ? string(name) : ""; }

std::int64_t JsonFields::integer(const char* name) const
{
  const rapidjson::Value* found = value(name);
  if (found == nullptr || !found->IsInt64()) {
    fail(name, "integer", found);
    return 0;
  }
  return found->GetInt64();
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
  const rapidjson::Value* found = value(name);
  if (found == nullptr) {
    return std::nullopt;
  }
  if (!found->IsBool()) {
    fail(name, "boolean", found);
    return std::nullopt;
  }
  return found->GetBool();
}

std::vector<std::string> JsonFields::optional_strings(const char* name) const
{
  std::vector<std::string> result;
  const rapidjson::Value* found = value(name);
  if (found == nullptr) {
    return result;
  }
  if (!found->IsArray()) {
    fail(name, "array of strings", found);
    return result;
  }
  for (const rapidjson::Value& item : found->GetArray()) {
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
  const rapidjson::Value* found = value(name);
  if (found == nullptr || !found->IsObject()) {
    fail(name, "object", found);
    return JsonFields(k_empty_object, m_error, m_where, m_prefix + name + ".");
  }
  return JsonFields(*found, m_error, m_where, m_prefix + name + ".");
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
  const rapidjson::Value* found = value(name);
  if (found == nullptr || !found->IsArray()) {
    fail(name, "array", found);
    return nullptr;
  }
  return found;
}

const rapidjson::Value* JsonFields::optional_array(const char* name) const { return has(name) ? array(name) : nullptr; }

}  // namespace scout::crawler
