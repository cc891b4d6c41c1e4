#include "shortlist/rank_metrics.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace scout::shortlist {

namespace {

// Sorts `values` and returns how many pairs were out of order.
std::int64_t count_inversions(std::vector<std::size_t>& values, std::vector<std::size_t>& scratch, std::size_t from,
                              std::size_t to)
{
  if (to - from < 2) {
    return 0;
  }
  const std::size_t middle = from + (to - from) / 2;
  std::int64_t inversions =
    count_inversions(values, scratch, from, middle) + count_inversions(values, scratch, middle, to);
  std::size_t left = from;
  std::size_t right = middle;
  std::size_t out = from;
  while (left < middle || right < to) {
    if (right == to || (left < middle && values[left] <= values[right])) {
      scratch[out++] = values[left++];
    } else {
      inversions += static_cast<std::int64_t>(middle - left);
      scratch[out++] = values[right++];
    }
  }
  std::copy(scratch.begin() + static_cast<std::ptrdiff_t>(from), scratch.begin() + static_cast<std::ptrdiff_t>(to),
            values.begin() + static_cast<std::ptrdiff_t>(from));
  return inversions;
}

double gain(int relevance) { return std::pow(2.0, relevance) - 1.0; }

double discount(std::size_t position) { return 1.0 / std::log2(static_cast<double>(position) + 2.0); }

}  // namespace

double kendall_tau(const std::vector<std::int64_t>& a, const std::vector<std::int64_t>& b)
{
  std::unordered_map<std::int64_t, std::size_t> position_in_b;
  for (std::size_t i = 0; i < b.size(); ++i) {
    position_in_b.emplace(b[i], i);
  }
  std::vector<std::size_t> positions;  // b's positions of the shared people, in a's order
  for (const std::int64_t person : a) {
    if (const auto found = position_in_b.find(person); found != position_in_b.end()) {
      positions.push_back(found->second);
    }
  }
  const auto n = static_cast<double>(positions.size());
  if (positions.size() < 2) {
    return 1.0;
  }
  std::vector<std::size_t> scratch(positions.size());
  const double discordant = static_cast<double>(count_inversions(positions, scratch, 0, positions.size()));
  const double pairs = n * (n - 1) / 2;
  return (pairs - 2 * discordant) / pairs;
}

double ndcg_at(const std::vector<std::int64_t>& ranking, const std::map<std::int64_t, int>& relevance, std::size_t k)
{
  double dcg = 0;
  for (std::size_t i = 0; i < std::min(k, ranking.size()); ++i) {
    if (const auto found = relevance.find(ranking[i]); found != relevance.end()) {
      dcg += gain(found->second) * discount(i);
    }
  }
  std::vector<int> ideal;
  for (const auto& [person, label] : relevance) {
    ideal.push_back(label);
  }
  std::sort(ideal.rbegin(), ideal.rend());
  double idcg = 0;
  for (std::size_t i = 0; i < std::min(k, ideal.size()); ++i) {
    idcg += gain(ideal[i]) * discount(i);
  }
  return idcg > 0 ? dcg / idcg : 0;
}

double precision_at(const std::vector<std::int64_t>& ranking, const std::map<std::int64_t, int>& relevance,
                    std::size_t k, int threshold)
{
  if (k == 0) {
    return 0;
  }
  std::size_t relevant = 0;
  for (std::size_t i = 0; i < std::min(k, ranking.size()); ++i) {
    const auto found = relevance.find(ranking[i]);
    relevant += found != relevance.end() && found->second >= threshold ? 1 : 0;
  }
  return static_cast<double>(relevant) / static_cast<double>(k);
}

}  // namespace scout::shortlist
