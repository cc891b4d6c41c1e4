#pragma once

// Shared by the test_github_*.cpp files: runs GithubParser over a fixture body with the
// headers a real response would carry.

#include "common/strings.hpp"
#include "crawler/github/github_parser.hpp"
#include "crawler/http/http_types.hpp"
#include "model/task.hpp"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace scout::test_github {

inline const std::string k_api = "https://api.github.com";

inline std::string fixture(const std::string& name)
{
  return scout::read_file(std::string(SCOUT_FIXTURES_DIR) + "/github/" + name);
}

struct Request {
  Request(std::string kind_, std::string url_, std::string body_, long status_ = 200)
    : kind(std::move(kind_)), url(std::move(url_)), body(std::move(body_)), status(status_)
  {
  }

  std::string kind;
  std::string url;
  std::string body;
  long status = 200;
  std::string link;  // the Link header's value; none when empty
  std::string content_type = "application/json; charset=utf-8";
  int readme_top_repos = 5;
  bool social_accounts = true;
  int fork_parent_repos = 5;
};

inline constexpr std::int64_t k_task_id = 77;

inline crawler::ParseOutput run(const Request& request)
{
  crawler::Headers headers;
  if (!request.content_type.empty()) {
    headers.add("Content-Type", request.content_type);
  }
  if (!request.link.empty()) {
    headers.add("Link", request.link);
  }
  model::Task task;
  task.id = k_task_id;
  task.source = model::Source::github;
  task.kind = request.kind;
  task.url = request.url;
  const crawler::FetchedPage page{request.url, request.status, &headers, request.body};
  const crawler::GithubParser parser(
    crawler::GithubParserOptions{k_api, request.readme_top_repos, request.social_accounts, request.fork_parent_repos});
  return parser.parse(task, page);
}

// The URLs of the follow-ups of one kind, in order.
inline std::vector<std::string> task_urls(const crawler::ParseOutput& output, const std::string& kind)
{
  std::vector<std::string> urls;
  for (const model::NewTask& task : output.new_tasks) {
    if (task.kind == kind) {
      urls.push_back(task.url);
    }
  }
  return urls;
}

}  // namespace scout::test_github
