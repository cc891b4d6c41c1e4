#pragma once

#include <cstdint>
#include <map>
#include <vector>

// Measures for tuning weights: how far two orderings agree, and how well an ordering
// puts a recruiter's labelled people first. Orderings are person ids, best first.
namespace scout::shortlist {

// Kendall's tau between the two orderings over the people both contain: +1 same order,
// -1 reversed, 0 unrelated. O(n log n) (inversions counted by merge sort), so a million
// people compare in a second. 1 when fewer than two people are shared.
double kendall_tau(const std::vector<std::int64_t>& a, const std::vector<std::int64_t>& b);

// NDCG@k with graded relevance (0-3) and gain 2^rel - 1; people without a label count 0.
// The ideal ordering is the labels sorted, so 1.0 means the labelled people are ranked
// best first. 0 when no label is above 0.
double ndcg_at(const std::vector<std::int64_t>& ranking, const std::map<std::int64_t, int>& relevance, std::size_t k);

// Share of the first k ranked people labelled relevant (relevance >= threshold). When
// fewer than k people are ranked, divides by k all the same.
double precision_at(const std::vector<std::int64_t>& ranking, const std::map<std::int64_t, int>& relevance,
                    std::size_t k, int threshold = 2);

}  // namespace scout::shortlist
