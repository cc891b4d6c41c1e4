#include "ranker/taxonomy.hpp"

#include "common/strings.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cassert>

namespace scout::ranker {

namespace {

// Letters, digits and every byte of a UTF-8 sequence (so "naïve" stays one word), as a
// table: the matcher looks at every byte of millions of texts.
constexpr std::array<bool, 256> k_word_chars = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) {
    table[static_cast<std::size_t>(c)] =
      (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
  }
  return table;
}();

bool is_word_char(char c) { return k_word_chars[static_cast<unsigned char>(c)]; }

// `text` lower-cased (ASCII) into `buffer`, which keeps its capacity from text to text.
const std::string& lower_into(std::string& buffer, std::string_view text)
{
  buffer.assign(text);
  for (char& c : buffer) {
    c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return buffer;
}

void split_words(std::string_view lowered, std::vector<std::string_view>& words)
{
  words.clear();
  std::size_t i = 0;
  while (i < lowered.size()) {
    while (i < lowered.size() && !is_word_char(lowered[i])) {
      ++i;
    }
    const std::size_t start = i;
    while (i < lowered.size() && is_word_char(lowered[i])) {
      ++i;
    }
    if (i > start) {
      words.push_back(lowered.substr(start, i - start));
    }
  }
}

// "agents" and "batches" match "agent" and "batch".
bool word_matches(std::string_view text_word, std::string_view vocabulary_word)
{
  if (text_word == vocabulary_word) {
    return true;
  }
  if (text_word.size() == vocabulary_word.size() + 1) {
    return text_word.back() == 's' && text_word.substr(0, vocabulary_word.size()) == vocabulary_word;
  }
  if (text_word.size() == vocabulary_word.size() + 2) {
    return text_word.ends_with("es") && text_word.substr(0, vocabulary_word.size()) == vocabulary_word;
  }
  return false;
}

std::vector<int> indices(std::size_t count, int tag) { return std::vector<int>(count, tag); }

}  // namespace

std::vector<std::string_view> words_of(std::string_view lowered)
{
  std::vector<std::string_view> words;
  split_words(lowered, words);
  return words;
}

std::uint64_t PhraseMatcher::word_hash(std::string_view word)
{
  std::uint64_t hash = k_hash_start;
  for (const char c : word) {
    hash = hash_step(hash, c);
  }
  return hash;
}

PhraseMatcher::PhraseMatcher(const std::vector<std::string>& phrases, const std::vector<int>& tags)
{
  assert(phrases.size() == tags.size());  // one tag per phrase
  for (std::size_t i = 0; i < phrases.size(); ++i) {
    const std::string lowered = to_lower(phrases[i]);
    const std::vector<std::string_view> words = words_of(lowered);
    if (words.empty()) {
      continue;
    }
    Entry entry{{words.begin() + 1, words.end()}, tags[i]};
    m_by_first_word[std::string(words.front())].push_back(std::move(entry));
  }
  // 64 bits per first word: a word that starts no phrase passes the filter about once in 64.
  const std::uint64_t bits = std::bit_ceil(std::max<std::uint64_t>(4096, 64 * m_by_first_word.size()));
  m_filter.assign(bits / 64, 0);
  m_filter_mask = bits - 1;
  for (const auto& [word, entries] : m_by_first_word) {
    const std::uint64_t bit = word_hash(word) & m_filter_mask;
    m_filter[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
}

const std::vector<PhraseMatcher::Entry>* PhraseMatcher::find(std::string_view stem, std::uint64_t hash) const
{
  const std::uint64_t bit = hash & m_filter_mask;
  if ((m_filter[bit / 64] >> (bit % 64) & 1) == 0) {
    return nullptr;
  }
  const auto found = m_by_first_word.find(stem);
  return found == m_by_first_word.end() ? nullptr : &found->second;
}

const std::vector<PhraseMatcher::Entry>* PhraseMatcher::entries_for(std::string_view word) const
{
  // The hashes of the word without its last two bytes, its last byte, and whole, in one pass.
  const std::size_t n = word.size();
  std::uint64_t hash = k_hash_start, without_one = 0, without_two = 0;
  for (std::size_t k = 0; k < n; ++k) {
    without_two = k + 2 == n ? hash : without_two;
    without_one = k + 1 == n ? hash : without_one;
    hash = hash_step(hash, word[k]);
  }
  if (const std::vector<Entry>* entries = find(word, hash)) {
    return entries;
  }
  // A plural in the text ("agents", "batches") is looked up as its singular too.
  if (n > 1 && word.back() == 's') {
    if (const std::vector<Entry>* entries = find(word.substr(0, n - 1), without_one)) {
      return entries;
    }
    if (n > 2 && word[n - 2] == 'e') {
      return find(word.substr(0, n - 2), without_two);
    }
  }
  return nullptr;
}

bool PhraseMatcher::matches_at(const std::vector<std::string_view>& words, std::size_t at, const Entry& entry) const
{
  if (at + 1 + entry.rest.size() > words.size()) {
    return false;
  }
  for (std::size_t k = 0; k < entry.rest.size(); ++k) {
    if (!word_matches(words[at + 1 + k], entry.rest[k])) {
      return false;
    }
  }
  return true;
}

std::uint32_t PhraseMatcher::match(std::string_view text) const
{
  // Millions of texts per run: reuse one buffer per thread instead of allocating per text.
  thread_local std::string lowered;
  thread_local std::vector<std::string_view> words;
  split_words(lower_into(lowered, text), words);
  std::uint32_t bits = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::vector<Entry>* entries = entries_for(words[i]);
    if (entries == nullptr) {
      continue;
    }
    for (const Entry& entry : *entries) {
      if (matches_at(words, i, entry)) {
        bits |= 1U << entry.tag;
      }
    }
  }
  return bits;
}

namespace {

PhraseMatcher vocabulary_matcher(const Taxonomy& taxonomy)
{
  assert(taxonomy.specialisations.size() <= k_max_specialisations);  // checked when loading
  std::vector<std::string> phrases;
  std::vector<int> tags;
  for (std::size_t s = 0; s < taxonomy.specialisations.size(); ++s) {
    const Specialisation& spec = taxonomy.specialisations[s];
    for (const std::vector<std::string>* list : {&spec.vocabulary, &spec.notable_projects}) {
      phrases.insert(phrases.end(), list->begin(), list->end());
      tags.resize(phrases.size(), static_cast<int>(s));
    }
  }
  return PhraseMatcher(phrases, tags);
}

}  // namespace

Classifier::Classifier(const Taxonomy& taxonomy)
  : m_vocabulary(vocabulary_matcher(taxonomy)),
    m_lists(taxonomy.list_phrases, indices(taxonomy.list_phrases.size(), 0)),
    m_prompts(taxonomy.prompt_phrases, indices(taxonomy.prompt_phrases.size(), 0))
{
  for (std::size_t s = 0; s < taxonomy.specialisations.size(); ++s) {
    for (const std::string& project : taxonomy.specialisations[s].notable_projects) {
      m_notable[to_lower(project)] |= static_cast<SpecMask>(1U << s);
    }
  }
}

SpecMask Classifier::classify(const std::vector<std::string_view>& texts) const
{
  std::uint32_t bits = 0;
  for (std::string_view text : texts) {
    bits |= m_vocabulary.match(text);
  }
  return static_cast<SpecMask>(bits);
}

SpecMask Classifier::notable(std::string_view repo_name) const
{
  thread_local std::string lowered;
  const auto found = m_notable.find(lower_into(lowered, repo_name));
  return found == m_notable.end() ? SpecMask{0} : found->second;
}

}  // namespace scout::ranker
