#include "app/identity/overrides_file.hpp"

#include "app/config/toml_text.hpp"
#include "common/error.hpp"
#include "common/strings.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace scout::app {

namespace {

std::string where(const std::string& path, const toml::node& node)
{
  return path + ":" + std::to_string(node.source().begin.line);
}

AccountRef account_at(const std::string& path, const toml::table& entry, const char* key, const std::string& table)
{
  const toml::node* node = entry.get(key);
  if (node == nullptr || !node->is_string()) {
    throw ConfigError(where(path, entry) + ": " + table + "." + key
                      + ": expected an account string such as \"github:login\"");
  }
  try {
    return parse_account_ref(node->as_string()->get());
  } catch (const Error& e) {
    throw ConfigError(where(path, *node) + ": " + table + "." + key + ": " + e.what());
  }
}

OverrideEntry entry_from(const std::string& path, const toml::node& node, const std::string& table)
{
  const toml::table* entry = node.as_table();
  if (entry == nullptr) {
    throw ConfigError(where(path, node) + ": " + table + ": expected [[" + table + "]] tables with a and b");
  }
  for (const auto& [key, value] : *entry) {
    if (key != "a" && key != "b") {
      throw ConfigError(where(path, value) + ": " + table + "." + std::string(key.str())
                        + ": unknown key (an override has only a and b)");
    }
  }
  return {table == "merge", account_at(path, *entry, "a", table), account_at(path, *entry, "b", table),
          static_cast<int>(entry->source().begin.line)};
}

}  // namespace

std::vector<OverrideEntry> read_overrides(const std::string& path)
{
  if (!std::filesystem::exists(path)) {
    return {};
  }
  toml::table root;
  try {
    root = toml::parse(read_file(path), path);
  } catch (const toml::parse_error& e) {
    throw ConfigError(path + ":" + std::to_string(e.source().begin.line) + ": " + std::string(e.description()));
  }
  std::vector<OverrideEntry> entries;
  for (const auto& [key, value] : root) {
    const std::string table(key.str());
    const toml::array* list = value.as_array();
    if ((table != "merge" && table != "split") || list == nullptr) {
      throw ConfigError(where(path, value) + ": " + table + ": unknown table (use [[merge]] or [[split]])");
    }
    for (const toml::node& item : *list) {
      entries.push_back(entry_from(path, item, table));
    }
  }
  std::stable_sort(entries.begin(), entries.end(),
                   [](const OverrideEntry& x, const OverrideEntry& y) { return x.line < y.line; });
  return entries;
}

void append_override(const std::string& path, const OverrideEntry& entry)
{
  const bool existed = std::filesystem::exists(path);
  std::ofstream out(path, std::ios::app);
  if (!out) {
    throw Error(path + ": cannot write the identity overrides file (check the folder exists and is writable)");
  }
  if (!existed) {
    out << "# Identity overrides: they win over evidence. Written by `scout link --merge/--split`;\n"
           "# edit freely (accounts: github:login, hf:user, arxiv:Full Name).\n";
  }
  out << "\n[[" << (entry.merge ? "merge" : "split") << "]]\n"
      << "a = " << config::toml_text(entry.a.text()) << "\n"
      << "b = " << config::toml_text(entry.b.text()) << "\n";
  if (!out.flush()) {
    throw Error(path + ": cannot write the identity overrides file");
  }
}

}  // namespace scout::app
