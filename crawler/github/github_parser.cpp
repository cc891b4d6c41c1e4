#include "crawler/github/github_parser.hpp"

#include "crawler/github/github_page.hpp"
#include "crawler/json_body.hpp"

#include <string_view>
#include <utility>

namespace scout::crawler {

namespace {

using KindParser = ParseOutput (*)(const github::GithubPage&);

struct KindRow {
  std::string_view kind;
  KindParser parse;
};

constexpr KindRow k_kinds[] = {
  {"github.repo_contributors", github::parse_repo_contributors},
  {"github.repo", github::parse_repo},
  {"github.user", github::parse_user},
  {"github.user_repos", github::parse_user_repos},
  {"github.readme", github::parse_readme},
  {"github.user_search", github::parse_user_search},
  {"github.repo_contributor_stats", github::parse_repo_contributor_stats},
  {"github.user_social_accounts", github::parse_user_social_accounts},
  {"github.fork_repo", github::parse_repo},
};

KindParser find_kind(std::string_view kind)
{
  for (const KindRow& row : k_kinds) {
    if (row.kind == kind) {
      return row.parse;
    }
  }
  return nullptr;
}

}  // namespace

GithubParser::GithubParser(GithubParserOptions options) : m_options(std::move(options)) {}

ParseOutput GithubParser::parse(const model::Task& task, const FetchedPage& page) const
{
  const KindParser parse_kind = find_kind(task.kind);
  if (parse_kind == nullptr) {
    return github::failed("github parser: unknown task kind " + task.kind);
  }
  // A deleted user or repository is absence, not failure; GitHub answers an empty
  // repository's contributors with 204 and no body.
  if (page.status == 404 || page.status == 410 || page.status == 204) {
    return {};
  }
  const std::string& url = page.url.empty() ? task.url : page.url;
  rapidjson::Document document;
  if (std::string error = parse_json_body(page, document); !error.empty()) {
    return github::failed(url + ": " + error);
  }
  ParseOutput output = parse_kind(github::GithubPage{task, page, document, m_options});
  // Nothing half-parsed leaves: an error drops the records and tasks read before it.
  if (!output.error.empty()) {
    return github::failed(url + ": " + output.error);
  }
  return output;
}

}  // namespace scout::crawler
