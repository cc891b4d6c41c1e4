#pragma once

#include "ranker/features.hpp"
#include "ranker/weights.hpp"

#include <array>

namespace scout::ranker {

// Heavy-tail-robust normalisation: an evidence signal's raw value v becomes
// min(1, log(1 + v) / log(1 + cap)), where cap is the value at `percentile` of all positive
// values of that signal, so one huge number (a viral repository) saturates instead of
// dwarfing everyone else.
using Caps = std::array<double, k_evidence_signal_count>;

Caps percentile_caps(const FeatureSet& features, double percentile);

double normalise(double raw, double cap);

}  // namespace scout::ranker
