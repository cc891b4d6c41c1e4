#include "ranker/normalise.hpp"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace scout::ranker {

namespace {

double percentile_of(std::vector<float>& values, double percentile)
{
  if (values.empty()) {
    return 0;
  }
  const double clamped = std::clamp(percentile, 0.0, 1.0);
  const auto at = static_cast<std::size_t>(clamped * static_cast<double>(values.size() - 1));
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(at), values.end());
  return values[at];
}

}  // namespace

Caps percentile_caps(const FeatureSet& features, double percentile)
{
  // Every signal's positive values gathered in two parallel passes over the features (count,
  // then copy, block by block), where a pass per signal read the 150 MB of a million
  // people's features four times on one thread each. A percentile does not depend on the
  // values' order, so neither does the cap.
  constexpr std::size_t k_block = std::size_t{1} << 16;
  const std::size_t blocks = (features.specs.size() + k_block - 1) / k_block;
  using Counts = std::array<std::size_t, k_evidence_signal_count>;
  std::vector<Counts> at(blocks + 1, Counts{});  // at[b][s]: where block b's values of signal s go
  const auto each_block = [&](auto visit) {
    tbb::parallel_for(std::size_t{0}, blocks, [&](std::size_t b) {
      const std::size_t end = std::min(features.specs.size(), (b + 1) * k_block);
      for (std::size_t i = b * k_block; i < end; ++i) {
        for (std::size_t s = 0; s < k_evidence_signal_count; ++s) {
          if (features.specs[i].raw[s] > 0) {
            visit(b, s, features.specs[i].raw[s]);
          }
        }
      }
    });
  };
  each_block([&](std::size_t b, std::size_t s, float) { at[b + 1][s] += 1; });
  for (std::size_t b = 0; b < blocks; ++b) {
    for (std::size_t s = 0; s < k_evidence_signal_count; ++s) {
      at[b + 1][s] += at[b][s];
    }
  }
  // Float, like the features: half the memory of a copy of millions of values.
  std::array<std::vector<float>, k_evidence_signal_count> values;
  for (std::size_t s = 0; s < k_evidence_signal_count; ++s) {
    values[s].resize(at[blocks][s]);
  }
  each_block([&](std::size_t b, std::size_t s, float value) { values[s][at[b][s]++] = value; });
  Caps caps{};
  tbb::parallel_for(std::size_t{0}, k_evidence_signal_count,
                    [&](std::size_t s) { caps[s] = percentile_of(values[s], percentile); });
  return caps;
}

double normalise(double raw, double cap)
{
  if (raw <= 0 || cap <= 0) {
    return 0;
  }
  return std::min(1.0, std::log1p(raw) / std::log1p(cap));
}

}  // namespace scout::ranker
