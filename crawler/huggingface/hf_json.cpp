#include "crawler/huggingface/hf_json.hpp"

#include "common/json_parse.hpp"
#include "common/strings.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cassert>
#include <cctype>

namespace scout::crawler::hf {

namespace {

constexpr std::size_t k_snippet_bytes = 40;

// The start of a body for an error message: control characters become spaces and a
// multi-byte UTF-8 character is never cut in half.
std::string body_snippet(std::string_view body)
{
  const std::string_view content = trim(body);
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

}  // namespace

std::string parse_json_page(std::string_view url, std::string_view body, rapidjson::Document& document)
{
  const std::string_view content = trim(body);
  if (content.empty()) {
    return std::string(url) + ": expected JSON, got an empty body";
  }
  // An HTML error page or plain text: say what it is rather than where parsing stopped.
  if (content.front() != '{' && content.front() != '[') {
    return std::string(url) + ": expected JSON, got " + body_snippet(body);
  }
  if (std::string error = parse_json(document, body); !error.empty()) {
    return std::string(url) + ": expected JSON, got " + error;
  }
  return "";
}

std::string to_compact_json(const rapidjson::Value& value)
{
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

std::string json_type_name(const rapidjson::Value& value)
{
  if (value.IsObject()) {
    return "an object";
  }
  if (value.IsArray()) {
    return "an array";
  }
  if (value.IsString()) {
    return "a string";
  }
  if (value.IsNumber()) {
    return "a number";
  }
  if (value.IsBool()) {
    return "a boolean";
  }
  return "null";
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
