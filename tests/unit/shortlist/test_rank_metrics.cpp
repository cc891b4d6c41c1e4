#include "shortlist/rank_metrics.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace scout::shortlist;

TEST_SUITE("shortlist::rank_metrics")
{
  TEST_CASE("Kendall's tau: same order 1, reversed -1, one swap of four 2/3")
  {
    CHECK(kendall_tau({1, 2, 3, 4}, {1, 2, 3, 4}) == doctest::Approx(1.0));
    CHECK(kendall_tau({1, 2, 3, 4}, {4, 3, 2, 1}) == doctest::Approx(-1.0));
    // 6 pairs, 1 discordant (2,3): (5 - 1) / 6.
    CHECK(kendall_tau({1, 2, 3, 4}, {1, 3, 2, 4}) == doctest::Approx(4.0 / 6.0));
    // Only shared people count: 9 and 8 are each in one list.
    CHECK(kendall_tau({1, 9, 2, 3}, {3, 2, 8, 1}) == doctest::Approx(-1.0));
    CHECK(kendall_tau({1}, {2}) == doctest::Approx(1.0));
  }

  TEST_CASE("Kendall's tau agrees with counting every pair on a longer permutation")
  {
    std::vector<std::int64_t> a;
    std::vector<std::int64_t> b;
    for (std::int64_t i = 0; i < 200; ++i) {
      a.push_back(i);
      b.push_back((i * 37) % 200);
    }
    double concordant = 0;
    double discordant = 0;
    std::vector<std::size_t> where(200);
    for (std::size_t i = 0; i < b.size(); ++i)
      where[static_cast<std::size_t>(b[i])] = i;
    for (std::size_t i = 0; i < a.size(); ++i) {
      for (std::size_t j = i + 1; j < a.size(); ++j) {
        (where[static_cast<std::size_t>(a[i])] < where[static_cast<std::size_t>(a[j])] ? concordant : discordant) += 1;
      }
    }
    CHECK(kendall_tau(a, b) == doctest::Approx((concordant - discordant) / (concordant + discordant)));
  }

  TEST_CASE("NDCG by hand: labels 3 and 1 ranked second and first")
  {
    const std::map<std::int64_t, int> labels = {{10, 3}, {20, 1}};
    // DCG = (2^1-1)/log2(2) + (2^3-1)/log2(3) = 1 + 7/1.58496 = 5.41650
    // IDCG = 7/log2(2) + 1/log2(3) = 7 + 0.63093 = 7.63093
    CHECK(ndcg_at({20, 10, 30}, labels, 10) == doctest::Approx(5.41650 / 7.63093).epsilon(1e-4));
    CHECK(ndcg_at({10, 20, 30}, labels, 10) == doctest::Approx(1.0));
    CHECK(ndcg_at({30, 40}, labels, 10) == doctest::Approx(0.0));
    // At k = 1 only the first place counts: 1 / 7.
    CHECK(ndcg_at({20, 10}, labels, 1) == doctest::Approx(1.0 / 7.0));
  }

  TEST_CASE("precision@k counts labels of 2 or more among the first k")
  {
    const std::map<std::int64_t, int> labels = {{1, 3}, {2, 2}, {3, 1}, {4, 0}};
    CHECK(precision_at({1, 3, 2, 4}, labels, 2) == doctest::Approx(0.5));
    CHECK(precision_at({1, 3, 2, 4}, labels, 3) == doctest::Approx(2.0 / 3.0));
    CHECK(precision_at({1}, labels, 5) == doctest::Approx(0.2));
  }
}
