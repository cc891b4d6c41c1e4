#pragma once

#include <string>
#include <string_view>
#include <vector>

// README and model-card structure as a reader sees it, through a CommonMark parser (cmark):
// a '#' line inside a code block is no heading, and a reference wrapped onto the next line
// ("arXiv:\n2305.18290") or written with Markdown escapes ("my\_model") reads as rendered.
namespace scout::crawler::links {

// The text a reader of `markdown` sees, for finding links in it: each block on its own
// line, soft line breaks as spaces, escapes and entities resolved, every link's and
// image's destination written after its text, and code blocks and HTML kept as written
// (BibTeX citations and <a href> links live there).
std::string markdown_reader_text(std::string_view markdown);

// A heading of the document itself (not one inside a list or quote), in order.
struct MarkdownHeading {
  int level = 0;       // 1-6; a setext heading is 1 ('=') or 2 ('-')
  std::string text;    // its inline text as rendered: "## Uses ##" -> "Uses"
  int first_line = 0;  // 1-based source lines: a setext heading spans its text and underline
  int last_line = 0;
};

std::vector<MarkdownHeading> markdown_headings(std::string_view markdown);

}  // namespace scout::crawler::links
