#pragma once

#include "ranker/taxonomy.hpp"
#include "ranker/weights.hpp"

#include <string>

namespace scout::app {

// A weights file as `scout rank` uses it: validated against schemas/weights.schema.json,
// mapped to ranker::Weights, with its taxonomy.
struct RankingConfig {
  std::string weights_path;  // as given; "(built-in)" for the shipped defaults
  std::string weights_hash;  // SHA-256 of the file's bytes
  std::string weights_json;  // the file as JSON, stored with the run
  ranker::Weights weights;
  std::string taxonomy_path;
  std::string taxonomy_hash;
  ranker::Taxonomy taxonomy;
};

// Reads `path` (or the built-in config/weights.toml when `path` does not exist and
// `required` is false). Throws ConfigError naming file, line and key for a file that
// fails the schema (unknown signal or specialisation, wrong type, negative half-life...).
RankingConfig load_ranking_config(const std::string& path, bool required);

// The taxonomy in TOML `text` read from `path` (for messages); throws ConfigError naming
// file, line and key.
ranker::Taxonomy parse_taxonomy(const std::string& text, const std::string& path);

}  // namespace scout::app
