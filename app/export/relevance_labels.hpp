#pragma once

#include "store/database.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace scout::app {

// A recruiter's judgement of people, for `scout evaluate`.
struct RelevanceLabels {
  std::map<std::int64_t, int> by_person;  // person id -> relevance 0..3
  std::vector<std::string> unknown;       // lines naming no linked account or person
};

// Reads a labels CSV: `who,relevance` per line (an optional header line), `who` being
// github:LOGIN, hf:USER (or huggingface:USER), arxiv:Full Name, person:ID or a bare person
// id; relevance 0 (not a fit) to 3 (exactly who we want). '#' lines and blank lines are
// skipped. Throws ConfigError naming the file and line for a malformed line; a label for
// an account this database does not know is kept in `unknown`, not fatal.
RelevanceLabels read_relevance_labels(const std::string& path, store::Database& db);

}  // namespace scout::app
