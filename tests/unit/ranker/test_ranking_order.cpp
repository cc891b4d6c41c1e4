#include "unit/ranker/ranking_world.hpp"

#include <doctest/doctest.h>

using scout::ranker::Source;
using scout::testing::RankingWorld;

namespace {

// a ranks strictly above b (b may be unranked).
bool above(const std::vector<std::int64_t>& ranks, std::int64_t a, std::int64_t b)
{
  const std::int64_t ra = ranks[static_cast<std::size_t>(a)];
  const std::int64_t rb = ranks[static_cast<std::size_t>(b)];
  return ra != 0 && (rb == 0 || ra < rb);
}

const std::vector<std::string> k_full_card = {"intended_use", "training_data", "training_procedure", "evaluation",
                                              "limitations"};

// The people of the "What it must show" list, in one world so every order is global.
struct World {
  RankingWorld w;
  std::int64_t core = 0, forker = 0, viral = 0, steady = 0, mass = 0, maker = 0, bot = 0, heavy_bot = 0, old = 0,
               active = 0;

  World()
  {
    core = w.person("Core Contributor");
    const std::int64_t core_gh = w.account(core, Source::github, "core");
    const std::int64_t core_ax = w.account(core, Source::arxiv, "core contributor", "author");
    w.repo(0, "acme/fastserve", "High-throughput LLM inference and serving engine with a paged KV cache", "C++", 9000,
           "2026-10-20");
    w.commits(core_gh, "acme/fastserve", 420);
    w.paper("2501.00001", "Speculative decoding at scale", "2025-06-01", {core_ax, 900}, "Accepted at NeurIPS 2025");
    w.paper("2602.00002", "KV cache compression for inference", "2026-02-01", {901, core_ax});

    forker = w.person("Forker");
    const std::int64_t forker_gh = w.account(forker, Source::github, "forker");
    w.repo(forker_gh, "forker/vllm", "A high-throughput and memory-efficient inference and serving engine", "Python", 0,
           "2026-10-01", true);

    viral = w.person("Viral Lister");
    const std::int64_t viral_gh = w.account(viral, Source::github, "viral");
    w.repo(viral_gh, "viral/awesome-llm-inference", "A curated list of LLM inference and serving papers", "", 150000,
           "2026-10-25");
    w.commits(viral_gh, "viral/awesome-llm-inference", 90);

    steady = w.person("Steady Practitioner");
    const std::int64_t steady_gh = w.account(steady, Source::github, "steady");
    const std::int64_t steady_hf = w.account(steady, Source::huggingface, "steady");
    const std::int64_t steady_ax = w.account(steady, Source::arxiv, "steady practitioner", "author");
    w.repo(0, "acme/ragkit", "Retrieval-augmented generation toolkit", "Python", 800, "2026-09-01");
    w.commits(steady_gh, "acme/ragkit", 60);
    w.repo(steady_gh, "steady/hybrid-search", "Hybrid search with BM25 and embeddings for RAG", "Python", 40,
           "2026-08-01");
    w.commits(steady_gh, "steady/hybrid-search", 120);
    w.model(steady_hf, "steady/reranker-ft", 3000, 25, {"reranking", "sentence-transformers"}, k_full_card,
            "2026-07-01", "BAAI/bge-reranker-base");
    w.paper("2603.00003", "Reranking for retrieval-augmented generation", "2026-03-01", {steady_ax, 902, 903});

    mass = w.person("Mass Uploader");
    const std::int64_t mass_hf = w.account(mass, Source::huggingface, "mass");
    for (int i = 0; i < 300; ++i) {
      const std::string n = std::to_string(i);
      w.model(mass_hf, "mass/base" + n + "-7b-Q4_K_M-GGUF", 40, 0, {"gguf", "quantization"}, {}, "2026-10-01",
              "org/base" + n + "-7b");
    }

    maker = w.person("Model Maker");
    const std::int64_t maker_hf = w.account(maker, Source::huggingface, "maker");
    w.model(maker_hf, "maker/serve-llama-awq", 48000, 150, {"awq", "inference"}, k_full_card, "2026-09-15",
            "meta-llama/Llama-3.1-8B");
    w.model(maker_hf, "maker/kv-distilled-8b", 21000, 90, {"inference", "vllm"}, k_full_card, "2026-06-15",
            "meta-llama/Llama-3.1-8B");

    bot = w.person("dependabot");
    const std::int64_t bot_gh = w.account(bot, Source::github, "dependabot[bot]", "bot");
    w.commits(bot_gh, "acme/fastserve", 3000);
    heavy_bot = w.person("Release Automation");
    const std::int64_t heavy_gh = w.account(heavy_bot, Source::github, "release-automation");
    w.commits(heavy_gh, "acme/fastserve", 250000);

    old = w.person("Only 2017");
    const std::int64_t old_gh = w.account(old, Source::github, "old");
    w.repo(old_gh, "old/inference-engine", "A neural network inference engine", "C++", 300, "2017-06-01");
    w.commits(old_gh, "old/inference-engine", 400);

    active = w.person("Active Practitioner");
    const std::int64_t active_gh = w.account(active, Source::github, "active");
    w.repo(active_gh, "active/serving-lab", "Inference serving experiments", "C++", 150, "2026-10-10");
    w.commits(active_gh, "active/serving-lab", 200);
  }
};

}  // namespace

TEST_CASE("a core contributor to an inference project with papers outranks a person with one forked repository")
{
  const World world;
  const std::vector<std::int64_t> ranks = world.w.ranks();
  CHECK(above(ranks, world.core, world.forker));
  CHECK(ranks[static_cast<std::size_t>(world.forker)] == 0);  // an unstarred fork earns nothing
}

