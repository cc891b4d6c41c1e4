#pragma once

#include "app/ranking/ranking_files.hpp"
#include "ranker/features.hpp"
#include "ranker/normalise.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scout::app {

// The features of one crawl state, as cached in the database between runs
// (store/ranking_cache): a weight change re-scores from them without reading the crawled
// tables or extracting again.
struct CachedFeatures {
  std::string as_of;  // YYYY-MM-DD recency was measured from
  ranker::FeatureSet features;
  // ranker::percentile_caps(features, caps_percentile), worked out once per extraction (a
  // pass over every signal value of a million people); -1 when not worked out.
  double caps_percentile = -1;
  ranker::Caps caps{};
};

// What the features depend on: the crawl state's fingerprint, the taxonomy, the weights
// extraction uses (not the signal weights), the --as-of asked for and the feature format.
std::string feature_cache_key(const std::string& fingerprint, const RankingConfig& config,
                              const std::string& as_of_option);

// The header (format, as-of, counts, caps), then the people's and the specialisations' bytes as
// they lie in memory: parts for store::write_feature_cache, valid while `cached` and
// `header` live.
std::vector<std::string_view> encode_features(const CachedFeatures& cached, std::string& header);

// Rebuilds the features from the chunks of encode_features' parts, in order, copying each
// byte once. finish() gives nullopt for bytes of another format version or cut short.
class FeatureDecoder {
public:
  void chunk(std::string_view data);
  std::optional<CachedFeatures> finish();

private:
  bool m_header_read = false;
  bool m_bad = false;
  std::size_t m_people_bytes = 0, m_specs_bytes = 0, m_filled = 0;
  CachedFeatures m_out;
};

}  // namespace scout::app
