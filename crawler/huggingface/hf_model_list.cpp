// hf.author_models and hf.model_search: a JSON array of models per page, each entry holding
// the fields the listing URL expanded.

#include "crawler/huggingface/hf_model_fields.hpp"
#include "crawler/huggingface/hf_model_json.hpp"
#include "crawler/huggingface/hf_output.hpp"
#include "crawler/huggingface/hf_task_kinds.hpp"
#include "crawler/huggingface/hf_urls.hpp"
#include "crawler/json_body.hpp"
#include "crawler/links/link_evidence.hpp"

#include <algorithm>

namespace scout::crawler::hf {

namespace {

// What one page has asked for so far, so each paper and author is followed once.
struct PageFollowUps {
  std::vector<std::string> authors;  // distinct, in order of first appearance
};

// The card task for a model, its detail task only when the listing entry lacked a field
// (`complete` false), and evidence per arXiv tag. The tagged papers' Hub pages are asked
// once the papers are stored, with every other stored paper's (app/crawl/follow_up_rounds).
void follow_model(std::string_view api, const model::Task& task, const std::string& url,
                  const model::HfModelRecord& record, bool complete, PageFollowUps& seen, ParseOutput& output)
{
  if (!complete) {
    add_task(output, task, api, k_hf_model, record.id);
  }
  add_task(output, task, api, k_hf_model_card, record.id);
  for (const auto& [kind, value] : record.tags) {
    if (kind != "arxiv") {
      continue;
    }
    if (!record.author.empty()) {
      const links::EvidenceSource from{"huggingface", record.author, url};
      output.records.evidence.push_back(links::ref_evidence(from, "hf_arxiv_tag", "arxiv:" + value, record.id));
    }
  }
  const bool known = std::find(seen.authors.begin(), seen.authors.end(), record.author) != seen.authors.end();
  if (!record.author.empty() && !known) {
    seen.authors.push_back(record.author);
  }
}

// A search finds authors: crawl all their models and their profile. An author listing
// asks for its author's profile once, on the first page (later pages carry a cursor).
void follow_authors(std::string_view api, const model::Task& task, const PageFollowUps& seen, ParseOutput& output)
{
  if (task.kind == k_hf_model_search) {
    for (const std::string& author : seen.authors) {
      add_task(output, task, api, k_hf_author_models, author);
      add_task(output, task, api, k_hf_user_overview, author);
    }
    return;
  }
  if (hf_query_value(task.url, "cursor")) {
    return;
  }
  const std::optional<std::string> author = hf_query_value(task.url, "author");
  if (author && !author->empty()) {
    add_task(output, task, api, k_hf_user_overview, *author);
  } else if (!seen.authors.empty()) {
    add_task(output, task, api, k_hf_user_overview, seen.authors.front());
  }
}

}  // namespace

ParseOutput parse_hf_model_list(std::string_view api, const model::Task& task, const FetchedPage& page)
{
  const std::string url = page_url(task, page);
  rapidjson::Document document;
  if (std::string error = parse_json_body(page, document); !error.empty()) {
    return parse_failure(url + ": " + error);
  }
  if (!document.IsArray()) {
    return parse_failure(url + ": expected a JSON array of models, got " + json_type_name(document));
  }
  ParseOutput output;
  PageFollowUps seen;
  for (rapidjson::SizeType i = 0; i < document.Size(); ++i) {
    const std::string where = "model " + std::to_string(i);
    model::HfModelRecord record;
    if (std::string problem = read_hf_model(document[i], url, where, record, output.notes); !problem.empty()) {
      return parse_failure(url + ": " + problem);
    }
    follow_model(api, task, url, record, hf_listing_entry_complete(document[i]), seen, output);
    output.records.hf_models.push_back(std::move(record));
  }
  add_next_page(output, task, page);
  follow_authors(api, task, seen, output);
  return output;
}

}  // namespace scout::crawler::hf
