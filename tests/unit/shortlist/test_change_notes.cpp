// changes.md and the HTML page's "What changed" section: exact Markdown, and text from
// profiles that can neither become Markdown syntax nor HTML.
#include "hostile_strings.hpp"
#include "shortlist/change_notes.hpp"
#include "shortlist/writers.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string_view>

using namespace scout::shortlist;

namespace {

ChangeNotes notes_with(std::vector<std::string> items)
{
  return {"What changed on 2026-12-01",
          "Ranking run 5 compared with ranking run 2.",
          {{"New in the top 3 (overall)", std::move(items), "nobody"},
           {"Left the top 3 (overall)", {}, "nobody"},
           {"Unlisted when empty", {}, ""}}};
}

}  // namespace

TEST_SUITE("shortlist::change notes")
{
  TEST_CASE("markdown: title, summary, groups, an empty group says so or is left out")
  {
    std::ostringstream out;
    write_changes_markdown(notes_with({"Eve (person 5): #3, new to scout"}), out);
    CHECK(out.str()
          == "# What changed on 2026-12-01\n\nRanking run 5 compared with ranking run 2.\n\n"
             "## New in the top 3 (overall)\n\n- Eve (person 5): #3, new to scout\n\n"
             "## Left the top 3 (overall)\n\nnobody\n");
  }

  TEST_CASE("markdown: a name cannot become a link, a heading, emphasis or HTML")
  {
    CHECK(markdown_text("**bold** _it_ [link](javascript:alert(1))")
          == "\\*\\*bold\\*\\* \\_it\\_ \\[link\\](javascript:alert(1))");
    CHECK(markdown_text("# heading") == "\\# heading");
    CHECK(markdown_text("C# and #3") == "C# and #3");
    CHECK(markdown_text("<script>x</script>") == "\\<script\\>x\\</script\\>");
    CHECK(markdown_text("line\r\nbreak") == "line  break");
    for (const std::string& hostile : scout::testing::hostile_strings()) {
      const std::string text = markdown_text(hostile);
      CHECK_MESSAGE(text.find_first_of("\r\n") == std::string::npos, hostile);
      for (std::size_t i = 0; i < text.size(); ++i) {
        if (std::string_view("`*_[]<>|").find(text[i]) != std::string_view::npos) {
          CHECK_MESSAGE((i > 0 && text[i - 1] == '\\'), hostile);  // every syntax character escaped
        }
      }
    }
  }

  TEST_CASE("html: the section is escaped and only on pages given changes")
  {
    std::ostringstream with, without;
    ShortlistMeta meta{7, "2026-12-01T03:00:00Z", "", ""};
    write_html(meta, {}, without);
    meta.changes = notes_with(scout::testing::hostile_strings());
    write_html(meta, {}, with);
    CHECK(without.str().find("id=\"changes\"") == std::string::npos);
    const std::string html = with.str();
    CHECK(html.find("<section id=\"changes\"><h2>What changed on 2026-12-01</h2>") != std::string::npos);
    CHECK(html.find("<li>&lt;script&gt;alert(1)&lt;/script&gt;</li>") != std::string::npos);
    CHECK(html.find("<script>alert") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<script>") == html.rfind("<script>"));  // still exactly one script element
    CHECK(html.find("<h3>Left the top 3 (overall)</h3><p class=\"meta\">nobody</p>") != std::string::npos);
  }
}
