#include "ranker/classified_input.hpp"
#include "ranker/taxonomy.hpp"
#include "unit/ranker/ranking_world.hpp"

#include <doctest/doctest.h>

using scout::ranker::Classifier;
using scout::ranker::SpecMask;

namespace {

constexpr SpecMask k_inference = 1, k_rag = 2, k_agents = 4;

SpecMask classify(const std::string& text)
{
  const Classifier classifier(scout::testing::small_taxonomy());
  return classifier.classify({text});
}

}  // namespace

TEST_CASE("vocabulary matches whole words, never substrings: rag is not in storage")
{
  CHECK(classify("Distributed object storage for training data") == 0);
  CHECK(classify("A RAG pipeline") == k_rag);
  CHECK(classify("rag-demo") == k_rag);
  CHECK(classify("fragment cache") == 0);
}

TEST_CASE("phrases match as consecutive words, across punctuation and case")
{
  CHECK(classify("Fast KV-cache eviction") == k_inference);
  CHECK(classify("kv store with a cache") == 0);
  CHECK(classify("Retrieval-Augmented Generation") == k_rag);
}

TEST_CASE("a word matches its plural")
{
  CHECK(classify("autonomous agents") == k_agents);
  CHECK(classify("text embeddings") == k_rag);
}

TEST_CASE("the matcher finds each phrase by its first word, singular or plural, and no other word")
{
  using scout::ranker::PhraseMatcher;
  const PhraseMatcher matcher({"batch", "agent", "x", "kv cache", "naïve rag"}, {0, 1, 2, 3, 4});
  CHECK(matcher.match("continuous batches") == 1U);
  CHECK(matcher.match("Batchs and AGENTS") == 3U);
  CHECK(matcher.match("agentes") == 2U);  // -es after any stem, as "batches"
  CHECK(matcher.match("batche agentss") == 0U);
  CHECK(matcher.match("x xs xes") == 4U);
  CHECK(matcher.match("s es") == 0U);  // a plural ending alone is no word of the vocabulary
  CHECK(matcher.match("KV caches") == 8U);
  CHECK(matcher.match("kv store cache") == 0U);
  CHECK(matcher.match("Naïve RAG, naive rag") == 16U);
  // Thousands of words that start no phrase: the filter lets none of them match.
  std::string words;
  for (int i = 0; i < 5000; ++i) {
    words += "w" + std::to_string(i) + " ";
  }
  CHECK(matcher.match(words) == 0U);
  CHECK(matcher.match(words + "agent") == 2U);
}

TEST_CASE("an item can belong to several specialisations")
{
  CHECK(classify("agent with retrieval and vLLM serving") == (k_inference | k_rag | k_agents));
}

TEST_CASE("notable projects are recognised by repository name, whatever the case")
{
  const Classifier classifier(scout::testing::small_taxonomy());
  CHECK(classifier.notable("vLLM") == k_inference);
  CHECK(classifier.notable("vllm-fork-notes") == 0);
}

TEST_CASE("list-style repositories and prompt collections are recognised by their words")
{
  const Classifier classifier(scout::testing::small_taxonomy());
  CHECK(classifier.is_list("awesome-llm A curated list of papers"));
  CHECK_FALSE(classifier.is_list("vllm A high-throughput serving engine"));
  CHECK(classifier.is_prompt_collection("chatgpt-prompts A collection of prompts"));
}

TEST_CASE("a quantised re-upload has the family of its model")
{
  CHECK(scout::ranker::model_family("TheBloke/Llama-2-7B-GGUF") == "llama 2 7b");
  CHECK(scout::ranker::model_family("someone/llama-2-7b-Q4_K_M") == "llama 2 7b");
  CHECK(scout::ranker::model_family("maker/serve-llama") == "serve llama");
}
