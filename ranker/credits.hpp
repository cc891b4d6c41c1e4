#pragma once

#include "ranker/rank_input.hpp"
#include "ranker/weights.hpp"

#include <cstdint>

namespace scout::ranker {

// What one piece of evidence is worth before normalisation. Every function is pure and
// returns 0 or more; the caller applies recency().

// 2^(-age / half-life) for work done on `day`, 1 for work on or after `as_of_day`; an
// unknown day (-1) counts as one half-life old.
double recency(int day, int as_of_day, double half_life_days);

// Commits on a scale where a core maintainer (hundreds) is far above a regular
// contributor (tens), who is far above a drive-by fix (one or two, worth almost nothing).
double commit_credit(std::int64_t commits, const ContributionRules& rules);

// An own repository: its stars on a log scale; a list-style repository's stars capped and
// discounted; a fork without stars of its own, or a prompt collection, earns nothing.
double repo_credit(const Repo& repo, bool is_list, bool is_prompts, const RepoRules& rules);

// The share of the five governance sections a card documents (0 for a template card).
double card_completeness(const Model& model);

// A model's downloads as the ranker counts them: all time when the Hub said (a model's
// lasting use; its age is weighed by recency), else the last 30 days.
std::int64_t counted_downloads(const Model& model);

// Whether the model is training work on a base (fine-tune, adapter, merge, or a base named
// without a relation), which earns the fine-tune credit; a quantisation does not.
bool trains_on_base(const Model& model);

// A model: downloads and likes on a log scale, the card's completeness, being a fine-tune.
double model_credit(const Model& model, const ModelRules& rules);

// 1/N authorship credit, first and last author weighted, top venue and category applied.
double paper_credit(int position, int author_count, bool top_venue, bool in_category, const PaperRules& rules);

}  // namespace scout::ranker
