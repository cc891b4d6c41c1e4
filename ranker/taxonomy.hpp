#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace scout::ranker {

// One sub-specialisation of config/taxonomy.toml.
struct Specialisation {
  std::string key;                            // "inference"
  std::string display_name;                   // "Inference and serving"
  std::vector<std::string> vocabulary;        // words and phrases: "kv cache", "vllm"
  std::vector<std::string> notable_projects;  // repository names: "vllm", "text-generation-inference"
  std::string band;                           // compensation band quoted in the seeds (context, never a score)
};

struct Taxonomy {
  std::vector<Specialisation> specialisations;
  // Phrases that make a repository a list or a prompt collection (anti-gaming).
  std::vector<std::string> list_phrases = {"awesome", "curated list", "list of", "reading list"};
  std::vector<std::string> prompt_phrases = {"prompts", "prompt collection", "jailbreak", "chatgpt prompts"};
};

// A set of specialisations, one bit per taxonomy index (at most 16).
using SpecMask = std::uint16_t;
inline constexpr std::size_t k_max_specialisations = 16;

// The lower-cased words of `text`: runs of letters and digits ("vLLM-serve" -> vllm, serve).
std::vector<std::string_view> words_of(std::string_view lowered);

// Matches word sequences, never substrings: "rag" matches "RAG pipeline" and "rag-demo"
// but not "storage". A word also matches its plural ("agent" matches "agents").
// Immutable after construction; safe to share between threads.
class PhraseMatcher {
public:
  // `phrases[i]` is tagged with `tags[i]` (a specialisation index or any small number).
  PhraseMatcher(const std::vector<std::string>& phrases, const std::vector<int>& tags);

  // The bit (1 << tag) of every phrase occurring in `text`, OR-ed together.
  std::uint32_t match(std::string_view text) const;

private:
  struct Entry {
    std::vector<std::string> rest;  // the phrase's words after the first
    int tag = 0;
  };
  bool matches_at(const std::vector<std::string_view>& words, std::size_t at, const Entry& entry) const;
  const std::vector<Entry>* entries_for(std::string_view word) const;
  const std::vector<Entry>* find(std::string_view stem, std::uint64_t hash) const;

  // FNV-1a: the hash of the first-word table and its filter. Byte by byte, so one pass over
  // a word also gives the hashes of its plural stems.
  static constexpr std::uint64_t k_hash_start = 0xcbf29ce484222325ULL;
  static std::uint64_t hash_step(std::uint64_t hash, char c)
  {
    return (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  }
  static std::uint64_t word_hash(std::string_view word);
  // Heterogeneous lookup: a word of the text is looked up as a string_view, no copy.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return word_hash(s); }
  };
  std::unordered_map<std::string, std::vector<Entry>, Hash, std::equal_to<>> m_by_first_word;
  // A bit per first word's hash: most words of a text start no phrase, and one probe of this
  // (a few KiB, in cache) rules them out without a lookup in the table.
  std::vector<std::uint64_t> m_filter;
  std::uint64_t m_filter_mask = 0;
};

// Builds the matchers a taxonomy needs: vocabulary per specialisation, notable projects,
// list and prompt phrases.
class Classifier {
public:
  explicit Classifier(const Taxonomy& taxonomy);

  // Specialisations whose vocabulary occurs in any of `texts`.
  SpecMask classify(const std::vector<std::string_view>& texts) const;
  // Specialisations listing repository name `repo_name` ("vllm") as a notable project.
  SpecMask notable(std::string_view repo_name) const;
  bool is_list(std::string_view text) const { return m_lists.match(text) != 0; }
  bool is_prompt_collection(std::string_view text) const { return m_prompts.match(text) != 0; }

private:
  PhraseMatcher m_vocabulary;
  PhraseMatcher m_lists;
  PhraseMatcher m_prompts;
  std::unordered_map<std::string, SpecMask> m_notable;
};

}  // namespace scout::ranker
