#include "app/ranking/ranking_files.hpp"
#include "common/error.hpp"

#include <toml++/toml.h>

namespace scout::app {

namespace {

[[noreturn]] void fail(const std::string& path, const toml::node* node, const std::string& key, const std::string& why)
{
  const std::string line = node != nullptr ? ":" + std::to_string(node->source().begin.line) : "";
  throw ConfigError(path + line + ": " + key + ": " + why);
}

std::vector<std::string> strings(const toml::node* node, const std::string& path, const std::string& key)
{
  std::vector<std::string> values;
  if (node == nullptr) {
    return values;
  }
  const toml::array* array = node->as_array();
  if (array == nullptr) {
    fail(path, node, key, "expected an array of strings");
  }
  for (const toml::node& item : *array) {
    const std::optional<std::string> value = item.value<std::string>();
    if (!value || value->empty()) {
      fail(path, &item, key, "expected a non-empty string");
    }
    values.push_back(*value);
  }
  return values;
}

std::string required_string(const toml::table& table, const char* name, const std::string& path, const std::string& key)
{
  const std::optional<std::string> value = table[name].value<std::string>();
  if (!value || value->empty()) {
    fail(path, table.get(name) != nullptr ? table.get(name) : &table, key + "." + name, "expected a non-empty string");
  }
  return *value;
}

ranker::Specialisation specialisation(const toml::table& table, const std::string& path, const std::string& key)
{
  ranker::Specialisation spec;
  spec.key = required_string(table, "key", path, key);
  spec.display_name = required_string(table, "name", path, key);
  spec.vocabulary = strings(table.get("vocabulary"), path, key + ".vocabulary");
  spec.notable_projects = strings(table.get("notable_projects"), path, key + ".notable_projects");
  spec.band = table["band"].value_or(std::string());
  for (const auto& [name, node] : table) {
    const std::string_view n = name.str();
    if (n != "key" && n != "name" && n != "vocabulary" && n != "notable_projects" && n != "band") {
      fail(path, &node, key + "." + std::string(n),
           "unknown key (allowed: key, name, vocabulary, notable_projects, band)");
    }
  }
  return spec;
}

}  // namespace

ranker::Taxonomy parse_taxonomy(const std::string& text, const std::string& path)
{
  toml::table root;
  try {
    root = toml::parse(text, std::string_view(path));
  } catch (const toml::parse_error& e) {
    throw ConfigError(path + ":" + std::to_string(e.source().begin.line)
                      + ": TOML syntax error: " + std::string(e.description()));
  }
  ranker::Taxonomy taxonomy;
  taxonomy.list_phrases = strings(root.get("list_phrases"), path, "list_phrases");
  taxonomy.prompt_phrases = strings(root.get("prompt_phrases"), path, "prompt_phrases");
  const toml::array* specs = root["specialisation"].as_array();
  if (specs == nullptr || specs->empty() || specs->size() > ranker::k_max_specialisations) {
    fail(path, root.get("specialisation"), "specialisation", "expected 1 to 16 [[specialisation]] tables");
  }
  for (std::size_t i = 0; i < specs->size(); ++i) {
    const std::string key = "specialisation[" + std::to_string(i) + "]";
    const toml::table* table = (*specs)[i].as_table();
    if (table == nullptr) {
      fail(path, &(*specs)[i], key, "expected a table");
    }
    taxonomy.specialisations.push_back(specialisation(*table, path, key));
  }
  return taxonomy;
}

}  // namespace scout::app
