// One list of site pages for every source: each reader of links (arXiv abstracts, model
// cards, GitHub profiles and READMEs) gives the same answer for the same link.
#include "crawler/arxiv/paper_links.hpp"
#include "crawler/github/hf_url.hpp"
#include "crawler/huggingface/hf_card_links.hpp"
#include "crawler/site_names.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace scout::crawler;

TEST_SUITE("crawler::site_names")
{
  // github.com/explore/foo was a code link in an arXiv abstract (a 12-name list) but not in
  // a model card (27 names). GitHub reserves /explore: it is no account, so no repository.
  TEST_CASE("github.com/explore/foo is a site page wherever the link is found")
  {
    CHECK(is_github_site_page("explore"));
    CHECK(is_github_site_page("Explore"));
    CHECK(find_paper_links("Code: https://github.com/explore/foo").empty());
    CHECK(hf::find_github_repos("Code: https://github.com/explore/foo").empty());
  }

  TEST_CASE("every GitHub site page of either old list is rejected by both readers")
  {
    for (const char* page : {"about",    "collections", "features",         "marketplace", "orgs",     "pricing",
                             "settings", "site",        "sponsors",         "topics",      "trending", "users",
                             "apps",     "contact",     "customer-stories", "enterprise",  "issues",   "join",
                             "login",    "new",         "notifications",    "pulls",       "readme",   "search",
                             "security", "solutions"}) {
      CAPTURE(page);
      const std::string text = std::string("see https://github.com/") + page + "/foo";
      CHECK(find_paper_links(text).empty());
      CHECK(hf::find_github_repos(text).empty());
    }
  }

  TEST_CASE("an account named like no site page is a repository owner for both readers")
  {
    const auto links = find_paper_links("https://github.com/explorer/foo");
    REQUIRE(links.size() == 1);
    CHECK(links[0].to_ref == "github:explorer/foo");
    CHECK(hf::find_github_repos("https://github.com/explorer/foo") == std::vector<std::string>{"explorer/foo"});
  }

  // huggingface.co/docs/... was a site page for a GitHub profile but read as the model
  // "docs/..." in an arXiv abstract only if missing from its 14-name list; "enterprise" was.
  TEST_CASE("Hugging Face site pages are no models in an abstract or on GitHub")
  {
    for (const char* page : {"docs", "enterprise", "inference-endpoints", "learn", "spaces-x"}) {
      CAPTURE(page);
      const bool site = is_hf_site_page(page);
      const std::string text = std::string("https://huggingface.co/") + page + "/thing";
      CHECK(find_paper_links(text).empty() == site);
      CHECK(!github::hf_target(std::string(page) + "/thing").has_value() == site);
    }
    CHECK_FALSE(is_hf_site_page("spaces-x"));
  }
}
