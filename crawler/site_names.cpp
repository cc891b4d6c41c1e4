#include "crawler/site_names.hpp"

#include "common/strings.hpp"

#include <algorithm>
#include <iterator>
#include <string>

namespace scout::crawler {

namespace {

// GitHub reserves these as top-level paths, so no user or organisation has the name.
constexpr std::string_view k_github_site_pages[] = {
  "about",  "apps",     "collections", "contact", "customer-stories", "enterprise", "explore", "features", "issues",
  "join",   "login",    "marketplace", "new",     "notifications",    "orgs",       "pricing", "pulls",    "readme",
  "search", "security", "settings",    "site",    "solutions",        "sponsors",   "topics",  "trending", "users",
};

// The Hub's own pages. "datasets", "spaces" and "papers" are also repository-type or paper
// prefixes: a reader handles those before asking whether the segment is an account.
constexpr std::string_view k_hf_site_pages[] = {
  "api",           "autotrain",
  "billing",       "blog",
  "brand",         "changelog",
  "chat",          "classrooms",
  "collections",   "contact",
  "course",        "datasets",
  "docs",          "enterprise",
  "events",        "faq",
  "front",         "hub",
  "huggingchat",   "inference",
  "inference-api", "inference-endpoints",
  "jobs",          "join",
  "learn",         "login",
  "mcp",           "metrics",
  "models",        "new",
  "new-dataset",   "new-space",
  "notifications", "oauth",
  "organizations", "papers",
  "posts",         "pricing",
  "privacy",       "search",
  "settings",      "spaces",
  "tasks",         "transformers",
};

template<std::size_t N>
bool listed(const std::string_view (&list)[N], std::string_view segment)
{
  const std::string lower = to_lower(segment);
  return std::find(std::begin(list), std::end(list), lower) != std::end(list);
}

}  // namespace

bool is_github_site_page(std::string_view first_segment) { return listed(k_github_site_pages, first_segment); }

bool is_hf_site_page(std::string_view first_segment) { return listed(k_hf_site_pages, first_segment); }

}  // namespace scout::crawler
