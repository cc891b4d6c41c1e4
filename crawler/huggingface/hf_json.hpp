#pragma once

// Internal to crawler/huggingface: RapidJSON stays out of the parser's public header.

#include "crawler/json_body.hpp"

#include <rapidjson/document.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace scout::crawler::hf {

// Compact JSON text of `value`; UTF-8 is kept as is, not escaped.
std::string to_compact_json(const rapidjson::Value& value);

// parse_json_body and json_type_name are crawler/json_body.hpp's, shared by every source.
// The string member `name`, or nullopt when absent or not a string.
std::optional<std::string> string_member(const rapidjson::Value& object, const char* name);

// Reads typed members of one object. Absent and null members count as absent. The first
// member of the wrong type is remembered (later reads still run but keep that first one).
class JsonFields {
public:
  // `object` must be a JSON object and outlive this reader.
  explicit JsonFields(const rapidjson::Value& object);

  void required_string(const char* name, std::string& out);
  void optional_string(const char* name, std::string& out);
  void required_int(const char* name, std::int64_t& out);
  void optional_int(const char* name, std::optional<std::int64_t>& out);
  void optional_bool(const char* name, std::optional<bool>& out);
  // The array member, or nullptr when absent (a non-array is recorded as a problem).
  const rapidjson::Value* optional_array(const char* name);
  // Records a problem found by the caller, e.g. a bad array element.
  void fail(const char* name, std::string expected);

  bool failed() const { return !m_field.empty(); }
  // "field 'downloads'<where>: expected integer"; empty when nothing failed.
  std::string problem(std::string_view where) const;

private:
  // The member, or nullptr when absent or null.
  const rapidjson::Value* find(const char* name) const;

  const rapidjson::Value& m_object;
  std::string m_field;
  std::string m_expected;
};

}  // namespace scout::crawler::hf
