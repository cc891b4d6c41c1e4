#include "crawler/source.hpp"

namespace scout::crawler {

std::vector<std::string> Source::token_accounts(HttpClient&, const SourceEndpoint& endpoint, Logger&) const
{
  return std::vector<std::string>(endpoint.tokens.size());
}

std::vector<model::NewTask> Source::plan_paper_pages(const std::vector<std::string>&) const { return {}; }

std::vector<model::NewTask> Source::plan_account(const std::string&) const { return {}; }

std::optional<std::string> owning_account(const model::TaskSubject& subject)
{
  std::string handle;
  switch (subject.kind) {
  case model::SubjectKind::account: handle = subject.value; break;
  case model::SubjectKind::repository:
  case model::SubjectKind::model: handle = subject.value.substr(0, subject.value.find('/')); break;
  case model::SubjectKind::none:
  case model::SubjectKind::paper:
  case model::SubjectKind::query: break;
  }
  if (handle.empty()) {
    return std::nullopt;
  }
  return handle;
}

std::string without_trailing_slash(std::string url)
{
  while (!url.empty() && url.back() == '/') {
    url.pop_back();
  }
  return url;
}

}  // namespace scout::crawler
