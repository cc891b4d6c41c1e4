#include "crawler/github/github_page.hpp"

#include "crawler/http/link_header.hpp"

#include <utility>

namespace scout::crawler::github {

model::NewTask follow_up(const model::Task& parent, std::string kind, std::string url)
{
  return model::NewTask{model::Source::github, std::move(kind), std::move(url), parent.id};
}

NextPage next_page_url(const FetchedPage& page)
{
  return page.headers != nullptr ? next_page(*page.headers, page.url) : NextPage{};
}

ParseOutput failed(std::string error)
{
  ParseOutput output;
  output.error = std::move(error);
  return output;
}

bool is_bot(const model::GithubUserRecord& user) { return user.type == "Bot" || user.login.ends_with("[bot]"); }

}  // namespace scout::crawler::github
