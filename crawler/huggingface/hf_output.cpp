#include "crawler/huggingface/hf_output.hpp"

#include "crawler/http/link_header.hpp"
#include "crawler/http/url.hpp"
#include "crawler/huggingface/hf_task_kinds.hpp"
#include "crawler/huggingface/hf_urls.hpp"

#include <array>
#include <cassert>
#include <utility>

namespace scout::crawler::hf {

std::string page_url(const model::Task& task, const FetchedPage& page)
{
  return page.url.empty() ? task.url : page.url;
}

ParseOutput parse_failure(std::string error)
{
  ParseOutput output;
  output.error = std::move(error);
  return output;
}

namespace {

// How a kind's URL is built and what its subject is.
struct KindRule {
  std::string_view kind;
  std::string (*url)(std::string_view api, std::string_view value);
  model::SubjectKind subject;
  int first_page;  // 1 for listings, 0 otherwise
};

constexpr std::array<KindRule, 9> k_kind_rules{{
  {k_hf_author_models, hf_author_models_url, model::SubjectKind::account, 1},
  {k_hf_model_search, hf_model_search_url, model::SubjectKind::query, 1},
  {k_hf_model, hf_model_url, model::SubjectKind::model, 0},
  {k_hf_model_card, hf_model_card_url, model::SubjectKind::model, 0},
  {k_hf_user_overview, hf_user_overview_url, model::SubjectKind::account, 0},
  {k_hf_org_overview, hf_org_overview_url, model::SubjectKind::account, 0},
  {k_hf_paper, hf_paper_url, model::SubjectKind::paper, 0},
  {k_hf_author_datasets, hf_author_datasets_url, model::SubjectKind::account, 1},
  {k_hf_author_spaces, hf_author_spaces_url, model::SubjectKind::account, 1},
}};

}  // namespace

model::NewTask hf_task(std::string_view api, std::string_view kind, std::string_view value)
{
  for (const KindRule& rule : k_kind_rules) {
    if (rule.kind == kind) {
      return model::NewTask{model::Source::huggingface, std::string(kind), rule.url(api, value), 0,
                            model::TaskSubject{rule.subject, std::string(value), rule.first_page}};
    }
  }
  assert(false && "hf_task: a kind missing from k_kind_rules");
  return {};
}

void add_task(ParseOutput& output, const model::Task& task, std::string_view api, std::string_view kind,
              std::string_view value)
{
  model::NewTask follow_up = hf_task(api, kind, value);
  follow_up.parent_id = task.id;
  output.new_tasks.push_back(std::move(follow_up));
}

void add_next_page(ParseOutput& output, const model::Task& task, const FetchedPage& page)
{
  if (page.headers == nullptr) {
    return;
  }
  NextPage next = next_page(*page.headers, page_url(task, page));
  if (!next.error.empty()) {
    output.error = page_url(task, page) + ": " + next.error;
  } else if (next.url) {
    output.new_tasks.push_back(model::NewTask{model::Source::huggingface, task.kind, std::move(*next.url), task.id,
                                              model::next_page_of(task.subject)});
  }
}

model::LinkEvidenceRecord hf_evidence(std::string handle, std::string to_ref, std::string kind, std::string detail,
                                      std::string source_url)
{
  model::LinkEvidenceRecord evidence;
  evidence.from_source = "huggingface";
  evidence.from_handle = std::move(handle);
  evidence.to_ref = std::move(to_ref);
  evidence.kind = std::move(kind);
  evidence.detail = std::move(detail);
  evidence.confidence = 1.0;
  evidence.source_url = std::move(source_url);
  return evidence;
}

}  // namespace scout::crawler::hf
