#pragma once

#include <string>
#include <string_view>
#include <vector>

// Internal to crawler/huggingface: what a model card's Markdown says (parse_hf_model_card
// in hf_task_kinds.hpp is the kind parser that uses it).
namespace scout::crawler::hf {

// A model card README split at its YAML front matter.
struct CardParts {
  bool has_front_matter = false;
  std::string_view front_matter;  // the YAML between the '---' lines (not parsed here)
  std::string_view body;          // the Markdown after the closing line, or the whole text
};

// Front matter is a '---' line that opens the file, possibly after blank lines (or a BOM),
// up to the next '---' (or '...') line. Without an opening line, or without a closing one,
// the whole text is the body. Views point into `text`.
CardParts split_front_matter(std::string_view text);

// A stretch of Markdown under one heading. The first chunk (level 0, empty heading) holds
// the text before any heading.
struct CardChunk {
  std::string heading;  // lower-case rendered text of the heading ("**Uses** ##" -> "uses")
  int level = 0;        // 1-6 for ATX headings, 1 ('=') or 2 ('-') for setext ones
  std::string_view content;
};

// Splits a Markdown body at the document's headings as CommonMark reads them (ATX '## x' and
// setext 'x' over '---'; a '#' line in a code block, list or quote is none). Views point
// into `body`.
std::vector<CardChunk> card_chunks(std::string_view body);

// The sections a card has, each named once in this order: intended_use, training_data,
// training_procedure, evaluation, limitations, citation. A section is present when a
// heading (any level, any case) contains one of its phrases as whole words (a plural 's'
// allowed): "intended use", "uses", "direct use", "out-of-scope" / "training data",
// "training and evaluation data", "dataset" / "training procedure", "training
// hyperparameters", "training details" / "evaluation", "result", "benchmark" /
// "limitation", "bias", "biases", "risk" / "citation", "citing", "bibtex".
std::vector<std::string> card_sections(std::string_view body);

// True when `phrase` occurs in `text` with word boundaries at both ends, the end boundary
// also allowing one plural 's'. Both are expected in lower case.
bool has_phrase(std::string_view text, std::string_view phrase);

// The lines of `text` without their line breaks ('\r' dropped too).
std::vector<std::string_view> text_lines(std::string_view text);

// True when a card body is still the auto-generated template. The rule:
//  1. The body carries a template marker: "More Information Needed" (the Hub template's
//     and the Trainer's placeholder, any case), "<!-- Provide a quick summary", or the
//     "has been automatically generated" / "has been generated automatically" sentences.
//  2. Each heading chunk (see card_chunks) is classified. Lines holding a placeholder
//     ("More Information Needed", "...automatically generated...", "Use the code below to
//     get started with the model."), bare labels ("- **Developed by:**"), HTML comments
//     and blank lines are removed. A chunk with other text left is filled; one that only
//     lost placeholders or comments is a placeholder; one with nothing at all is empty.
//     Chunks the Trainer fills by itself ("Training hyperparameters", "Training results",
//     "Framework versions") are not counted.
//  3. Template = marker present and placeholder chunks outnumber filled ones.
bool is_template_card(std::string_view body);

}  // namespace scout::crawler::hf
