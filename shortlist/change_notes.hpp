#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace scout::shortlist {

// What changed since the last nightly run, in words a recruiter reads: a title, one
// paragraph, then groups of one-line items ("New in the top 50", "Biggest movers"). Built
// by app/ from two ranking runs; the items hold names and evidence written by strangers,
// so the writers escape them, never the caller.
struct ChangeGroup {
  std::string heading;
  std::vector<std::string> items;
  std::string when_empty;  // shown instead of an empty list ("nobody"); empty: the group is left out
};

struct ChangeNotes {
  std::string title;    // "What changed on 2026-12-01"
  std::string summary;  // one paragraph
  std::vector<ChangeGroup> groups;
};

// changes.md: "# title", the summary, then "## heading" and "- item" lines. Markdown
// syntax in the text is escaped, so a name cannot become a link or a heading.
void write_changes_markdown(const ChangeNotes& notes, std::ostream& out);

// The same as an HTML <section id="changes"> for the nightly shortlist page.
std::string changes_html(const ChangeNotes& notes);

// Text with Markdown's inline syntax (\ ` * _ [ ] < > |, and a leading #) backslash-escaped
// and control characters removed, safe as a list item or paragraph.
std::string markdown_text(const std::string& text);

}  // namespace scout::shortlist
