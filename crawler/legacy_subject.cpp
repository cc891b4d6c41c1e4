#include "crawler/legacy_subject.hpp"

#include "common/strings.hpp"
#include "crawler/github/github_urls.hpp"
#include "crawler/http/query_url.hpp"
#include "crawler/http/url.hpp"
#include "crawler/huggingface/hf_urls.hpp"

namespace scout::crawler {

namespace {

using model::SubjectKind;
using model::TaskSubject;

// The decoded path segment after `marker` ("/users/"), or "" when the path has none.
std::string segment_after(std::string_view url, std::string_view marker)
{
  const std::optional<Url> parsed = parse_url(url);
  const std::size_t start = parsed ? parsed->path.find(marker) : std::string::npos;
  if (start == std::string::npos) {
    return "";
  }
  const std::string_view rest = std::string_view(parsed->path).substr(start + marker.size());
  return scout::percent_decode(rest.substr(0, rest.find('/')), false);
}

TaskSubject subject_if(SubjectKind kind, std::optional<std::string> value, int page = 0)
{
  if (!value || value->empty()) {
    return {};
  }
  return {kind, std::move(*value), page};
}

std::optional<std::string> nonempty(std::string value)
{
  return value.empty() ? std::nullopt : std::optional<std::string>(std::move(value));
}

// GitHub numbers its pages (page=N); a first page has none.
int github_page(const std::string& url) { return static_cast<int>(query_int(url, "page").value_or(1)); }

TaskSubject github_subject(const model::Task& task)
{
  const std::string& url = task.url;
  if (task.kind == "github.repo" || task.kind == "github.readme") {
    return subject_if(SubjectKind::repository, github::repo_from_path(url));
  }
  if (task.kind == "github.repo_contributors") {
    std::optional<std::string> repo = github::repo_from_path(url);
    return subject_if(SubjectKind::repository, repo ? repo : query_param(url, "scout_repo"), github_page(url));
  }
  if (task.kind == "github.user") {
    return subject_if(SubjectKind::account, nonempty(segment_after(url, "/users/")));
  }
  if (task.kind == "github.user_repos") {
    return subject_if(SubjectKind::account, nonempty(segment_after(url, "/users/")), github_page(url));
  }
  if (task.kind == "github.user_search") {
    return subject_if(SubjectKind::query, query_param(url, "q"), github_page(url));
  }
  return {};
}

// Hugging Face pages its listings with a cursor, which says nothing of the page's number.
int hf_page(const std::string& url) { return query_param(url, "cursor") ? 0 : 1; }

TaskSubject huggingface_subject(const model::Task& task)
{
  const std::string& url = task.url;
  if (task.kind == "hf.author_models") {
    return subject_if(SubjectKind::account, query_param(url, "author"), hf_page(url));
  }
  if (task.kind == "hf.model_search") {
    return subject_if(SubjectKind::query, query_param(url, "search"), hf_page(url));
  }
  if (task.kind == "hf.model") {
    const std::optional<Url> parsed = parse_url(url);
    const std::size_t start = parsed ? parsed->path.find("/api/models/") : std::string::npos;
    return start == std::string::npos
             ? TaskSubject{}
             : subject_if(SubjectKind::model, scout::percent_decode(parsed->path.substr(start + 12), false));
  }
  if (task.kind == "hf.model_card") {
    return subject_if(SubjectKind::model, hf::hf_model_id_from_card_url(url));
  }
  if (task.kind == "hf.user_overview" || task.kind == "hf.org_overview") {
    return subject_if(SubjectKind::account, hf::hf_name_from_overview_url(url));
  }
  if (task.kind == "hf.paper") {
    return subject_if(SubjectKind::paper, hf::hf_arxiv_id_from_paper_url(url));
  }
  return {};
}

TaskSubject arxiv_subject(const model::Task& task)
{
  if (task.kind == "arxiv.query_page") {
    const long long start = query_int(task.url, "start").value_or(0);
    const long long size = query_int(task.url, "max_results").value_or(0);
    const int page = size > 0 ? static_cast<int>(start / size) + 1 : 0;
    return subject_if(SubjectKind::query, query_param(task.url, "search_query"), page);
  }
  if (task.kind == "arxiv.id_batch") {
    return subject_if(SubjectKind::paper, query_param(task.url, "id_list"));
  }
  return {};
}

}  // namespace

model::TaskSubject subject_from_legacy_url(const model::Task& task)
{
  switch (task.source) {
  case model::Source::github: return github_subject(task);
  case model::Source::huggingface: return huggingface_subject(task);
  case model::Source::arxiv: return arxiv_subject(task);
  }
  return {};
}

}  // namespace scout::crawler
