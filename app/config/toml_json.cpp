#include "app/config/toml_json.hpp"

#include "common/error.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace scout::config {

namespace {

using Allocator = rapidjson::Document::AllocatorType;

rapidjson::Value to_json(const toml::node& node, const std::string& key, const std::string& path, Allocator& alloc);

bool source_before(const toml::key* a, const toml::key* b)
{
  const toml::source_position& pa = a->source().begin;
  const toml::source_position& pb = b->source().begin;
  return pa.line != pb.line ? pa.line < pb.line : pa.column < pb.column;
}

rapidjson::Value table_to_json(const toml::table& table, const std::string& key, const std::string& path,
                               Allocator& alloc)
{
  // toml++ keeps keys sorted by name; re-order them as they appear in the file.
  std::vector<const toml::key*> keys;
  for (auto&& [k, v] : table) {
    keys.push_back(&k);
  }
  std::stable_sort(keys.begin(), keys.end(), source_before);

  rapidjson::Value object(rapidjson::kObjectType);
  for (const toml::key* k : keys) {
    const std::string name(k->str());
    const std::string child = key.empty() ? name : key + "." + name;
    rapidjson::Value json_name(name.data(), static_cast<rapidjson::SizeType>(name.size()), alloc);
    object.AddMember(json_name, to_json(*table.get(name), child, path, alloc), alloc);
  }
  return object;
}

rapidjson::Value array_to_json(const toml::array& array, const std::string& key, const std::string& path,
                               Allocator& alloc)
{
  rapidjson::Value out(rapidjson::kArrayType);
  for (std::size_t i = 0; i < array.size(); ++i) {
    out.PushBack(to_json(array[i], key + "[" + std::to_string(i) + "]", path, alloc), alloc);
  }
  return out;
}

rapidjson::Value to_json(const toml::node& node, const std::string& key, const std::string& path, Allocator& alloc)
{
  switch (node.type()) {
  case toml::node_type::table: return table_to_json(*node.as_table(), key, path, alloc);
  case toml::node_type::array: return array_to_json(*node.as_array(), key, path, alloc);
  case toml::node_type::string: {
    const std::string& text = node.as_string()->get();
    return rapidjson::Value(text.data(), static_cast<rapidjson::SizeType>(text.size()), alloc);
  }
  case toml::node_type::integer: return rapidjson::Value(static_cast<std::int64_t>(node.as_integer()->get()));
  case toml::node_type::floating_point: return rapidjson::Value(node.as_floating_point()->get());
  case toml::node_type::boolean: return rapidjson::Value(node.as_boolean()->get());
  default:
    throw ConfigError(path + ":" + std::to_string(node.source().begin.line) + ": " + key
                      + ": dates and times are not valid in this file; use a string or number");
  }
}

}  // namespace

rapidjson::Document toml_to_json(const toml::table& root, const std::string& path)
{
  rapidjson::Document doc;
  rapidjson::Value object = table_to_json(root, "", path, doc.GetAllocator());
  // GenericValue's assignment moves the tree (same allocator) into the document root.
  static_cast<rapidjson::Value&>(doc) = object;
  return doc;
}

}  // namespace scout::config
