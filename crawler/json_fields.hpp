#pragma once

#include <rapidjson/document.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Internal to crawler/: every source reads JSON fields through this one reader, so the same
// problem gets the same message whichever API answered. RapidJSON stays out of public headers.
namespace scout::crawler {

// Typed reads of one JSON object's fields. A required field that is missing, null or of
// the wrong type records "field 'login' of item 3: expected string, got null" (or "got
// nothing" when the field is absent) in the caller's `error` (first problem wins) and
// reads as an empty value; optional fields read as empty/nullopt when missing or null
// but still fail on a wrong type. The caller checks `error` once after reading
// everything, so nothing half-read escapes. Not thread-safe (it writes `error`).
class JsonFields {
public:
  // `where` names the object in messages ("item 3", "model 0"); empty for the response body.
  // A `value` that is not an object records "item 3: expected object, got string".
  JsonFields(const rapidjson::Value& value, std::string& error, std::string where = "", std::string prefix = "");

  std::string string(const char* name) const;
  std::string optional_string(const char* name) const;  // "" when missing or null
  std::int64_t integer(const char* name) const;
  std::optional<std::int64_t> optional_integer(const char* name) const;
  std::optional<bool> optional_bool(const char* name) const;
  std::vector<std::string> optional_strings(const char* name) const;  // array of strings
  // A nested object; its messages name the field as "owner.login".
  JsonFields object(const char* name) const;
  std::optional<JsonFields> optional_object(const char* name) const;
  // A required array field; nullptr (and the error recorded) when it is not one.
  const rapidjson::Value* array(const char* name) const;
  // An optional array field; nullptr when missing or null, or (error recorded) not an array.
  const rapidjson::Value* optional_array(const char* name) const;
  // The field's raw value when present and not null, for fields of more than one type.
  const rapidjson::Value* value(const char* name) const;
  // True when the field is present and not null.
  bool has(const char* name) const;
  // Records that field `name` is not `expected`; `got` is the value found (nullptr: none).
  void fail(const char* name, const char* expected, const rapidjson::Value* got) const;

private:
  const rapidjson::Value* m_object;  // nullptr when the value is not an object
  std::string& m_error;
  std::string m_where;
  std::string m_prefix;
};

// The message for a value of the wrong type: "item 3: expected object, got string";
// without `where`: "body: expected array, got object".
std::string wrong_type(const std::string& where, const char* expected, const rapidjson::Value& got);

// The string member `name` of `object`, or nullopt when `object` is no object or the member
// is absent or not a string. For lenient reads where a bad value is skipped, not an error.
std::optional<std::string> string_member(const rapidjson::Value& object, const char* name);

// Compact JSON text of `value`; UTF-8 is kept as is, not escaped.
std::string to_compact_json(const rapidjson::Value& value);

}  // namespace scout::crawler
