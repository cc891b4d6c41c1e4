#pragma once

#include <string>
#include <string_view>

// Every field of a shortlist came from a public profile anyone can edit. These turn such
// text into something that cannot break, or run inside, the format it is written into.
namespace scout::shortlist {

// Valid UTF-8 with every control character (C0, DEL, C1) removed, so nothing can end a
// row, a cell or a line; a tab or line break becomes a space.
std::string clean_text(std::string_view text);

// A CSV field per RFC 4180 (quoted when it holds a comma, quote or line break) whose
// content cannot start a spreadsheet formula: a cell beginning with = + - @ (or a tab or
// carriage return before cleaning) is prefixed with an apostrophe.
std::string csv_field(std::string_view text);

// Text safe between HTML tags and inside a double-quoted attribute.
std::string html_escape(std::string_view text);

// The URL when it is an absolute http(s) URL without control characters or spaces, else
// "" (so javascript:, data: and the like are never made links).
std::string safe_link(std::string_view url);

// Public profile pages: https://github.com/LOGIN, https://huggingface.co/USER and an arXiv
// author search; the handle is percent-encoded.
std::string github_profile_url(std::string_view login);
std::string huggingface_profile_url(std::string_view user);
std::string arxiv_author_url(std::string_view name);

// Markdown table cell: clean text with '|' escaped and no line breaks.
std::string markdown_cell(std::string_view text);

}  // namespace scout::shortlist
