#include "app/config/settings_from_toml.hpp"

#include "app/config/load_settings.hpp"
#include "app/config/settings_fields.hpp"
#include "common/error.hpp"

#include <cstdint>
#include <cstdio>
#include <limits>
#include <string_view>
#include <vector>

namespace scout::config {

namespace {

// Visitor for for_each_field(): overwrites each field whose key is present in the table.
class FieldReader {
public:
  FieldReader(const toml::table& root, const std::string& path) : m_root(root), m_path(path) {}

  void operator()(std::string_view table, std::string_view key, std::string& field) const
  {
    if (const toml::node* node = find(table, key)) {
      field = expect<std::string>(*node, table, key, "string");
    }
  }

  void operator()(std::string_view table, std::string_view key, bool& field) const
  {
    if (const toml::node* node = find(table, key)) {
      field = expect<bool>(*node, table, key, "boolean");
    }
  }

  void operator()(std::string_view table, std::string_view key, std::int64_t& field) const
  {
    if (const toml::node* node = find(table, key)) {
      field = expect<std::int64_t>(*node, table, key, "integer");
    }
  }

  void operator()(std::string_view table, std::string_view key, int& field) const
  {
    const toml::node* node = find(table, key);
    if (node == nullptr) {
      return;
    }
    // TOML integers are 64-bit; refuse rather than truncate.
    const std::int64_t value = expect<std::int64_t>(*node, table, key, "integer");
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
      fail(*node, table, key,
           std::to_string(value) + " is out of range (at most " + std::to_string(std::numeric_limits<int>::max())
             + ")");
    }
    field = static_cast<int>(value);
  }

  void operator()(std::string_view table, std::string_view key, std::vector<std::string>& field) const
  {
    const toml::node* node = find(table, key);
    if (node == nullptr) {
      return;
    }
    if (node->is_string()) {
      field = {node->as_string()->get()};
      return;
    }
    const toml::array* array = node->as_array();
    if (array == nullptr) {
      fail(*node, table, key, "expected array of strings");
    }
    field.clear();
    for (const toml::node& element : *array) {
      field.push_back(expect<std::string>(element, table, key, "array of strings"));
    }
  }

private:
  const toml::node* find(std::string_view table, std::string_view key) const
  {
    return m_root.at_path(std::string(table) + "." + std::string(key)).node();
  }

  template<class T>
  T expect(const toml::node& node, std::string_view table, std::string_view key, std::string_view type) const
  {
    if (std::optional<T> value = node.value_exact<T>()) {
      return *value;
    }
    fail(node, table, key, "expected " + std::string(type));
  }

  [[noreturn]] void fail(const toml::node& node, std::string_view table, std::string_view key,
                         const std::string& reason) const
  {
    throw ConfigError(m_path + ":" + std::to_string(node.source().begin.line) + ": " + std::string(table) + "."
                      + std::string(key) + ": " + reason);
  }

  const toml::table& m_root;
  const std::string& m_path;
};

// A value sent as an HTTP header must hold no control character but a tab (which HTTP
// allows): "\r\n" in it would inject headers of the file's choosing.
void require_header_value(const toml::table& root, const std::string& path, const std::string& key,
                          const std::string& value)
{
  for (std::size_t i = 0; i < value.size(); ++i) {
    const auto c = static_cast<unsigned char>(value[i]);
    if ((c < 0x20 && c != '\t') || c == 0x7F) {
      char code[8];
      std::snprintf(code, sizeof code, "U+%04X", c);
      const toml::node* node = root.at_path(key).node();
      const std::string line = node != nullptr ? std::to_string(node->source().begin.line) : "?";
      throw ConfigError(path + ":" + line + ": " + key + ": contains the control character " + code + " at byte "
                        + std::to_string(i) + "; an HTTP header value must be a single line");
    }
  }
}

}  // namespace

Settings settings_from_toml(const toml::table& root, const std::string& path)
{
  Settings settings = default_settings();
  settings.source = path;
  for_each_field(settings, FieldReader(root, path));
  require_header_value(root, path, "crawl.user_agent", settings.crawl.user_agent);
  return settings;
}

}  // namespace scout::config
