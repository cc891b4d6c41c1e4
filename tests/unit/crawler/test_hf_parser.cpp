#include "test_hf_support.hpp"

#include <doctest/doctest.h>

using scout::test::hf_fixture;
using scout::test::HfPage;
using scout::test::parse_hf;

TEST_SUITE("crawler::HfParser")
{
  TEST_CASE("an unknown kind is an error")
  {
    const auto output = parse_hf(HfPage{"hf.space", "https://huggingface.co/api/spaces/a/b", "{}"});
    CHECK(output.error == "https://huggingface.co/api/spaces/a/b: unknown Hugging Face task kind 'hf.space'");
    CHECK(output.new_tasks.empty());
  }

  TEST_CASE("404 and 410 mean absent for every kind but user overviews")
  {
    for (const char* kind :
         {"hf.author_models", "hf.model_search", "hf.model", "hf.model_card", "hf.org_overview", "hf.paper"}) {
      for (const long status : {404L, 410L}) {
        CAPTURE(kind);
        CAPTURE(status);
        const auto output =
          parse_hf(HfPage{kind, "https://huggingface.co/a/b/raw/main/README.md", "Not Found", status});
        CHECK(output.error.empty());
        CHECK(output.records.empty());
        CHECK(output.new_tasks.empty());
      }
    }
  }

  TEST_CASE("a status the engine should not pass on is an error")
  {
    const auto output = parse_hf(HfPage{"hf.model", "https://huggingface.co/api/models/a/b", "{}", 500});
    CHECK(output.error == "https://huggingface.co/api/models/a/b: unexpected HTTP status 500");
  }

  TEST_CASE("an HTML page with status 200 is an error for every JSON kind")
  {
    for (const char* kind :
         {"hf.author_models", "hf.model_search", "hf.model", "hf.user_overview", "hf.org_overview", "hf.paper"}) {
      CAPTURE(kind);
      const auto output = parse_hf(HfPage{kind, "https://huggingface.co/x", hf_fixture("error_page.html")});
      CHECK(output.error.rfind("https://huggingface.co/x: expected JSON, got \"<!DOCTYPE html>", 0) == 0);
      CHECK(output.records.empty());
      CHECK(output.new_tasks.empty());
    }
  }

  TEST_CASE("a page without headers is fine")
  {
    const scout::crawler::HfParser parser(scout::crawler::HfParserOptions{"https://huggingface.co"});
    scout::model::Task task;
    task.kind = "hf.author_models";
    task.url = "https://huggingface.co/api/models?author=a&full=true&limit=100";
    const auto output = parser.parse(task, scout::crawler::FetchedPage{task.url, 200, nullptr, "[]"});
    CHECK(output.error.empty());
  }
}
