#pragma once

#include "crawler/http/http_types.hpp"
#include "model/records.hpp"
#include "model/task.hpp"

#include <string>
#include <vector>

namespace scout::crawler {

// The version of the parsers' output. Raise it with any parser change that makes the same
// body give different records: a 304 skips re-storing the records of a body that parsers of
// this version already stored, and `scout crawl --reparse` re-derives the rest.
// 2: Hugging Face models carry downloadsAllTime, safetensors.total and base-model relations.
// 3: repositories carry homepage (and a fork's parent), Hub overviews details and createdAt,
//    and both give link evidence (issue 12: what identity needs).
// 4: the Hub's paper pages give hf_papers rows (githubRepo, upvotes, the authors' claims, a
//    hidden claim dropped) and hf_paper_github evidence (issue 12: follow the evidence).
inline constexpr int k_parser_version = 4;

// A body to interpret: a fresh 200, (after a 304) the archived body it refers to, or a
// 404/410 (status set, body as sent) so a parser can react to absence.
struct FetchedPage {
  std::string url;  // the final URL (after same-host redirects)
  long status = 0;  // 200, or 304 when `body` is the archived one
  const Headers* headers = nullptr;
  std::string_view body;
};

// What a parse made of a page. An empty `error` means success; otherwise nothing of
// this parse is stored and the task fails with the error (which names URL and field).
struct ParseOutput {
  model::RecordBatch records;             // rows to upsert with the task's done mark
  std::vector<model::NewTask> new_tasks;  // follow-ups: next pages, details
  std::vector<std::string> notes;         // things worth a log line (e.g. a truncated search)
  std::string error;
};

// Turns a page into records and follow-up tasks. Pure: no I/O, no SQL. Called from
// oneTBB worker threads, so implementations must be thread-safe (const and stateless).
class TaskParser {
public:
  virtual ~TaskParser() = default;
  virtual ParseOutput parse(const model::Task& task, const FetchedPage& page) const = 0;
};

}  // namespace scout::crawler
