#pragma once

// The ranker's public API in one include: RankInput + Taxonomy + Weights in,
// FeatureSet and RankResult out. No I/O, no SQL.
#include "ranker/classified_input.hpp"
#include "ranker/explanation.hpp"
#include "ranker/features.hpp"
#include "ranker/rank_input.hpp"
#include "ranker/scoring.hpp"
#include "ranker/taxonomy.hpp"
#include "ranker/weights.hpp"
