#include "ranker/taxonomy.hpp"

#include "common/strings.hpp"

#include <cassert>
#include <cctype>

namespace scout::ranker {

namespace {

bool is_word_char(char c)
{
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || (static_cast<unsigned char>(c) & 0x80) != 0;
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
  return words;
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
}

const std::vector<PhraseMatcher::Entry>* PhraseMatcher::entries_for(std::string_view word) const
{
  // A plural in the text ("agents") is looked up as its singular too.
  for (std::size_t strip = 0; strip <= 2 && strip < word.size(); ++strip) {
    const std::string_view stem = word.substr(0, word.size() - strip);
    if (strip > 0 && !word_matches(word, stem)) {
      continue;
    }
    const auto found = m_by_first_word.find(stem);
    if (found != m_by_first_word.end()) {
      return &found->second;
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
  lowered.assign(text);
  for (char& c : lowered) {
    c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const std::vector<std::string_view> words = words_of(lowered);
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
  const auto found = m_notable.find(to_lower(repo_name));
  return found == m_notable.end() ? SpecMask{0} : found->second;
}

}  // namespace scout::ranker
