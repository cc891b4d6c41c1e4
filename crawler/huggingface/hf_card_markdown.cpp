#include "crawler/huggingface/hf_card_markdown.hpp"

#include "common/strings.hpp"

#include <cctype>
#include <optional>
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

// Markdown allows up to three spaces before a block marker.
std::optional<std::string_view> unindent(std::string_view line)
{
  std::size_t spaces = 0;
  while (spaces < line.size() && line[spaces] == ' ') {
    ++spaces;
  }
  return spaces <= 3 ? std::optional(line.substr(spaces)) : std::nullopt;
}

// The fence marker ("```", "~~~~") a line opens or closes with, or "".
std::string_view fence_marker(std::string_view line)
{
  const std::optional<std::string_view> text = unindent(line);
  if (!text || text->empty() || (text->front() != '`' && text->front() != '~')) {
    return "";
  }
  const std::size_t run = text->find_first_not_of(text->front());
  const std::string_view marker = text->substr(0, run);
  return marker.size() >= 3 ? marker : "";
}

// An ATX heading's level and text: "## Uses ##" -> (2, "uses").
std::optional<std::pair<int, std::string>> atx_heading(std::string_view line)
{
  const std::optional<std::string_view> text = unindent(line);
  if (!text || text->empty() || text->front() != '#') {
    return std::nullopt;
  }
  const std::size_t hashes = text->find_first_not_of('#');
  const std::size_t level = hashes == std::string_view::npos ? text->size() : hashes;
  if (level > 6 || (hashes != std::string_view::npos && (*text)[hashes] != ' ' && (*text)[hashes] != '\t')) {
    return std::nullopt;
  }
  std::string_view title = trim(text->substr(level));
  const std::size_t closing = title.find_last_not_of('#');
  if (closing != std::string_view::npos && closing + 1 < title.size() && title[closing] == ' ') {
    title = trim(title.substr(0, closing + 1));
  }
  return std::pair{static_cast<int>(level), to_lower(title)};
}

// 1 or 2 when the line is a setext underline ("===" or "---", at least three).
int setext_level(std::string_view line)
{
  const std::optional<std::string_view> text = unindent(line);
  const std::string_view marks = text ? trim(*text) : "";
  if (marks.size() < 3 || (marks.front() != '=' && marks.front() != '-')
      || marks.find_first_not_of(marks.front()) != std::string_view::npos) {
    return 0;
  }
  return marks.front() == '=' ? 1 : 2;
}

// A line that could be a setext heading's text: plain paragraph text, not a list item,
// quote, table row, HTML or another heading.
bool is_paragraph_text(std::string_view line)
{
  const std::optional<std::string_view> text = unindent(line);
  if (!text || trim(*text).empty()) {
    return false;
  }
  constexpr std::string_view k_block_starts = "-*+>|#<`~=";
  return k_block_starts.find(text->front()) == std::string_view::npos;
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
  const std::vector<Line> lines = split_lines(body);
  std::vector<CardChunk> chunks(1);
  std::size_t content_begin = 0;
  std::string_view fence;
  // Ends the current chunk just before `stop` and opens one for a heading.
  const auto open_chunk = [&](std::size_t stop, int level, std::string heading, std::size_t next_begin) {
    chunks.back().content = body.substr(content_begin, stop - content_begin);
    chunks.push_back(CardChunk{std::move(heading), level, {}});
    content_begin = next_begin;
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view marker = fence_marker(lines[i].text);
    if (!fence.empty()) {
      const bool closes = !marker.empty() && marker.front() == fence.front() && marker.size() >= fence.size();
      fence = closes ? std::string_view() : fence;
      continue;
    }
    if (!marker.empty()) {
      fence = marker;
    } else if (auto heading = atx_heading(lines[i].text)) {
      open_chunk(lines[i].begin, heading->first, std::move(heading->second), lines[i].end);
    } else if (const int level = setext_level(lines[i].text);
               level > 0 && i > 0 && lines[i - 1].begin >= content_begin && is_paragraph_text(lines[i - 1].text)) {
      open_chunk(lines[i - 1].begin, level, to_lower(trim(lines[i - 1].text)), lines[i].end);
    }
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
