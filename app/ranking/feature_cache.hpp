#pragma once

#include "app/ranking/ranking_files.hpp"
#include "ranker/features.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace scout::app {

// The features of one crawl state, as cached in the database between runs
// (store/ranking_cache): a weight change re-scores from them without reading the crawled
// tables or extracting again.
struct CachedFeatures {
  std::string as_of;  // YYYY-MM-DD recency was measured from
  ranker::FeatureSet features;
};

// What the features depend on: the crawl state's fingerprint, the taxonomy, the weights
// extraction uses (not the signal weights), the --as-of asked for and the feature format.
std::string feature_cache_key(const std::string& fingerprint, const RankingConfig& config, const std::string& as_of_option);

std::string encode_features(const CachedFeatures& cached);

// nullopt for bytes of another format version or cut short.
std::optional<CachedFeatures> decode_features(std::string_view data);

}  // namespace scout::app
