// hf.paper: which Hub accounts have claimed authorship of an arXiv paper.

#include "crawler/huggingface/hf_output.hpp"
#include "crawler/huggingface/hf_task_kinds.hpp"
#include "crawler/huggingface/hf_urls.hpp"
#include "crawler/json_body.hpp"
#include "crawler/json_fields.hpp"
#include "crawler/links/link_evidence.hpp"

namespace scout::crawler::hf {

namespace {

// Evidence for one author entry that carries a linked account (`user.user`).
void add_claim(const rapidjson::Value& author, const std::string& arxiv_id, const std::string& url, ParseOutput& output)
{
  if (!author.IsObject()) {
    return;
  }
  const auto user = author.FindMember("user");
  if (user == author.MemberEnd()) {
    return;
  }
  const std::optional<std::string> handle = string_member(user->value, "user");
  if (!handle || handle->empty()) {
    return;
  }
  const links::EvidenceSource from{"huggingface", *handle, url};
  output.records.evidence.push_back(
    links::ref_evidence(from, "hf_paper_claim", "arxiv:" + arxiv_id, string_member(author, "name").value_or("")));
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
  std::string arxiv_id = hf_arxiv_id_from_paper_url(url).value_or("");
  std::string error;
  const JsonFields fields(document, error);
  // The body's id wins over the URL's: it is the paper's canonical id.
  if (fields.has("id")) {
    arxiv_id = fields.string("id");
  }
  const rapidjson::Value* authors = fields.optional_array("authors");
  if (!error.empty()) {
    return parse_failure(url + ": " + error);
  }
  if (arxiv_id.empty()) {
    return parse_failure(url + ": field 'id': expected string, got nothing");
  }
  ParseOutput output;
  if (authors != nullptr) {
    for (const rapidjson::Value& author : authors->GetArray()) {
      add_claim(author, arxiv_id, url, output);
    }
  }
  return output;
}

}  // namespace scout::crawler::hf
