// github.readme: GET /repos/{o}/{r}/readme.
#include "crawler/github/base64.hpp"
#include "crawler/github/github_page.hpp"
#include "crawler/github/github_urls.hpp"
#include "crawler/github/json_fields.hpp"
#include "crawler/github/readme_links.hpp"

namespace scout::crawler::github {

namespace {

model::LinkEvidenceRecord readme_evidence(const std::string& owner, const ReadmeLink& link, const std::string& url)
{
  model::LinkEvidenceRecord record;
  record.from_source = "github";
  record.from_handle = owner;
  record.to_source = link.target.to_source;
  record.to_handle = link.target.to_handle;
  record.to_ref = link.target.to_ref;
  record.kind = "readme_link";
  record.detail = link.matched;
  record.source_url = url;
  return record;
}

}  // namespace

ParseOutput parse_readme(const GithubPage& page)
{
  // The owner comes from the URL we asked for: a renamed repository answers from its
  // new /repositories/{id} address, which names no one.
  const std::optional<std::string> repo = repo_from_path(page.task.url);
  if (!repo) {
    return failed("cannot tell which repository this README belongs to (no /repos/{owner}/{name} path)");
  }
  std::string error;
  const JsonFields fields(page.body, error);
  const std::string encoding = fields.optional_string("encoding");
  const std::string content = fields.optional_string("content");
  if (!error.empty()) {
    return failed(error);
  }
  ParseOutput output;
  // Files over 1 MB come with encoding "none" and no content.
  if (encoding != "base64") {
    output.notes.push_back(page.task.url + ": README not decoded (encoding '" + encoding + "')");
    return output;
  }
  const std::optional<std::string> text = decode_base64(content);
  if (!text) {
    return failed("field 'content': expected base64 text");
  }
  const std::string owner = repo->substr(0, repo->find('/'));
  for (const ReadmeLink& link : find_readme_links(*text)) {
    output.records.evidence.push_back(readme_evidence(owner, link, page.task.url));
  }
  return output;
}

}  // namespace scout::crawler::github
