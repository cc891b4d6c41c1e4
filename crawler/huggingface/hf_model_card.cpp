// hf.model_card: a README.md as Markdown (never parsed as JSON): its front matter, its
// sections as CommonMark reads them, whether it is still the template, and the links it holds.

#include "crawler/huggingface/hf_model_card.hpp"

#include "common/strings.hpp"
#include "crawler/huggingface/hf_output.hpp"
#include "crawler/huggingface/hf_task_kinds.hpp"
#include "crawler/huggingface/hf_urls.hpp"
#include "crawler/links/link_evidence.hpp"
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

namespace {

enum class ChunkKind { empty, placeholder, filled, generated };

constexpr std::string_view k_template_markers[] = {
  "more information needed",
  "<!-- provide a quick summary",
  "has been automatically generated",
  "has been generated automatically",
};

// Lines the templates write for the author to replace.
constexpr std::string_view k_placeholder_lines[] = {
  "more information needed",
  "has been automatically generated",
  "has been generated automatically",
  "use the code below to get started with the model",
};

// Sections the Trainer writes from its own logs: text, but not the author's.
constexpr std::string_view k_generated_headings[] = {"training hyperparameters", "training results",
                                                     "framework versions"};

bool contains_any(std::string_view text, std::span<const std::string_view> needles)
{
  for (const std::string_view needle : needles) {
    if (text.find(needle) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

bool has_word_text(std::string_view text)
{
  for (const char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) != 0 || (static_cast<unsigned char>(c) & 0x80) != 0) {
      return true;
    }
  }
  return false;
}

// "- **Developed by:**", "**BibTeX:**": a bold label with nothing after it.
bool is_bare_label(std::string_view line)
{
  if (starts_with(line, "- ") || starts_with(line, "* ") || starts_with(line, "+ ")) {
    line = trim(line.substr(2));
  }
  if (!starts_with(line, "**")) {
    return false;
  }
  const std::size_t close = line.find("**", 2);
  return close != std::string_view::npos && !has_word_text(line.substr(close + 2));
}

// The text with <!-- ... --> comments cut out; `removed` tells whether there were any.
std::string without_comments(std::string_view text, bool& removed)
{
  std::string result;
  std::size_t at = 0;
  for (std::size_t open = text.find("<!--"); open != std::string_view::npos; open = text.find("<!--", at)) {
    result += text.substr(at, open - at);
    const std::size_t close = text.find("-->", open + 4);
    at = close == std::string_view::npos ? text.size() : close + 3;
    removed = true;
  }
  result += text.substr(std::min(at, text.size()));
  return result;
}

ChunkKind classify(const CardChunk& chunk)
{
  if (chunk.level > 0 && contains_any(chunk.heading, k_generated_headings)) {
    return ChunkKind::generated;
  }
  bool removed = false;
  const std::string text = to_lower(without_comments(chunk.content, removed));
  for (const std::string_view raw : text_lines(text)) {
    const std::string_view line = trim(raw);
    if (contains_any(line, k_placeholder_lines)) {
      removed = true;
    } else if (!is_bare_label(line) && has_word_text(line)) {
      return ChunkKind::filled;
    }
  }
  return removed ? ChunkKind::placeholder : ChunkKind::empty;
}

}  // namespace

bool is_template_card(std::string_view body)
{
  if (!contains_any(to_lower(body), k_template_markers)) {
    return false;
  }
  int placeholders = 0;
  int filled = 0;
  for (const CardChunk& chunk : card_chunks(body)) {
    const ChunkKind kind = classify(chunk);
    placeholders += kind == ChunkKind::placeholder ? 1 : 0;
    filled += kind == ChunkKind::filled ? 1 : 0;
  }
  return placeholders > filled;
}

namespace {

// The evidence kind a card's link gives: papers it cites, GitHub accounts and repositories
// it links (the linker's hf_card_github rule reads both); "" for other links.
std::string_view card_kind(const links::Link& link)
{
  switch (link.target) {
  case links::Target::arxiv_paper: return "hf_card_arxiv";
  case links::Target::github_account:
  case links::Target::github_repo: return "hf_card_github";
  default: return "";
  }
}

// What the card body points at, credited to the model's namespace (a user or an org).
void add_card_evidence(const model::HfModelCardRecord& card, std::string_view body, const std::string& url,
                       ParseOutput& output)
{
  const std::string author = hf_author_of(card.model_id);
  if (author.empty()) {
    return;  // a legacy id like "gpt2" names no account to credit
  }
  const links::EvidenceSource from{"huggingface", author, url};
  for (const links::Link& link : links::find_links(links::markdown_reader_text(body))) {
    if (const std::string_view kind = card_kind(link); !kind.empty()) {
      output.records.evidence.push_back(links::link_evidence(from, std::string(kind), link, card.model_id));
    }
  }
}

}  // namespace

ParseOutput parse_hf_model_card(std::string_view /*api*/, const model::Task& task, const FetchedPage& page)
{
  const std::string url = page_url(task, page);
  std::optional<std::string> model_id = hf_model_id_from_card_url(url);
  if (!model_id || model_id->empty()) {
    return parse_failure(url + ": expected a model card URL ({id}/raw/{revision}/README.md)");
  }
  const CardParts parts = split_front_matter(page.body);
  model::HfModelCardRecord card;
  card.model_id = std::move(*model_id);
  card.length = static_cast<std::int64_t>(parts.body.size());
  card.is_template = is_template_card(parts.body);
  // A card that is only the generated template counts as empty: its headings are the
  // template's placeholders, not governance the author wrote.
  if (!card.is_template) {
    card.sections = card_sections(parts.body);
  }
  ParseOutput output;
  add_card_evidence(card, parts.body, url, output);
  output.records.hf_model_cards.push_back(std::move(card));
  return output;
}

}  // namespace scout::crawler::hf
