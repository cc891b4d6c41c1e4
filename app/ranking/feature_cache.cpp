#include "app/ranking/feature_cache.hpp"

#include "common/sha256.hpp"

#include <cstring>
#include <type_traits>

namespace scout::app {

namespace {

// Bump when FeatureSet's layout or extraction changes meaning: old caches then miss.
constexpr std::string_view k_magic = "scout-features-3";

static_assert(std::is_trivially_copyable_v<ranker::PersonFeatures> && std::is_trivially_copyable_v<ranker::SpecFeatures>);

template <typename T>
void put_vector(std::string& out, const std::vector<T>& values)
{
  const std::uint64_t count = values.size();
  out.append(reinterpret_cast<const char*>(&count), sizeof count);
  out.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
}

template <typename T>
bool get_vector(std::string_view data, std::size_t& at, std::vector<T>& values)
{
  std::uint64_t count = 0;
  if (at + sizeof count > data.size()) {
    return false;
  }
  std::memcpy(&count, data.data() + at, sizeof count);
  at += sizeof count;
  if (count > (data.size() - at) / sizeof(T)) {
    return false;
  }
  values.resize(count);
  std::memcpy(values.data(), data.data() + at, count * sizeof(T));
  at += count * sizeof(T);
  return true;
}

}  // namespace

std::string feature_cache_key(const std::string& fingerprint, const RankingConfig& config, const std::string& as_of_option)
{
  return std::string(k_magic) + "|" + fingerprint + "|taxonomy " + config.taxonomy_hash + "|extraction "
         + sha256_hex(ranker::extraction_key(config.weights)) + "|as-of " + as_of_option;
}

std::string encode_features(const CachedFeatures& cached)
{
  std::string out(k_magic);
  const std::uint64_t length = cached.as_of.size();
  out.append(reinterpret_cast<const char*>(&length), sizeof length);
  out += cached.as_of;
  put_vector(out, cached.features.people);
  put_vector(out, cached.features.specs);
  return out;
}

std::optional<CachedFeatures> decode_features(std::string_view data)
{
  if (!data.starts_with(k_magic)) {
    return std::nullopt;
  }
  std::size_t at = k_magic.size();
  std::vector<char> as_of;
  CachedFeatures cached;
  if (!get_vector(data, at, as_of) || !get_vector(data, at, cached.features.people) || !get_vector(data, at, cached.features.specs)) {
    return std::nullopt;
  }
  cached.as_of.assign(as_of.begin(), as_of.end());
  return cached;
}

}  // namespace scout::app
