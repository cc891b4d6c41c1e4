#include "crawler/huggingface/hf_card_markdown.hpp"

#include "common/strings.hpp"
#include "crawler/links/markdown_text.hpp"

#include <algorithm>
#include <cctype>
#include <span>

namespace scout::crawler::hf {

namespace {

struct Line {
  std::string_view text;  // without the line break
  std::size_t begin = 0;
  std::size_t end = 0;  // after the line break
};

std::vector<Line> split_lines(std::string_view text)
{
  std::vector<Line> lines;
  std::size_t begin = 0;
  while (begin < text.size()) {
    const std::size_t newline = text.find('\n', begin);
    const std::size_t stop = newline == std::string_view::npos ? text.size() : newline;
    std::string_view line = text.substr(begin, stop - begin);
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    const std::size_t end = newline == std::string_view::npos ? text.size() : newline + 1;
    lines.push_back(Line{line, begin, end});
    begin = end;
  }
  return lines;
}

bool is_word_char(char c)
{
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || (static_cast<unsigned char>(c) & 0x80) != 0;
}

}  // namespace

std::vector<std::string_view> text_lines(std::string_view text)
{
  std::vector<std::string_view> lines;
  for (const Line& line : split_lines(text)) {
    lines.push_back(line.text);
  }
  return lines;
}

CardParts split_front_matter(std::string_view text)
{
  CardParts parts;
  parts.body = text;
  std::string_view rest = text;
  if (starts_with(rest, "\xEF\xBB\xBF")) {
    rest.remove_prefix(3);
  }
  const std::vector<Line> lines = split_lines(rest);
  std::size_t first = 0;
  while (first < lines.size() && trim(lines[first].text).empty()) {
    ++first;
  }
  if (first == lines.size() || trim(lines[first].text) != "---") {
    return parts;
  }
  for (std::size_t i = first + 1; i < lines.size(); ++i) {
    const std::string_view marker = trim(lines[i].text);
    if (marker == "---" || marker == "...") {
      parts.has_front_matter = true;
      parts.front_matter = rest.substr(lines[first].end, lines[i].begin - lines[first].end);
      parts.body = rest.substr(lines[i].end);
      return parts;
    }
  }
  return parts;
}

std::vector<CardChunk> card_chunks(std::string_view body)
{
  // Headings come from the CommonMark parser, so a '#' line in a code block is none; the
  // chunks between them are cut from the source by line, as the template rules read lines.
  const std::vector<Line> lines = split_lines(body);
  const auto line_at = [&](int number) -> const Line* {
    return number >= 1 && static_cast<std::size_t>(number) <= lines.size() ? &lines[number - 1] : nullptr;
  };
  std::vector<CardChunk> chunks(1);
  std::size_t content_begin = 0;
  for (const links::MarkdownHeading& heading : links::markdown_headings(body)) {
    const Line* first = line_at(heading.first_line);
    const Line* last = line_at(heading.last_line);
    const std::size_t start = first != nullptr ? std::max(first->begin, content_begin) : body.size();
    chunks.back().content = body.substr(content_begin, start - content_begin);
    chunks.push_back(CardChunk{to_lower(trim(heading.text)), heading.level, {}});
    content_begin = last != nullptr ? last->end : body.size();
  }
  chunks.back().content = body.substr(content_begin);
  return chunks;
}

bool has_phrase(std::string_view text, std::string_view phrase)
{
  for (std::size_t at = text.find(phrase); at != std::string_view::npos; at = text.find(phrase, at + 1)) {
    std::size_t end = at + phrase.size();
    if (end < text.size() && text[end] == 's' && (end + 1 == text.size() || !is_word_char(text[end + 1]))) {
      ++end;
    }
    const bool starts_word = at == 0 || !is_word_char(text[at - 1]);
    const bool ends_word = end == text.size() || !is_word_char(text[end]);
    if (starts_word && ends_word) {
      return true;
    }
  }
  return false;
}

namespace {

constexpr std::string_view k_intended_use[] = {"intended use", "uses", "direct use", "out-of-scope"};
constexpr std::string_view k_training_data[] = {"training data", "training and evaluation data", "dataset"};
constexpr std::string_view k_training_procedure[] = {"training procedure", "training hyperparameters",
                                                     "training details"};
constexpr std::string_view k_evaluation[] = {"evaluation", "result", "benchmark"};
constexpr std::string_view k_limitations[] = {"limitation", "bias", "biases", "risk"};
constexpr std::string_view k_citation[] = {"citation", "citing", "bibtex"};

struct SectionRule {
  std::string_view section;
  std::span<const std::string_view> phrases;
};

constexpr SectionRule k_section_rules[] = {
  {"intended_use", k_intended_use}, {"training_data", k_training_data}, {"training_procedure", k_training_procedure},
  {"evaluation", k_evaluation},     {"limitations", k_limitations},     {"citation", k_citation},
};

bool any_heading_matches(const std::vector<CardChunk>& chunks, std::span<const std::string_view> phrases)
{
  for (const CardChunk& chunk : chunks) {
    for (const std::string_view phrase : phrases) {
      if (chunk.level > 0 && has_phrase(chunk.heading, phrase)) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

std::vector<std::string> card_sections(std::string_view body)
{
  const std::vector<CardChunk> chunks = card_chunks(body);
  std::vector<std::string> sections;
  for (const SectionRule& rule : k_section_rules) {
    if (any_heading_matches(chunks, rule.phrases)) {
      sections.emplace_back(rule.section);
    }
  }
  return sections;
}

}  // namespace scout::crawler::hf
