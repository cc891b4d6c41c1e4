#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace scout::model {

// The three public sources scout crawls.
enum class Source { github, huggingface, arxiv };

std::string_view to_string(Source source);
// Parses "github" / "huggingface" / "arxiv"; returns false for anything else.
bool parse_source(std::string_view text, Source& source);

// What a task is about, as the source that made the task named it. Downstream code (the
// suppression check, freshness of details) reads this instead of parsing the task's URL.
enum class SubjectKind {
  none,        // unknown: a task stored before migration 9 whose URL named nothing
  account,     // value: a login or user/organisation name
  repository,  // value: "owner/name"
  model,       // value: a Hugging Face model id ("org/name", or a legacy "gpt2")
  paper,       // value: an arXiv id, or comma-separated ids for an id_list batch
  query,       // value: the search or query text of a seed
};

std::string_view to_string(SubjectKind kind);
// Parses the names to_string gives ("" is none); returns false for anything else.
bool parse_subject_kind(std::string_view text, SubjectKind& kind);

struct TaskSubject {
  SubjectKind kind = SubjectKind::none;
  std::string value;
  int page = 0;  // 1-based page of a paged listing; 0 when the task is not a listing

  bool operator==(const TaskSubject&) const = default;
};

// The subject of the next page of a listing whose task is about `subject`.
TaskSubject next_page_of(const TaskSubject& subject);

// A unit of crawl work: one GET of one URL, interpreted by `kind`
// (e.g. "github.user", "hf.author_models", "arxiv.query_page").
struct Task {
  std::int64_t id = 0;
  Source source = Source::github;
  std::string kind;
  std::string url;
  std::int64_t parent_id = 0;  // 0 = planned from config, else the task whose parse made it
  int attempts = 0;            // failed tries so far
  TaskSubject subject{};
};

// A task to add to the frontier; (kind, url) identifies it, so adding twice is a no-op
// (the first subject stays).
struct NewTask {
  Source source = Source::github;
  std::string kind;
  std::string url;
  std::int64_t parent_id = 0;
  TaskSubject subject{};  // set by the source that makes the task
};

}  // namespace scout::model
