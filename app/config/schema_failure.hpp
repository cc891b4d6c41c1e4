#pragma once

// Internal to scout_config: includes toml++ and RapidJSON.

#include <rapidjson/document.h>
#include <rapidjson/pointer.h>
#include <toml++/toml.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace scout::config {

// Where a validator's JSON pointer lands in the TOML tree it was converted from.
struct TomlLocation {
  const toml::node* node = nullptr;  // the offending value; nullptr when not found
  std::string key;                   // "crawl.concurrency", "sources.github.seed_repos[1]"
  std::size_t line = 0;              // line of the key (or array element); 0 when unknown
  std::size_t member_depth = 0;      // pointer tokens up to the last table key: erasing that
                                     // prefix removes the whole key from the document
};

// Walks `pointer` through `root`, table keys and array indices alike.
TomlLocation locate(const toml::table& root, const rapidjson::Pointer& pointer);

// Why the value at `location` failed `keyword` of the failing subschema `schema`, e.g.
// "0 is below the minimum 1" or "unknown key (allowed: a, b)". Never quotes the value of
// a token_env key, in case someone pasted a token there.
std::string describe_failure(const TomlLocation& location, std::string_view keyword, const rapidjson::Value& schema);

}  // namespace scout::config
