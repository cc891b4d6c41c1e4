#include "app/config/embedded_config.hpp"

#include <cassert>

namespace scout::config {

namespace {

std::string_view embedded(std::string_view name)
{
  const std::optional<std::string_view> content = find_embedded(embedded_files(), name);
  // CMakeLists.txt embeds both files; a miss means the list there was edited.
  assert(content.has_value());
  return content.value_or(std::string_view());
}

}  // namespace

std::string_view shipped_default_config() { return embedded("scout.toml"); }

std::string_view settings_schema_json() { return embedded("scout.schema.json"); }

}  // namespace scout::config
