#pragma once

#include "crawler/task_parser.hpp"

#include <string>
#include <string_view>

namespace scout::crawler::hf {

// Small builders shared by the Hugging Face kind parsers.

// The URL to name in messages and evidence: the page's final URL, else the task's.
std::string page_url(const model::Task& task, const FetchedPage& page);

// An output holding only `error` (no records, no tasks).
ParseOutput parse_failure(std::string error);

// The task of `kind` (one of hf_task_kinds.hpp) about `value` (an author, model id, query or
// arXiv id): its URL on `api` and its typed subject. The one place HF tasks are made.
model::NewTask hf_task(std::string_view api, std::string_view kind, std::string_view value);

// Appends hf_task(api, kind, value) as a follow-up whose parent is `task`.
void add_task(ParseOutput& output, const model::Task& task, std::string_view api, std::string_view kind,
              std::string_view value);

// Appends the Link rel="next" page, if any, as a task of the same kind. A relative target
// is resolved against the page URL; an absolute one is kept verbatim.
void add_next_page(ParseOutput& output, const model::Task& task, const FetchedPage& page);

// Evidence from a Hugging Face account to a thing (`to_ref`), seen at `source_url`.
model::LinkEvidenceRecord hf_evidence(std::string handle, std::string to_ref, std::string kind, std::string detail,
                                      std::string source_url);

}  // namespace scout::crawler::hf
