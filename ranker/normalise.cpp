#include "ranker/normalise.hpp"

#include <tbb/parallel_for.h>

#include <algorithm>
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
  Caps caps{};
  tbb::parallel_for(std::size_t{0}, k_evidence_signal_count, [&](std::size_t signal) {
    // Float, like the features: half the memory of a copy of millions of values.
    std::vector<float> values;
    values.reserve(features.specs.size());
    for (const SpecFeatures& spec : features.specs) {
      if (spec.raw[signal] > 0) {
        values.push_back(spec.raw[signal]);
      }
    }
    caps[signal] = percentile_of(values, percentile);
  });
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
