#include "crawler/huggingface/hf_card_template.hpp"

#include "common/strings.hpp"
#include "crawler/huggingface/hf_card_markdown.hpp"

#include <algorithm>
#include <cctype>
#include <span>

namespace scout::crawler::hf {

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

}  // namespace scout::crawler::hf
