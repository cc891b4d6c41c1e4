// hf.paper: the Hub's page of an arXiv paper (GET /api/papers/{arxiv_id}, huggingface_hub's
// PaperInfo): its code repository, its upvotes, and which Hub accounts claimed its authors.

#include "crawler/huggingface/hf_output.hpp"
#include "crawler/huggingface/hf_task_kinds.hpp"
#include "crawler/huggingface/hf_urls.hpp"
#include "crawler/json_body.hpp"
#include "crawler/json_fields.hpp"
#include "crawler/links/link_evidence.hpp"

namespace scout::crawler::hf {

namespace {

// One authors[] entry: {_id, name, hidden, status, user?: {user, fullname, ...}}. The claim
// (`user.user`) is kept only when the author has not hidden it.
model::HfPaperAuthor read_author(const rapidjson::Value& value, std::size_t index, std::string& error)
{
  const JsonFields fields(value, error, "author " + std::to_string(index));
  model::HfPaperAuthor author;
  author.name = fields.optional_string("name");
  const bool hidden = fields.optional_bool("hidden").value_or(false);
  if (const std::optional<JsonFields> user = fields.optional_object("user"); user && !hidden) {
    author.hf_user = user->optional_string("user");
  }
  return author;
}

// The claim of one author as evidence from their Hub account to the paper: the papers API
// names the account that claimed authorship on the paper's page.
void add_claim(const model::HfPaperAuthor& author, const std::string& arxiv_id, const std::string& url,
               ParseOutput& output)
{
  if (author.hf_user.empty()) {
    return;
  }
  const links::EvidenceSource from{"huggingface", author.hf_user, url};
  output.records.evidence.push_back(links::ref_evidence(from, "hf_paper_claim", "arxiv:" + arxiv_id, author.name));
}

// githubRepo as evidence from the paper (credited to each of its arXiv authors) to the
// repository, read by the one link reader; a URL that names no GitHub repository or account
// gives none.
void add_code_link(const model::HfPaperRecord& paper, const std::string& url, ParseOutput& output)
{
  for (const links::Link& link : links::find_links(paper.github_repo)) {
    if (link.target == links::Target::github_repo || link.target == links::Target::github_account) {
      const links::EvidenceSource from{"arxiv", "paper:" + paper.arxiv_id, url};
      output.records.evidence.push_back(links::ref_evidence(from, "hf_paper_github", link.ref(), link.matched));
      return;
    }
  }
}

}  // namespace

ParseOutput parse_hf_paper(std::string_view /*api*/, const model::Task& task, const FetchedPage& page)
{
  const std::string url = page_url(task, page);
  rapidjson::Document document;
  if (std::string error = parse_json_body(page, document); !error.empty()) {
    return parse_failure(url + ": " + error);
  }
  if (!document.IsObject()) {
    return parse_failure(url + ": expected a JSON object (a paper), got " + json_type_name(document));
  }
  model::HfPaperRecord paper;
  std::string error;
  const JsonFields fields(document, error);
  // The body's id wins over the URL's: it is the paper's canonical id.
  paper.arxiv_id = fields.has("id") ? fields.string("id") : hf_arxiv_id_from_paper_url(url).value_or("");
  paper.github_repo = fields.optional_string("githubRepo");
  paper.upvotes = fields.optional_integer("upvotes");
  if (const rapidjson::Value* authors = fields.optional_array("authors"); authors != nullptr) {
    for (const rapidjson::Value& author : authors->GetArray()) {
      paper.authors.push_back(read_author(author, paper.authors.size(), error));
    }
  }
  if (!error.empty()) {
    return parse_failure(url + ": " + error);
  }
  if (paper.arxiv_id.empty()) {
    return parse_failure(url + ": field 'id': expected string, got nothing");
  }
  ParseOutput output;
  for (const model::HfPaperAuthor& author : paper.authors) {
    add_claim(author, paper.arxiv_id, url, output);
  }
  add_code_link(paper, url, output);
  output.records.hf_papers.push_back(std::move(paper));
  return output;
}

}  // namespace scout::crawler::hf
