// One list of site pages for every source: the one link extractor (arXiv abstracts, model
// cards, GitHub profiles and READMEs all read links through it) gives the same answer for
// the same link.
#include "crawler/links/link_extractor.hpp"
#include "crawler/site_names.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace scout::crawler;

TEST_SUITE("crawler::site_names")
{
  // github.com/explore/foo was a code link in an arXiv abstract (a 12-name list) but not in
  // a model card (27 names). GitHub reserves /explore: it is no account, so no repository.
  TEST_CASE("github.com/explore/foo is a site page")
  {
    CHECK(is_github_site_page("explore"));
    CHECK(is_github_site_page("Explore"));
    CHECK(links::find_links("Code: https://github.com/explore/foo").empty());
  }

  TEST_CASE("every GitHub site page of either old list names no account or repository")
  {
    for (const char* page : {"about",    "collections", "features",         "marketplace", "orgs",     "pricing",
                             "settings", "site",        "sponsors",         "topics",      "trending", "users",
                             "apps",     "contact",     "customer-stories", "enterprise",  "issues",   "join",
                             "login",    "new",         "notifications",    "pulls",       "readme",   "search",
                             "security", "solutions"}) {
      CAPTURE(page);
      CHECK(links::find_links(std::string("see https://github.com/") + page + "/foo").empty());
      CHECK(links::find_links(std::string("see https://github.com/") + page).empty());
    }
  }

  // huggingface.co/docs/... was a site page for a GitHub profile but read as the model
  // "docs/..." in an arXiv abstract only if missing from its 14-name list; "enterprise" was.
  TEST_CASE("Hugging Face site pages are no models, in text or as a URL")
  {
    for (const char* page : {"docs", "enterprise", "inference-endpoints", "learn", "spaces-x"}) {
      CAPTURE(page);
      const bool site = is_hf_site_page(page);
      CHECK(links::find_links(std::string("https://huggingface.co/") + page + "/thing").empty() == site);
      CHECK(!links::link_of_url("huggingface.co", std::string("/") + page + "/thing").has_value() == site);
    }
    CHECK_FALSE(is_hf_site_page("spaces-x"));
  }
}
