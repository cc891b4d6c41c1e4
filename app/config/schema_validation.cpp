#include "app/config/schema_validation.hpp"

#include "app/config/embedded_config.hpp"
#include "app/config/schema_failure.hpp"
#include "app/config/toml_json.hpp"
#include "common/error.hpp"
#include "common/strings.hpp"

#include <rapidjson/error/en.h>
#include <rapidjson/schema.h>

#include <algorithm>
#include <vector>

namespace scout::config {

namespace {

constexpr std::size_t k_max_reported = 20;

struct Finding {
  std::size_t line;
  std::string message;
};

rapidjson::Document parse_schema(std::string_view text, std::string_view schema_name)
{
  rapidjson::Document schema;
  schema.Parse(text.data(), text.size());
  if (schema.HasParseError()) {
    // A broken embedded schema is a build defect, but say exactly where it is.
    throw Error("embedded " + std::string(schema_name) + ": invalid JSON at offset "
                + std::to_string(schema.GetErrorOffset()) + ": " + rapidjson::GetParseError_En(schema.GetParseError()));
  }
  return schema;
}

Finding make_finding(const toml::table& root, const std::string& path, const rapidjson::SchemaValidator& validator,
                     const rapidjson::Value& schema)
{
  const TomlLocation location = locate(root, validator.GetInvalidDocumentPointer());
  const rapidjson::Value* failed = validator.GetInvalidSchemaPointer().Get(schema);
  const rapidjson::Value empty(rapidjson::kObjectType);
  const std::string reason = describe_failure(location, validator.GetInvalidSchemaKeyword(), failed ? *failed : empty);
  const std::string line = location.line > 0 ? ":" + std::to_string(location.line) : "";
  const std::string key = location.key.empty() ? "(top level)" : location.key;
  return {location.line, path + line + ": " + key + ": " + reason};
}

// Removes the key holding the failure so the next validation pass finds the next one.
// Returns false when nothing could be removed (the failure is at the top level).
bool erase_failed_key(rapidjson::Document& doc, const toml::table& root, const rapidjson::Pointer& at)
{
  const std::size_t depth = locate(root, at).member_depth;
  if (depth == 0) {
    return false;
  }
  return rapidjson::Pointer(at.GetTokens(), depth).Erase(doc);
}

}  // namespace

void validate_settings_table(const toml::table& root, const std::string& path)
{
  validate_table(root, path, settings_schema_json(), "scout.schema.json");
}

void validate_table(const toml::table& root, const std::string& path, std::string_view schema_text,
                    std::string_view schema_name)
{
  const rapidjson::Document schema_json = parse_schema(schema_text, schema_name);
  const rapidjson::SchemaDocument schema(schema_json);
  rapidjson::Document doc = toml_to_json(root, path);

  // RapidJSON 1.1 stops at the first failure: report it, drop that key, validate again.
  std::vector<Finding> findings;
  while (findings.size() < k_max_reported) {
    rapidjson::SchemaValidator validator(schema);
    if (doc.Accept(validator)) {
      break;
    }
    findings.push_back(make_finding(root, path, validator, schema_json));
    if (!erase_failed_key(doc, root, validator.GetInvalidDocumentPointer())) {
      break;
    }
  }
  if (findings.empty()) {
    return;
  }
  std::stable_sort(findings.begin(), findings.end(),
                   [](const Finding& a, const Finding& b) { return a.line < b.line; });
  std::vector<std::string> lines;
  for (const Finding& finding : findings) {
    lines.push_back(finding.message);
  }
  throw ConfigError(join(lines, "\n"));
}

}  // namespace scout::config
