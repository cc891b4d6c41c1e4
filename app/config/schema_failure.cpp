#include "app/config/schema_failure.hpp"

#include "app/config/toml_text.hpp"
#include "common/strings.hpp"

#include <sstream>
#include <vector>

namespace scout::config {

namespace {

// JSON Schema type names as a TOML user knows them.
std::string toml_type_name(std::string_view json_type)
{
  if (json_type == "object") {
    return "table";
  }
  return std::string(json_type);
}

std::string expected_types(const rapidjson::Value& schema)
{
  if (!schema.HasMember("type")) {
    return "another type";
  }
  const rapidjson::Value& type = schema["type"];
  if (type.IsString()) {
    return toml_type_name(type.GetString());
  }
  std::vector<std::string> names;
  for (const rapidjson::Value& t : type.GetArray()) {
    names.push_back(toml_type_name(t.GetString()));
  }
  return join(names, " or ");
}

bool is_secret(const TomlLocation& location) { return location.key.find("token_env") != std::string::npos; }

// The value as TOML text: 5, 1.5, true, "many".
std::string value_text(const toml::node& node)
{
  if (const toml::value<std::string>* s = node.as_string()) {
    return toml_text(s->get());
  }
  if (const toml::value<std::int64_t>* i = node.as_integer()) {
    return toml_text(i->get());
  }
  if (const toml::value<bool>* b = node.as_boolean()) {
    return toml_text(b->get());
  }
  std::ostringstream out;
  node.visit([&out](const auto& v) { out << v; });
  return out.str();
}

std::string node_type_name(const toml::node& node)
{
  switch (node.type()) {
  case toml::node_type::table: return "table";
  case toml::node_type::array: return "array";
  case toml::node_type::string: return "string";
  case toml::node_type::integer: return "integer";
  case toml::node_type::floating_point: return "float";
  case toml::node_type::boolean: return "boolean";
  default: return "date/time";
  }
}

// "string \"many\"", "integer 5", "table".
std::string describe_value(const TomlLocation& location)
{
  if (location.node == nullptr) {
    return "nothing";
  }
  const toml::node& node = *location.node;
  if (node.is_table() || node.is_array()) {
    return node_type_name(node);
  }
  if (is_secret(location)) {
    return node_type_name(node) + " (value not shown)";
  }
  return node_type_name(node) + " " + value_text(node);
}

std::string number_text(const rapidjson::Value& number)
{
  if (number.IsInt64()) {
    return std::to_string(number.GetInt64());
  }
  std::ostringstream out;
  out << number.GetDouble();
  return out.str();
}

std::string shown_value(const TomlLocation& location)
{
  if (location.node == nullptr || is_secret(location)) {
    return "the value";
  }
  return value_text(*location.node);
}

std::string allowed_keys(const rapidjson::Value& schema)
{
  std::vector<std::string> names;
  if (schema.HasMember("properties")) {
    for (const auto& member : schema["properties"].GetObject()) {
      names.emplace_back(member.name.GetString());
    }
  }
  return names.empty() ? "unknown key" : "unknown key (allowed: " + join(names, ", ") + ")";
}

// "\"pdf\" is not one of csv, json, markdown, html".
std::string enum_failure(const TomlLocation& location, const rapidjson::Value& schema)
{
  std::vector<std::string> allowed;
  for (const rapidjson::Value& value : schema["enum"].GetArray()) {
    allowed.push_back(value.IsString() ? value.GetString() : "?");
  }
  return shown_value(location) + " is not one of " + join(allowed, ", ");
}

std::string describe_string_failure(const TomlLocation& location, std::string_view keyword,
                                    const rapidjson::Value& schema)
{
  if (keyword == "minLength") {
    const std::int64_t min = schema["minLength"].GetInt64();
    return min == 1 ? "must not be empty" : "must be at least " + std::to_string(min) + " characters";
  }
  if (keyword == "pattern" && is_secret(location)) {
    return "is not an environment variable name (letters, digits and _, not starting with a digit)";
  }
  if (keyword == "pattern") {
    std::string reason = shown_value(location) + " does not match the pattern " + schema["pattern"].GetString();
    if (schema.HasMember("description") && schema["description"].IsString()) {
      reason += std::string(" (expected ") + schema["description"].GetString() + ")";
    }
    return reason;
  }
  // Only token_env uses "not": it rejects strings shaped like GitHub/Hugging Face tokens.
  return "looks like a token, not the name of an environment variable; put the token in the "
         "environment and write the variable's name here";
}

}  // namespace

TomlLocation locate(const toml::table& root, const rapidjson::Pointer& pointer)
{
  TomlLocation location;
  const toml::node* current = &root;
  const rapidjson::Pointer::Token* tokens = pointer.GetTokens();
  for (std::size_t i = 0; i < pointer.GetTokenCount() && current != nullptr; ++i) {
    const std::string_view name(tokens[i].name, tokens[i].length);
    if (const toml::table* table = current->as_table()) {
      auto it = table->find(name);
      current = it == table->end() ? nullptr : &it->second;
      location.key += (location.key.empty() ? "" : ".") + std::string(name);
      location.line = it == table->end() ? 0 : it->first.source().begin.line;
      location.member_depth = i + 1;
    } else if (const toml::array* array = current->as_array()) {
      const std::size_t index = tokens[i].index;
      current = index < array->size() ? array->get(index) : nullptr;
      location.key += "[" + std::string(name) + "]";
      location.line = current ? current->source().begin.line : location.line;
    } else {
      current = nullptr;
    }
  }
  location.node = current;
  return location;
}

std::string describe_failure(const TomlLocation& location, std::string_view keyword, const rapidjson::Value& schema)
{
  const std::string name(keyword);
  const bool needs_member = keyword == "minimum" || keyword == "maximum" || keyword == "minLength"
                            || keyword == "pattern" || keyword == "enum" || keyword == "minItems";
  if (!schema.IsObject() || (needs_member && !schema.HasMember(name.c_str()))) {
    return "invalid value (fails \"" + name + "\" in scout.schema.json)";
  }
  if (keyword == "type") {
    return "expected " + expected_types(schema) + ", got " + describe_value(location);
  }
  if (keyword == "minimum") {
    return shown_value(location) + " is below the minimum " + number_text(schema["minimum"]);
  }
  if (keyword == "maximum") {
    return shown_value(location) + " is above the maximum " + number_text(schema["maximum"]);
  }
  if (keyword == "additionalProperties") {
    return allowed_keys(schema);
  }
  if (keyword == "enum" && schema["enum"].IsArray()) {
    return enum_failure(location, schema);
  }
  if (keyword == "uniqueItems") {
    return "repeats an earlier value (each may be listed once)";
  }
  if (keyword == "minItems") {
    return "must list at least " + number_text(schema["minItems"]);
  }
  if (keyword == "minLength" || keyword == "pattern" || keyword == "not") {
    return describe_string_failure(location, keyword, schema);
  }
  return "invalid value (fails \"" + name + "\" in scout.schema.json)";
}

}  // namespace scout::config