TEST_CASE("one viral list repository and nothing else does not top a steady multi-source practitioner")
{
  const World world;
  const std::vector<std::int64_t> ranks = world.w.ranks();
  CHECK(above(ranks, world.steady, world.viral));
}

TEST_CASE(
  "a mass uploader of 300 quantised template-card models ranks below a maker of two documented, downloaded models")
{
  const World world;
  const std::vector<std::int64_t> ranks = world.w.ranks();
  CHECK(above(ranks, world.maker, world.mass));
}

TEST_CASE("bots rank nowhere: Bot accounts, [bot] names and implausible commit counts")
{
  const World world;
  const std::vector<std::int64_t> ranks = world.w.ranks();
  CHECK(ranks[static_cast<std::size_t>(world.bot)] == 0);
  CHECK(ranks[static_cast<std::size_t>(world.heavy_bot)] == 0);
}

TEST_CASE("an organisation ranks nowhere, however starred its repositories")
{
  World world;
  const std::int64_t org = world.w.person("vllm-project");
  const std::int64_t org_gh = world.w.account(org, Source::github, "vllm-project", "org");
  world.w.repo(org_gh, "vllm-project/vllm", "A high-throughput inference and serving engine", "Python", 40000,
               "2026-10-30");
  CHECK(world.w.ranks()[static_cast<std::size_t>(org)] == 0);
}

TEST_CASE("someone whose only work is from 2017 ranks below an active practitioner of half their volume")
{
  const World world;
  const std::vector<std::int64_t> ranks = world.w.ranks();
  CHECK(above(ranks, world.active, world.old));
}

TEST_CASE("a contributor whose last commit to a busy project was in 2017 ranks below one committing this year")
{
  // Both have 300 commits to a repository pushed this autumn; GitHub's statistics date them.
  World world;
  const auto contributor = [&](const std::string& name, const std::string& last) {
    const std::int64_t person = world.w.person(name);
    world.w.commits(world.w.account(person, Source::github, name), "acme/fastserve", 300, last);
    return person;
  };
  const std::int64_t then = contributor("then", "2017-06-04");
  const std::int64_t now = contributor("now", "2026-09-06");
  // Undated, the repository's last push stands in for the author's.
  const std::int64_t undated_a = contributor("undated-a", "");
  const std::int64_t undated_b = contributor("undated-b", "");
  const std::vector<std::int64_t> ranks = world.w.ranks();
  CHECK(above(ranks, now, then));
  const std::vector<double> totals = world.w.totals();
  CHECK(totals[static_cast<std::size_t>(now)] > 2 * totals[static_cast<std::size_t>(then)]);
  CHECK(totals[static_cast<std::size_t>(undated_a)] == totals[static_cast<std::size_t>(undated_b)]);
  CHECK(totals[static_cast<std::size_t>(undated_a)] >= totals[static_cast<std::size_t>(now)]);
}

TEST_CASE("evidence on three sources outranks one source of the same depth")
{
  const World world;
  const std::vector<std::int64_t> ranks = world.w.ranks();
  CHECK(above(ranks, world.steady, world.active));
  CHECK(above(ranks, world.core, world.active));
}

TEST_CASE("doubling the models weight moves the people strong in models up")
{
  const World world;
  const std::vector<std::int64_t> before = world.w.ranks();
  scout::ranker::Weights doubled;
  doubled.signals[static_cast<std::size_t>(scout::ranker::Signal::models)] *= 2;
  const std::vector<std::int64_t> after = world.w.ranks(doubled);
  CHECK(after[static_cast<std::size_t>(world.maker)] < before[static_cast<std::size_t>(world.maker)]);
  // Nobody without models moves up.
  for (std::int64_t p : {world.core, world.active, world.old, world.viral}) {
    CHECK(after[static_cast<std::size_t>(p)] >= before[static_cast<std::size_t>(p)]);
  }
}

TEST_CASE("the same input and weights give identical scores and a stable order")
{
  const World world;
  CHECK(world.w.ranks() == world.w.ranks());
}

TEST_CASE("the scores a run is ordered by are exactly the scores its explanations detail")
{
  // score_people() computes the scores without per-signal detail; person_scores() with it,
  // for the explained people. The two must give the same doubles, bit for bit.
  World world;
  const scout::ranker::Taxonomy taxonomy = scout::testing::small_taxonomy();
  scout::ranker::Weights weights;
  weights.signals[static_cast<std::size_t>(scout::ranker::Signal::breadth)] = 0.7;
  const scout::ranker::FeatureSet features = scout::ranker::extract_features(world.w.input(), taxonomy, weights);
  const scout::ranker::RankResult result = scout::ranker::score_people(features, taxonomy, weights);
  REQUIRE(result.people.size() > 5);
  for (const scout::ranker::PersonScore& person : result.people) {
    const scout::ranker::PersonFeatures& personal = features.people[person.features];
    const std::vector<scout::ranker::SpecScore> detailed =
      scout::ranker::person_scores(features, personal, taxonomy, weights, result.caps);
    for (const scout::ranker::SpecScore& spec : detailed) {
      std::size_t s = 0;
      while (features.specs[personal.first + s].spec != spec.spec) {
        ++s;
      }
      CHECK(result.spec_scores[personal.first + s] == spec.score);
    }
    CHECK(person.total == (detailed.empty() || detailed.front().score <= 0 ? 0.0 : detailed.front().score));
  }
}
