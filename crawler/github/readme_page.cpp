// github.readme: GET /repos/{o}/{r}/readme.
#include "crawler/github/base64.hpp"
#include "crawler/github/github_page.hpp"
#include "crawler/github/github_urls.hpp"
#include "crawler/json_fields.hpp"
#include "crawler/links/link_evidence.hpp"
#include "crawler/links/markdown_text.hpp"

namespace scout::crawler::github {

namespace {

// READMEs keep what their evidence rule reads: papers and Hugging Face accounts, models,
// datasets and Spaces. A README's GitHub links are mostly dependencies and badges.
bool readme_keeps(const links::Link& link)
{
  return link.target != links::Target::github_account && link.target != links::Target::github_repo;
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
  const links::EvidenceSource from{"github", repo->substr(0, repo->find('/')), page.task.url};
  // Read as rendered Markdown: a reference wrapped onto the next line is still one link.
  for (const links::Link& link : links::find_links(links::markdown_reader_text(*text))) {
    if (readme_keeps(link)) {
      output.records.evidence.push_back(links::link_evidence(from, "readme_link", link, link.matched));
    }
  }
  return output;
}

}  // namespace scout::crawler::github
