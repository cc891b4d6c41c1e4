#include "crawler/huggingface/hf_output.hpp"

#include "crawler/http/link_header.hpp"
#include "crawler/http/url.hpp"

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

void add_task(ParseOutput& output, const model::Task& task, std::string_view kind, std::string url)
{
  output.new_tasks.push_back(model::NewTask{model::Source::huggingface, std::string(kind), std::move(url), task.id});
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
    add_task(output, task, task.kind, std::move(*next.url));
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
