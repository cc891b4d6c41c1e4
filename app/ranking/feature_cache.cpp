#include "app/ranking/feature_cache.hpp"

#include "common/sha256.hpp"

#include <cstring>
#include <type_traits>

namespace scout::app {

namespace {

// Bump when FeatureSet's layout or extraction changes meaning: old caches then miss.
constexpr std::string_view k_magic = "scout-features-6";

static_assert(
  std::is_trivially_copyable_v<ranker::PersonFeatures> && std::is_trivially_copyable_v<ranker::SpecFeatures>);

template<typename T>
void put(std::string& out, T value)
{
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

template<typename T>
bool get(std::string_view data, std::size_t& at, T& value)
{
  if (at + sizeof value > data.size()) {
    return false;
  }
  std::memcpy(&value, data.data() + at, sizeof value);
  at += sizeof value;
  return true;
}

}  // namespace

std::string feature_cache_key(const std::string& fingerprint, const RankingConfig& config,
                              const std::string& as_of_option)
{
  return std::string(k_magic) + "|" + fingerprint + "|taxonomy " + config.taxonomy_hash + "|extraction "
         + sha256_hex(ranker::extraction_key(config.weights)) + "|as-of " + as_of_option;
}

std::vector<std::string_view> encode_features(const CachedFeatures& cached, std::string& header)
{
  header.assign(k_magic);
  put<std::uint64_t>(header, cached.as_of.size());
  header += cached.as_of;
  put<std::uint64_t>(header, cached.features.people.size());
  put<std::uint64_t>(header, cached.features.specs.size());
  put<double>(header, cached.caps_percentile);
  for (const double cap : cached.caps) {
    put<double>(header, cap);
  }
  const auto bytes = [](const auto& values) {
    return std::string_view(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(values[0]));
  };
  return {header, bytes(cached.features.people), bytes(cached.features.specs)};
}

void FeatureDecoder::chunk(std::string_view data)
{
  if (m_bad) {
    return;
  }
  if (!m_header_read) {
    // The header is the first part, and one chunk of its own.
    std::size_t at = k_magic.size();
    std::uint64_t length = 0, people = 0, specs = 0;
    m_bad = !data.starts_with(k_magic) || !get(data, at, length) || at + length > data.size();
    if (!m_bad) {
      m_out.as_of.assign(data.substr(at, length));
      at += length;
      m_bad = !get(data, at, people) || !get(data, at, specs) || !get(data, at, m_out.caps_percentile);
      for (double& cap : m_out.caps) {
        m_bad = m_bad || !get(data, at, cap);
      }
      m_bad = m_bad || at != data.size();
    }
    if (!m_bad) {
      m_out.features.people.resize(people);
      m_out.features.specs.resize(specs);
      m_people_bytes = people * sizeof(ranker::PersonFeatures);
      m_specs_bytes = specs * sizeof(ranker::SpecFeatures);
    }
    m_header_read = true;
    return;
  }
  // Then the bytes, straight into the people and the specialisations.
  char* const people = reinterpret_cast<char*>(m_out.features.people.data());
  char* const specs = reinterpret_cast<char*>(m_out.features.specs.data());
  if (m_filled + data.size() > m_people_bytes + m_specs_bytes) {
    m_bad = true;
    return;
  }
  for (std::size_t i = 0; i < data.size();) {
    const bool in_people = m_filled < m_people_bytes;
    const std::size_t room = in_people ? m_people_bytes - m_filled : m_people_bytes + m_specs_bytes - m_filled;
    const std::size_t n = std::min(room, data.size() - i);
    std::memcpy(in_people ? people + m_filled : specs + (m_filled - m_people_bytes), data.data() + i, n);
    m_filled += n;
    i += n;
  }
}

std::optional<CachedFeatures> FeatureDecoder::finish()
{
  if (m_bad || !m_header_read || m_filled != m_people_bytes + m_specs_bytes) {
    return std::nullopt;
  }
  return std::move(m_out);
}

}  // namespace scout::app
