#include "app/crawl/task_account.hpp"

#include "common/strings.hpp"
#include "crawler/http/query_url.hpp"
#include "crawler/http/url.hpp"
#include "store/suppressions.hpp"

namespace scout::app {

namespace {

// The path segment after `prefix`, or "" when the path does not start with it.
std::string segment_after(std::string_view path, std::string_view prefix)
{
  if (path.substr(0, prefix.size()) != prefix) {
    return "";
  }
  const std::string_view rest = path.substr(prefix.size());
  return crawler::percent_decode(rest.substr(0, rest.find('/')));
}

}  // namespace

std::optional<std::pair<std::string, std::string>> account_named_by(const model::NewTask& task)
{
  const std::optional<crawler::Url> url = crawler::parse_url(task.url);
  if (!url) {
    return std::nullopt;
  }
  std::string source;
  std::string handle;
  if (task.source == model::Source::github) {
    source = "github";
    handle = segment_after(url->path, "/users/");
    handle = handle.empty() ? segment_after(url->path, "/repos/") : handle;  // a repository's owner
  } else if (task.source == model::Source::huggingface) {
    source = "huggingface";
    handle = segment_after(url->path, "/api/users/");
    handle = handle.empty() ? segment_after(url->path, "/api/organizations/") : handle;
    handle = handle.empty() ? segment_after(url->path, "/api/models/") : handle;  // a model's owner
    if (handle.empty() && url->path.find("/raw/") != std::string::npos) {
      handle = segment_after(url->path, "/");  // a model card: /{owner}/{name}/raw/main/README.md
    }
    if (handle.empty()) {
      handle = crawler::query_param(task.url, "author").value_or("");
    }
  }
  if (handle.empty()) {
    return std::nullopt;
  }
  return std::make_pair(source, handle);
}

std::vector<model::NewTask> drop_suppressed(store::Database& db, const std::vector<model::NewTask>& tasks,
                                            std::vector<std::string>* dropped)
{
  std::vector<model::NewTask> kept;
  for (const model::NewTask& task : tasks) {
    const auto account = account_named_by(task);
    if (!account || !store::is_suppressed(db, account->first, account->second)) {
      kept.push_back(task);
    } else if (dropped != nullptr) {
      dropped->push_back(to_lower(account->second));
    }
  }
  return kept;
}

}  // namespace scout::app
