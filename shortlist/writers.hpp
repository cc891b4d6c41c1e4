#pragma once

#include "shortlist/shortlist_row.hpp"

#include <optional>
#include <ostream>
#include <string_view>
#include <vector>

namespace scout::shortlist {

enum class Format { csv, jsonl, markdown, html };

// "csv", "jsonl" (or "json"), "md" (or "markdown"), "html"; nullopt for anything else.
std::optional<Format> format_from_name(std::string_view name);

// The column headers every tabular format uses, in order (schemas/export.schema.json).
const std::vector<std::string>& shortlist_columns();

// CSV per RFC 4180, UTF-8 with a byte-order mark (so spreadsheet programs read "Łukasz"
// and "李明" right), CRLF line ends, one row per person.
void write_csv(const std::vector<ShortlistRow>& rows, std::ostream& out);

// JSON Lines: one object per person with the full per-signal breakdown.
void write_jsonl(const std::vector<ShortlistRow>& rows, std::ostream& out);

// A GitHub-flavoured Markdown table, profile links as Markdown links.
void write_markdown(const ShortlistMeta& meta, const std::vector<ShortlistRow>& rows, std::ostream& out);

// One self-contained HTML page (no external script, font or style): a table that sorts on
// a header click, each row expanding to its signal breakdown (inline SVG) and evidence.
void write_html(const ShortlistMeta& meta, const std::vector<ShortlistRow>& rows, std::ostream& out);

// Dispatches on `format`.
void write_shortlist(Format format, const ShortlistMeta& meta, const std::vector<ShortlistRow>& rows,
                     std::ostream& out);

}  // namespace scout::shortlist
