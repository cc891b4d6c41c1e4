// The bulk path (rows classified in batches as they are read, unlinked rows dropped) must
// give exactly the features of the one-to-one path explanations use.
#include "unit/ranker/ranking_world.hpp"

#include <doctest/doctest.h>

#include <cstring>

using scout::ranker::Source;
using scout::testing::RankingWorld;

namespace {

template<typename Row, typename Add>
void in_batches(const std::vector<Row>& rows, Add add)
{
  for (std::size_t at = 0; at < rows.size(); at += 2) {
    add(std::span<const Row>(rows.data() + at, std::min<std::size_t>(2, rows.size() - at)));
  }
}

bool same_bytes(const scout::ranker::FeatureSet& a, const scout::ranker::FeatureSet& b)
{
  if (a.people.size() != b.people.size() || a.specs.size() != b.specs.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.people.size(); ++i) {
    const auto& x = a.people[i];
    const auto& y = b.people[i];
    if (x.person_id != y.person_id || x.first != y.first || x.count != y.count || x.bot != y.bot) {
      return false;
    }
  }
  for (std::size_t i = 0; i < a.specs.size(); ++i) {
    if (a.specs[i].spec != b.specs[i].spec || a.specs[i].breadth != b.specs[i].breadth
        || std::memcmp(a.specs[i].raw.data(), b.specs[i].raw.data(), sizeof a.specs[i].raw) != 0) {
      return false;
    }
  }
  return true;
}

}  // namespace

TEST_CASE("features from batches without unlinked rows equal the one-to-one features")
{
  RankingWorld w;
  const std::int64_t core = w.person("Core");
  const std::int64_t gh = w.account(core, Source::github, "core");
  const std::int64_t ax = w.account(core, Source::arxiv, "core dev", "author");
  const std::int64_t other = w.person("Other");
  const std::int64_t other_gh = w.account(other, Source::github, "other");
  w.repo(0, "acme/fastserve", "LLM inference and serving engine", "C++", 9000, "2026-10-20");
  w.repo(other_gh, "other/ragkit", "Retrieval-augmented generation toolkit", "Python", 40, "2026-09-01");
  w.commits(gh, "acme/fastserve", 420);
  w.commits(gh, "other/ragkit", 12);
  w.commits(999, "acme/fastserve", 50);  // an unlinked account
  w.commits(other_gh, "someone/uncrawled-vllm-fork", 30);
  w.model(other_gh, "other/rag-embeddings", 5000, 12, {"embeddings"}, {"intended_use", "training_data"}, "2026-08-01");
  w.paper("2501.00001", "Speculative decoding for inference", "2025-06-01", {ax, 900, 901}, "Accepted at NeurIPS 2025");
  const scout::ranker::RankInput& input = w.input();
  const scout::ranker::Taxonomy taxonomy = scout::testing::small_taxonomy();
  const scout::ranker::Weights weights;

  scout::ranker::InputClassifier classifier(taxonomy, weights, false);
  classifier.add_people(input.people);
  in_batches(input.accounts, [&](auto rows) { classifier.add_accounts(rows); });
  in_batches(input.repos, [&](auto rows) { classifier.add_repos(rows); });
  in_batches(input.contributions, [&](auto rows) { classifier.add_contributions(rows); });
  in_batches(input.models, [&](auto rows) { classifier.add_models(rows); });
  in_batches(input.papers, [&](auto rows) { classifier.add_papers(rows); });
  in_batches(input.authorships, [&](auto rows) { classifier.add_authorships(rows); });
  const scout::ranker::ClassifiedInput bulk = classifier.finish();
  CHECK(bulk.contributions.size() == 3);    // the unlinked account's row is dropped
  CHECK(bulk.papers[0].author_count == 3);  // but every author still shares the credit

  const scout::ranker::FeatureSet batched = scout::ranker::extract_features(bulk, weights, input.as_of_day);
  const scout::ranker::FeatureSet whole = scout::ranker::extract_features(input, taxonomy, weights);
  CHECK(same_bytes(batched, whole));
  REQUIRE(whole.people.size() == 2);
  CHECK(whole.people[0].count >= 1);

  // The explained path: the same raw values, with the evidence behind them.
  const auto evidence =
    scout::ranker::people_evidence(scout::ranker::classify_input(input, taxonomy, weights), weights, input.as_of_day);
  REQUIRE(evidence[0].size() == whole.people[0].count);
  for (std::size_t s = 0; s < evidence[0].size(); ++s) {
    CHECK(evidence[0][s].features.raw == whole.specs[whole.people[0].first + s].raw);
  }
  CHECK(evidence[0][0].top[0].count >= 1);
}
