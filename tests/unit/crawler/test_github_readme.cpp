#include "unit/crawler/test_github_support.hpp"

#include <doctest/doctest.h>

using scout::test_github::fixture;
using scout::test_github::run;

TEST_SUITE("crawler::github::readme")
{
  const std::string k_url = "https://api.github.com/repos/ana-ml/dpo-lite/readme";

  TEST_CASE("the decoded README gives one readme_link per paper, Hub repository and Hub account")
  {
    const auto output = run({"github.readme", k_url, fixture("readme.json")});
    REQUIRE(output.error.empty());
    CHECK(output.new_tasks.empty());
    CHECK(output.records.github_users.empty());
    CHECK(output.records.github_repos.empty());
    const auto& evidence = output.records.evidence;
    struct Expected {
      const char* to_source;
      const char* to_handle;
      const char* to_ref;
    };
    // In order of first mention; the badge image and the docs page are not links to anyone.
    const Expected expected[] = {
      {"", "", "hf:model/ana-ml/dpo-lite-7b"},
      {"", "", "arxiv:2305.18290"},
      {"", "", "arxiv:2310.12036"},
      {"", "", "hf:dataset/ana-ml/ultra-prefs"},
      {"", "", "hf:space/ana-ml/dpo-demo"},
      {"huggingface", "ana-ml", ""},
      {"", "", "arxiv:cs/0601001"},
      {"", "", "arxiv:hep-th/9901001"},
    };
    REQUIRE(evidence.size() == std::size(expected));
    for (std::size_t i = 0; i < evidence.size(); ++i) {
      CAPTURE(i);
      CHECK(evidence[i].to_source == expected[i].to_source);
      CHECK(evidence[i].to_handle == expected[i].to_handle);
      CHECK(evidence[i].to_ref == expected[i].to_ref);
      CHECK(evidence[i].from_source == "github");
      CHECK(evidence[i].from_handle == "ana-ml");
      CHECK(evidence[i].kind == "readme_link");
      CHECK(evidence[i].source_url == k_url);
    }
    CHECK(evidence[1].detail == "arxiv.org/abs/2305.18290");
    CHECK(evidence[2].detail == "arXiv:2310.12036");
  }

  TEST_CASE("content that is not base64 is an error naming the field")
  {
    const auto output = run({"github.readme", k_url, fixture("readme_bad_base64.json")});
    CHECK(output.error == k_url + ": field 'content': expected base64 text");
    CHECK(output.records.empty());
  }

  TEST_CASE("a README too large to inline is noted, not failed")
  {
    const auto output = run({"github.readme", k_url, fixture("readme_too_large.json")});
    CHECK(output.error.empty());
    CHECK(output.records.empty());
    REQUIRE(output.notes.size() == 1);
    CHECK(output.notes[0].find("encoding 'none'") != std::string::npos);
  }

  TEST_CASE("a repository without a README (404) gives nothing")
  {
    const auto output = run({"github.readme", k_url, "{\"message\":\"Not Found\"}", 404});
    CHECK(output.error.empty());
    CHECK(output.records.empty());
    CHECK(output.new_tasks.empty());
  }
}
