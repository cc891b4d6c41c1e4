#pragma once

#include <string>
#include <utility>
#include <vector>

namespace scout::store {

// ["a","b"] as compact JSON text (for the *_json columns).
std::string json_array(const std::vector<std::string>& values);

// [["rel","href"],...] as compact JSON text.
std::string json_pairs(const std::vector<std::pair<std::string, std::string>>& pairs);

}  // namespace scout::store
