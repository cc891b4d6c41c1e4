#include "common/utf8.hpp"
#include "hostile_strings.hpp"
#include "shortlist/safe_text.hpp"

#include <doctest/doctest.h>

using namespace scout::shortlist;

TEST_SUITE("shortlist::safe_text")
{
  TEST_CASE("no hostile string leaves a control character, a line break or invalid UTF-8")
  {
    for (const std::string& text : scout::testing::hostile_strings()) {
      const std::string clean = clean_text(text);
      INFO(text);
      CHECK(scout::is_valid_utf8(clean));
      for (const char c : clean) {
        CHECK(static_cast<unsigned char>(c) >= 0x20);
        CHECK(c != 0x7F);
      }
      CHECK(clean.find("\xC2\x85") == std::string::npos);  // C1 NEL
    }
  }

  TEST_CASE("a CSV cell never starts a formula")
  {
    for (const std::string& text : scout::testing::hostile_strings()) {
      std::string cell = csv_field(text);
      if (!cell.empty() && cell.front() == '"') {
        cell.erase(0, 1);
      }
      INFO(text);
      CHECK(std::string("=+-@").find(cell.empty() ? 'x' : cell.front()) == std::string::npos);
    }
    CHECK(csv_field("=1+1") == "'=1+1");
    CHECK(csv_field("\t=1+1") == "' =1+1");
    CHECK(csv_field("-2+3") == "'-2+3");
    CHECK(csv_field("Łukasz") == "Łukasz");
  }

  TEST_CASE("CSV quoting follows RFC 4180")
  {
    CHECK(csv_field("plain") == "plain");
    CHECK(csv_field("a,b") == "\"a,b\"");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("two\nlines") == "two lines");
  }

  TEST_CASE("HTML escaping leaves no tag, attribute break or entity of the input")
  {
    for (const std::string& text : scout::testing::hostile_strings()) {
      const std::string html = html_escape(text);
      INFO(text);
      CHECK(html.find('<') == std::string::npos);
      CHECK(html.find('>') == std::string::npos);
      CHECK(html.find('"') == std::string::npos);
      CHECK(html.find('\'') == std::string::npos);
    }
    CHECK(html_escape("&lt;") == "&amp;lt;");
  }

  TEST_CASE("only http(s) URLs become links")
  {
    CHECK(safe_link("https://github.com/ana") == "https://github.com/ana");
    CHECK(safe_link("http://example.org/x?a=1") == "http://example.org/x?a=1");
    for (const char* bad : {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "//evil.example",
                            "https://ok.example/\"onmouseover=alert(1)", "https://a b", "vbscript:x", ""}) {
      CHECK_MESSAGE(safe_link(bad).empty(), bad);
    }
  }

  TEST_CASE("profile URLs percent-encode the handle")
  {
    CHECK(github_profile_url("ana") == "https://github.com/ana");
    CHECK(huggingface_profile_url("Org-Name") == "https://huggingface.co/Org-Name");
    CHECK(github_profile_url("a\"><script>") == "https://github.com/a%22%3E%3Cscript%3E");
    CHECK(arxiv_author_url("José Álvarez").starts_with("https://arxiv.org/search/?searchtype=author&query=Jos%C3%A9"));
  }

  TEST_CASE("a Markdown cell cannot end the cell or make a link")
  {
    CHECK(markdown_cell("a | b") == "a \\| b");
    CHECK(markdown_cell("[x](javascript:alert(1))") == "\\[x\\](javascript:alert(1))");
    CHECK(markdown_cell("two\nlines") == "two lines");
  }
}
