// hf.paper: which Hub accounts have claimed authorship of an arXiv paper.

#include "crawler/huggingface/hf_json.hpp"
#include "crawler/huggingface/hf_output.hpp"
#include "crawler/huggingface/hf_task_kinds.hpp"
#include "crawler/huggingface/hf_urls.hpp"

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
  output.records.evidence.push_back(
    hf_evidence(*handle, "arxiv:" + arxiv_id, "hf_paper_claim", string_member(author, "name").value_or(""), url));
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
  JsonFields fields(document);
  fields.optional_string("id", arxiv_id);
  const rapidjson::Value* authors = fields.optional_array("authors");
  if (fields.failed()) {
    return parse_failure(url + ": " + fields.problem(""));
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
