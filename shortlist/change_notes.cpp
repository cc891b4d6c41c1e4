#include "shortlist/change_notes.hpp"

#include "shortlist/safe_text.hpp"

#include <string_view>

namespace scout::shortlist {

std::string markdown_text(const std::string& text)
{
  constexpr std::string_view k_special = "\\`*_[]<>|";
  const std::string clean = clean_text(text);
  // '#' starts a heading only at the start of a line (or of a list item's text).
  std::string out = clean.starts_with('#') ? "\\" : "";
  for (const char c : clean) {
    if (k_special.find(c) != std::string_view::npos) {
      out += '\\';
    }
    out += c;
  }
  return out;
}

void write_changes_markdown(const ChangeNotes& notes, std::ostream& out)
{
  out << "# " << markdown_text(notes.title) << "\n\n" << markdown_text(notes.summary) << "\n";
  for (const ChangeGroup& group : notes.groups) {
    if (group.items.empty() && group.when_empty.empty()) {
      continue;
    }
    out << "\n## " << markdown_text(group.heading) << "\n\n";
    if (group.items.empty()) {
      out << markdown_text(group.when_empty) << "\n";
    }
    for (const std::string& item : group.items) {
      out << "- " << markdown_text(item) << "\n";
    }
  }
}

std::string changes_html(const ChangeNotes& notes)
{
  std::string html =
    "<section id=\"changes\"><h2>" + html_escape(notes.title) + "</h2><p>" + html_escape(notes.summary) + "</p>\n";
  for (const ChangeGroup& group : notes.groups) {
    if (group.items.empty() && group.when_empty.empty()) {
      continue;
    }
    html += "<h3>" + html_escape(group.heading) + "</h3>";
    if (group.items.empty()) {
      html += "<p class=\"meta\">" + html_escape(group.when_empty) + "</p>\n";
      continue;
    }
    html += "<ul>";
    for (const std::string& item : group.items) {
      html += "<li>" + html_escape(item) + "</li>";
    }
    html += "</ul>\n";
  }
  return html + "</section>\n";
}

}  // namespace scout::shortlist
