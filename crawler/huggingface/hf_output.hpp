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

// Appends a Hugging Face follow-up task whose parent is `task`.
void add_task(ParseOutput& output, const model::Task& task, std::string_view kind, std::string url);

// Appends the Link rel="next" page, if any, as a task of the same kind. A relative target
// is resolved against the page URL; an absolute one is kept verbatim.
void add_next_page(ParseOutput& output, const model::Task& task, const FetchedPage& page);

// Evidence from a Hugging Face account to a thing (`to_ref`), seen at `source_url`.
model::LinkEvidenceRecord hf_evidence(std::string handle, std::string to_ref, std::string kind, std::string detail,
                                      std::string source_url);

}  // namespace scout::crawler::hf
